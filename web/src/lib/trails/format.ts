/** Distances, walking times and download sizes, written the page's way (Intl does it). */
import { formatBytes } from '../ui/format.ts';

const unit = (locale: string, value: number, name: string, fractionDigits = 0) =>
  new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: name,
    unitDisplay: 'short',
    maximumFractionDigits: fractionDigits,
  }).format(value);

/** 450 → "450 m"; 2340 → "2,3 km" in French, "2.3 km" in English. */
export const formatDistance = (locale: string, metres: number): string => {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 1000) return unit(locale, metres < 100 ? Math.round(metres) : Math.round(metres / 10) * 10, 'meter');
  return unit(locale, metres / 1000, 'kilometer', metres < 10_000 ? 1 : 0);
};

/** 25 → "25 min"; 70 → "1 h 10 min". */
export const formatWalkingTime = (locale: string, minutes: number): string => {
  if (!Number.isFinite(minutes) || minutes < 0) return '';
  const whole = Math.ceil(minutes);
  if (whole < 60) return unit(locale, whole, 'minute');
  const hours = Math.floor(whole / 60);
  const rest = whole % 60;
  return rest === 0 ? unit(locale, hours, 'hour') : `${unit(locale, hours, 'hour')} ${unit(locale, rest, 'minute')}`;
};

/** What saving a trail downloads, e.g. "1,2 Mo". */
export const formatSize = (locale: string, bytes: number): string => formatBytes(locale, Math.max(0, bytes));
