/** Numbers, sizes, dates and languages written the page's way (Intl does the localizing). */

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

const displayNames = new Map<string, Intl.DisplayNames>();

/** `br` → "breton" on a French page, "Breton" on an English one; a code Intl cannot name is shown as it is. */
export const languageName = (locale: string, code: string): string => {
  try {
    let names = displayNames.get(locale);
    if (!names) {
      names = new Intl.DisplayNames([locale], { type: 'language' });
      displayNames.set(locale, names);
    }
    return names.of(code) ?? code;
  } catch {
    return code;
  }
};

/** "français, anglais et breton". */
export const languageList = (locale: string, codes: readonly string[]): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(codes.map((code) => languageName(locale, code)));

/** "48.3904" or "48,3904" → 48.3904; anything else → NaN. */
export const parseDecimal = (text: string): number => {
  const normalized = text.trim().replace(',', '.');
  return /^[-+]?\d+(\.\d+)?$/.test(normalized) ? Number(normalized) : Number.NaN;
};
