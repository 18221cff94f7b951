/**
 * A workshop session's facts as a definition list, the same on the public list and the
 * instructors' pages: when (in the city's zone), where, in which language, seats, deadline.
 */
import { element } from '../ui/dom.ts';
import { languageName } from '../ui/format.ts';
import { fillNodes, pageLocale, plural, type Translate } from '../ui/strings.ts';
import { cityDateTime, cityTime, cityTimeElement } from './city-time.ts';
import type { WorkshopSession } from './types.ts';

/** The session's module, in the page's language. */
export const moduleTitleOf = (session: WorkshopSession): string => session.moduleTitle[pageLocale()];

/** "samedi 12 décembre 2026 à 14:00": the start, for headings and hidden button complements. */
export const sessionStart = (session: WorkshopSession): string => cityDateTime(pageLocale(), session.startsAt);

/** "3 places restantes sur 12", or "Complet · 2 personnes en liste d’attente". */
export const seatsText = (s: Translate, session: WorkshopSession): string => {
  if (session.seatsLeft > 0) {
    return plural(s, 'trainingStaff.session.seatsLeft', session.seatsLeft, { seats: session.seats });
  }
  const full = s('trainingStaff.session.full');
  return session.waiting > 0 ? `${full} · ${plural(s, 'trainingStaff.session.waiting', session.waiting)}` : full;
};

/**
 * The facts. `showSeats` is false for a person who holds a seat or waits for one: the counter
 * only worries them (residents asked for it in Decidim's meetings); `showDeadline` is false for a
 * session that is over.
 */
export const sessionFacts = (
  s: Translate,
  session: WorkshopSession,
  options: { showSeats: boolean; showDeadline?: boolean },
) => {
  const locale = pageLocale();
  const when = element(
    'dd',
    undefined,
    ...fillNodes(s('trainingStaff.session.range'), {
      start: cityTimeElement(locale, session.startsAt),
      end: cityTime(locale, session.endsAt),
    }),
  );
  const rows: [string, HTMLElement][] = [
    [s('trainingStaff.session.when'), when],
    [s('trainingStaff.session.place'), element('dd', undefined, session.place)],
    [
      s('trainingStaff.session.language'),
      element('dd', { lang: session.language }, languageName(session.language, session.language)),
    ],
  ];
  if (options.showSeats) rows.push([s('trainingStaff.session.seats'), element('dd', undefined, seatsText(s, session))]);
  if (options.showDeadline !== false)
    rows.push([
      s('trainingStaff.session.deadline'),
      element('dd', undefined, cityTimeElement(locale, session.deadline, { dateStyle: 'long', timeStyle: 'short' })),
    ]);
  return element('dl', 'workshop__facts', ...rows.flatMap(([term, value]) => [element('dt', undefined, term), value]));
};
