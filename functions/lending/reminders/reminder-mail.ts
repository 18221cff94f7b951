import type { AppDeps } from '../../platform/deps.ts';
import { escapeHtml } from '../../platform/escape-html.ts';
import { weekdayOf } from '../opening-days.ts';
import type { Day, LendingPointRecord, ModelRecord, ReservationRecord } from '../records.ts';
import { MY_LOANS_PAGE } from '../reservations/reservation-mail.ts';
import type { DueNotice, Notice } from './schedule.ts';

type Language = 'fr' | 'en';

interface Wording {
  subject: (model: string) => string;
  /** The first paragraph: what is due, when, where. */
  lead: (values: { model: string; point: string; day: string; hours: string; lateDays: number }) => string;
  /** The second: what to do, or what happens otherwise. */
  advice: string;
}

/**
 * Each notice has its own words (a reminder that something is due differs from a late notice),
 * in both languages. `day` is the pick-up or return day written out, `hours` the point's hours
 * that day.
 */
export const REMINDER_TEXTS: Record<Notice, Record<Language, Wording>> = {
  'pick-up-tomorrow': {
    fr: {
      subject: (model) => `À retirer demain : ${model}`,
      lead: ({ model, point, day, hours }) =>
        `Votre réservation de « ${model} » est à retirer demain, ${day}, à ${point} (${hours}).`,
      advice:
        'Si vous ne pouvez pas venir, annulez-la dès maintenant : une réservation non retirée le jour même est libérée pour la personne suivante.',
    },
    en: {
      subject: (model) => `To pick up tomorrow: ${model}`,
      lead: ({ model, point, day, hours }) =>
        `Your reservation of "${model}" is to be picked up tomorrow, ${day}, at ${point} (${hours}).`,
      advice:
        'If you cannot come, cancel it now: a reservation not picked up on its day is released for the next person.',
    },
  },
  'return-tomorrow': {
    fr: {
      subject: (model) => `À rendre demain : ${model}`,
      lead: ({ model, point, day, hours }) => `« ${model} » est à rendre demain, ${day}, à ${point} (${hours}).`,
      advice:
        'Copiez vos enregistrements avant de venir : la carte mémoire est effacée au retour. Rapportez le kit complet, avec tous ses accessoires.',
    },
    en: {
      subject: (model) => `To return tomorrow: ${model}`,
      lead: ({ model, point, day, hours }) => `"${model}" is due back tomorrow, ${day}, at ${point} (${hours}).`,
      advice:
        'Copy your recordings before you come: the memory card is wiped at the return. Bring the whole kit back, with all its parts.',
    },
  },
  overdue: {
    fr: {
      subject: (model) => `Retard : ${model} est à rendre`,
      lead: ({ model, point, day, lateDays }) =>
        `« ${model} » devait être rendu le ${day} à ${point} : ${lateDays === 1 ? '1 jour' : `${lateDays} jours`} de retard.`,
      advice:
        'Merci de le rapporter dès que possible, aux heures d’ouverture : d’autres personnes l’attendent. En cas de problème (perte, panne), dites-le à l’équipe du point de prêt.',
    },
    en: {
      subject: (model) => `Overdue: ${model} is to be returned`,
      lead: ({ model, point, day, lateDays }) =>
        `"${model}" was due back on ${day} at ${point}: ${lateDays === 1 ? '1 day' : `${lateDays} days`} late.`,
      advice:
        'Please bring it back as soon as you can, during opening hours: other people are waiting for it. If something went wrong (lost, broken), tell the lending point’s staff.',
    },
  },
};

const TEXTS = {
  fr: { closed: 'fermé ce jour-là', mine: 'Vos emprunts' },
  en: { closed: 'closed that day', mine: 'Your loans' },
} as const;

const formatDay = (day: Day, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

const hoursOn = (point: LendingPointRecord, day: Day, language: Language) => {
  const spans = point.hours[weekdayOf(day)];
  return spans.length > 0 ? spans.map((span) => `${span.opens}–${span.closes}`).join(', ') : TEXTS[language].closed;
};

/** The message of one due notice, in the person's language (what the daily task sends). */
export const reminderMessage = (
  deps: Pick<AppDeps, 'config'>,
  due: DueNotice,
  options: {
    reservation: ReservationRecord;
    model: ModelRecord;
    point: LendingPointRecord;
    person: { email: string; language: Language };
  },
) => {
  const { reservation, model, point, person } = options;
  const language = person.language;
  const wording = REMINDER_TEXTS[due.notice][language];
  const day = due.notice === 'pick-up-tomorrow' ? reservation.pickUp : reservation.returnDay;
  const lead = wording.lead({
    model: model.name,
    point: point.name,
    day: formatDay(day, language),
    hours: hoursOn(point, day, language),
    lateDays: due.lateDays ?? 0,
  });
  return loanMessage(deps, person, {
    subject: wording.subject(model.name),
    paragraphs: [lead, wording.advice, `${point.name}, ${point.address}`],
  });
};

/** A loan e-mail: its paragraphs, then the link to the person's loans (text and HTML alike). */
const loanMessage = (
  deps: Pick<AppDeps, 'config'>,
  person: { email: string; language: Language },
  { subject, paragraphs }: { subject: string; paragraphs: string[] },
) => {
  const link = new URL(MY_LOANS_PAGE[person.language], deps.config.publicUrl).href;
  const mine = TEXTS[person.language].mine;
  return {
    to: person.email,
    subject,
    text: [...paragraphs, `${mine}: ${link}`].join('\n\n'),
    html: [
      ...paragraphs.map((paragraph) => `<p>${escapeHtml(paragraph)}</p>`),
      `<p><a href="${escapeHtml(link)}">${escapeHtml(mine)}</a></p>`,
    ].join(''),
  };
};

const NO_SHOW = {
  fr: {
    subject: (model: string) => `Réservation libérée : ${model}`,
    lead: (model: string, point: string, day: string) =>
      `Votre réservation de « ${model} » n’a pas été retirée le ${day} à ${point} : elle est libérée pour les personnes qui attendent.`,
    advice: 'Vous pouvez réserver à nouveau pour d’autres dates.',
  },
  en: {
    subject: (model: string) => `Reservation released: ${model}`,
    lead: (model: string, point: string, day: string) =>
      `Your reservation of "${model}" was not picked up on ${day} at ${point}: it is released for the people waiting.`,
    advice: 'You can reserve again for other dates.',
  },
} as const;

/** The message telling a person their reservation, not picked up on its day, was released (a no-show). */
export const noShowMessage = (
  deps: Pick<AppDeps, 'config'>,
  options: {
    reservation: ReservationRecord;
    model: ModelRecord;
    point: LendingPointRecord;
    person: { email: string; language: Language };
  },
) => {
  const { reservation, model, point, person } = options;
  const language = person.language;
  const words = NO_SHOW[language];
  const lead = words.lead(model.name, point.name, formatDay(reservation.pickUp, language));
  return loanMessage(deps, person, { subject: words.subject(model.name), paragraphs: [lead, words.advice] });
};
