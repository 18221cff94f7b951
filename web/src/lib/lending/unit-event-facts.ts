/**
 * What a unit's history event says beyond its kind, in the page's language: the events store
 * facts (condition, days late, parts missing or damaged, the other unit of a swap and why, a
 * ticket's status), never sentences, and the staff's own words apart. Pure apart from `Intl`.
 */
import type { Locale } from '../../i18n/locales.ts';
import type { Translate } from '../ui/strings.ts';
import { partsInWords } from './maintenance-problem.ts';
import type { UnitHistory } from './unit-calls.ts';

type UnitEvent = UnitHistory['events'][number];

export const eventFacts = (event: UnitEvent, locale: Locale, s: Translate): string => {
  const facts: string[] = [];
  if (event.walkIn) facts.push(s('lendingUnits.history.fact.walkIn'));
  if (event.condition) facts.push(s(`lendingUnits.history.fact.condition.${event.condition}`));
  if (event.lateDays) {
    const form = new Intl.PluralRules(locale).select(event.lateDays) === 'one' ? 'one' : 'other';
    facts.push(s(`lendingUnits.history.fact.late.${form}`, { count: event.lateDays }));
  }
  if (event.missing.length > 0)
    facts.push(s('lendingUnits.history.fact.missing', { parts: partsInWords(event.missing, locale) }));
  if (event.damaged.length > 0)
    facts.push(s('lendingUnits.history.fact.damaged', { parts: partsInWords(event.damaged, locale) }));
  if (event.cause) facts.push(s(`lendingUnits.history.fact.cause.${event.cause}`));
  if (event.otherTag)
    facts.push(
      s(event.kind === 'swapped-in' ? 'lendingUnits.history.fact.from' : 'lendingUnits.history.fact.to', {
        tag: event.otherTag,
      }),
    );
  if (event.cancelled) facts.push(s('lendingUnits.history.fact.cancelled'));
  if (event.ticketStatus) facts.push(s(`lendingUnits.history.fact.ticket.${event.ticketStatus}`));
  if (event.note) facts.push(event.note);
  return facts.join(' ');
};
