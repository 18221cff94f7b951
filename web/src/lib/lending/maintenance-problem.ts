/**
 * What is wrong with a unit in maintenance, in the page's language: the parts a return found
 * missing or damaged (stored named in both languages, as the kit lists them) and the staff's own
 * words. The ticket's `reason` holds only those words, so a French page never shows an English
 * sentence. Pure apart from `Intl`: the maintenance page and the desk say it the same way.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../ui/strings.ts';

interface Named {
  fr: string;
  en: string;
}

/** A return's parts, as the ticket keeps them. */
export interface ReturnParts {
  missing: Named[];
  damaged: Named[];
}

/** "the map and the headphones", in the language's own way of listing. */
export const partsInWords = (parts: Named[], locale: Locale): string =>
  new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(parts.map((part) => part[locale]));

export const ticketProblem = (
  ticket: { reason: string; fromReturn: ReturnParts | null },
  locale: Locale,
  s: Translate,
): string => {
  const { missing = [], damaged = [] } = ticket.fromReturn ?? {};
  const said = [
    missing.length > 0 ? s('lendingMaintenance.problem.missing', { parts: partsInWords(missing, locale) }) : '',
    damaged.length > 0 ? s('lendingMaintenance.problem.damaged', { parts: partsInWords(damaged, locale) }) : '',
    ticket.reason.trim(),
  ]
    .filter(Boolean)
    .join(' ');
  // A return said damaged, with no part named and no words: it still says why it is here.
  return said || s('lendingMaintenance.problem.returned');
};

/**
 * A day of a ticket's period in the page's language ("7 déc. 2026", "7 Dec 2026"), its spaces
 * no-break so that a day never wraps (a period may still break between its two days).
 */
export const shortDay = (day: string, locale: Locale): string =>
  new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' })
    .format(new Date(`${day}T12:00:00Z`))
    .replace(/\s/g, '\u00a0');
