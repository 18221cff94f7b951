import { cityInstant } from '../../platform/city-days.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { escapeHtml } from '../../platform/escape-html.ts';
import { type CalendarEvent, calendarFileOf } from '../../platform/ics.ts';
import { logger } from '../../platform/logger.ts';
import { weekdayOf } from '../opening-days.ts';
import type { Day, LendingPointRecord, ModelRecord, ReservationRecord } from '../records.ts';

type Language = 'fr' | 'en';

/** The person's loans page (web routes). */
export const MY_LOANS_PAGE = { fr: '/mes-emprunts/', en: '/en/my-loans/' } as const;

/** The point's opening span a pick-up (first of the day) or a return (last of the day) falls in. */
const spanOf = (point: LendingPointRecord, day: Day, which: 'first' | 'last') => {
  const spans = point.hours[weekdayOf(day)];
  return (which === 'first' ? spans[0] : spans.at(-1)) ?? { opens: '09:00', closes: '12:00' };
};

/** What happened to the reservation: each notice has its subject and first line. */
export type ReservationNotice = 'confirmed' | 'changed' | 'cancelled';

const NOTICES: Record<
  ReservationNotice,
  Record<Language, { subject: (model: string) => string; lead: (model: string, point: string) => string }>
> = {
  confirmed: {
    fr: {
      subject: (model) => `Réservation confirmée : ${model}`,
      lead: (model, point) => `Votre réservation de « ${model} » à ${point} est confirmée.`,
    },
    en: {
      subject: (model) => `Reservation confirmed: ${model}`,
      lead: (model, point) => `Your reservation of "${model}" at ${point} is confirmed.`,
    },
  },
  changed: {
    fr: {
      subject: (model) => `Dates changées : ${model}`,
      lead: (model, point) => `Les dates de votre réservation de « ${model} » à ${point} sont changées.`,
    },
    en: {
      subject: (model) => `Dates changed: ${model}`,
      lead: (model, point) => `The dates of your reservation of "${model}" at ${point} are changed.`,
    },
  },
  cancelled: {
    fr: {
      subject: (model) => `Réservation annulée : ${model}`,
      lead: (model, point) => `Votre réservation de « ${model} » à ${point} est annulée.`,
    },
    en: {
      subject: (model) => `Reservation cancelled: ${model}`,
      lead: (model, point) => `Your reservation of "${model}" at ${point} is cancelled.`,
    },
  },
};

const TEXTS = {
  fr: {
    pickUp: 'Retrait',
    returnDay: 'Retour',
    hours: 'pendant les heures d’ouverture',
    mine: 'Vos emprunts (annuler, changer les dates)',
    pickUpEvent: (model: string) => `Retrait : ${model}`,
    returnEvent: (model: string) => `Retour : ${model}`,
    description: (url: string) => `Prêt de matériel de Communs. Pour annuler ou changer les dates : ${url}`,
  },
  en: {
    pickUp: 'Pick-up',
    returnDay: 'Return',
    hours: 'during opening hours',
    mine: 'Your loans (cancel, change the dates)',
    pickUpEvent: (model: string) => `Pick up: ${model}`,
    returnEvent: (model: string) => `Return: ${model}`,
    description: (url: string) => `Communs equipment loan. To cancel or change the dates: ${url}`,
  },
} as const;

const formatDay = (day: Day, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/**
 * The reservation's events: its pick-up and its return, each during the point's opening span
 * that day, at the point. Stable UIDs (reservation id): a changed reservation's file (or the
 * person's calendar feed) replaces the events a calendar already has.
 */
export const reservationEvents = (
  deps: Pick<AppDeps, 'config' | 'clock'>,
  options: { reservation: ReservationRecord; model: ModelRecord; point: LendingPointRecord; language: Language },
): CalendarEvent[] => {
  const { reservation, model, point, language } = options;
  const text = TEXTS[language];
  const host = new URL(deps.config.publicUrl).hostname;
  const url = new URL(MY_LOANS_PAGE[language], deps.config.publicUrl).href;
  const zone = deps.config.timeZone;
  const event = (kind: 'pick-up' | 'return', day: Day): CalendarEvent => {
    const span = spanOf(point, day, kind === 'pick-up' ? 'first' : 'last');
    return {
      uid: `loan-${reservation.id}-${kind}@${host}`,
      stamp: deps.clock.now(),
      start: cityInstant(day, span.opens, zone),
      end: cityInstant(day, span.closes, zone),
      summary: kind === 'pick-up' ? text.pickUpEvent(model.name) : text.returnEvent(model.name),
      location: `${point.name}, ${point.address}`,
      description: text.description(url),
      url,
      // Each change of the reservation is a new version of its events.
      sequence:
        Math.floor(Date.parse(reservation.updatedAt) / 1000) - Math.floor(Date.parse(reservation.createdAt) / 1000),
      status: reservation.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
    };
  };
  return [event('pick-up', reservation.pickUp), event('return', reservation.returnDay)];
};

/** The reservation's calendar file (an e-mail's attachment): its two events. */
export const reservationCalendar = (
  deps: Pick<AppDeps, 'config' | 'clock'>,
  options: { reservation: ReservationRecord; model: ModelRecord; point: LendingPointRecord; language: Language },
): string => calendarFileOf(reservationEvents(deps, options), 'Equipment lending');

/**
 * E-mails the person their reservation, confirmed, changed or cancelled, in their language, with
 * the pick-up and return as calendar events (cancelled ones as cancelled, so calendars drop
 * them). A refused address is logged and undoes nothing: what was decided stands and shows in
 * their loans.
 */
export const sendReservationNotice = async (
  deps: AppDeps,
  notice: ReservationNotice,
  options: {
    reservation: ReservationRecord;
    model: ModelRecord;
    point: LendingPointRecord;
    person: { email: string; language: Language };
  },
): Promise<boolean> => {
  const { reservation, model, point, person } = options;
  const language = person.language;
  const text = { ...TEXTS[language], ...NOTICES[notice][language] };
  const link = new URL(MY_LOANS_PAGE[language], deps.config.publicUrl).href;
  const pickUp = `${formatDay(reservation.pickUp, language)}, ${text.hours}`;
  const returnDay = `${formatDay(reservation.returnDay, language)}, ${text.hours}`;
  const where = `${point.name}, ${point.address}`;
  try {
    await deps.mailer.send({
      to: person.email,
      subject: text.subject(model.name),
      text: [
        text.lead(model.name, point.name),
        `${text.pickUp}: ${pickUp}`,
        `${text.returnDay}: ${returnDay}`,
        where,
        `${text.mine}: ${link}`,
      ].join('\n\n'),
      html: [
        `<p>${escapeHtml(text.lead(model.name, point.name))}</p>`,
        `<p><strong>${text.pickUp}</strong> : ${escapeHtml(pickUp)}<br><strong>${text.returnDay}</strong> : ${escapeHtml(returnDay)}<br>${escapeHtml(where)}</p>`,
        `<p><a href="${escapeHtml(link)}">${escapeHtml(text.mine)}</a></p>`,
      ].join(''),
      attachments: [
        {
          filename: language === 'fr' ? 'emprunt.ics' : 'loan.ics',
          contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
          content: reservationCalendar(deps, { reservation, model, point, language }),
        },
      ],
    });
    return true;
  } catch (error) {
    logger.warn('reservation notice not sent', {
      notice,
      reservationId: reservation.id,
      userId: reservation.userId,
      error: error as Error,
    });
    return false;
  }
};
