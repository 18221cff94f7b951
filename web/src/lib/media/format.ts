/** Numbers, sizes, dates and languages written the page's way (Intl does the localizing). */
import type { Translate } from './strings.ts';

// Powers of 1024, as the portal's limits are set (200 MB of sound is 200 × 1024 × 1024 bytes).
const UNITS = [
  ['gigabyte', 1024 ** 3],
  ['megabyte', 1024 ** 2],
  ['kilobyte', 1024],
] as const;

/** 10712 → "10,5 ko" in French, "10.5 kB" in English. */
export const formatBytes = (locale: string, bytes: number): string => {
  for (const [unit, size] of UNITS) {
    if (bytes >= size) {
      return new Intl.NumberFormat(locale, {
        style: 'unit',
        unit,
        unitDisplay: 'short',
        maximumFractionDigits: bytes >= size * 100 ? 0 : 1,
      }).format(bytes / size);
    }
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: 'byte', unitDisplay: 'long' }).format(bytes);
};

export const formatDate = (locale: string, iso: string | undefined): string => {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '' : new Intl.DateTimeFormat(locale, { dateStyle: 'long' }).format(date);
};

export const formatDateTime = (locale: string, iso: string): string => {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? ''
    : new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
};

/** 125.4 → "2 min 5 s"; under a minute, "5 s". */
export const formatDuration = (tr: Translate, seconds: number): string => {
  const total = Math.max(0, Math.round(seconds));
  const minutes = Math.floor(total / 60);
  return minutes > 0
    ? tr('media.duration.minutes', { minutes, seconds: total % 60 })
    : tr('media.duration.seconds', { seconds: total });
};

/** `br` → "breton" in French; a code Intl cannot name is shown as it is. */
export const languageName = (locale: string, code: string): string => {
  try {
    return new Intl.DisplayNames([locale], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};

/** "48.3904" or "48,3904" → 48.3904; anything else → NaN. */
export const parseDecimal = (text: string): number => {
  const normalized = text.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
};
