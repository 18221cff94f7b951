import type { AppDeps } from '../../platform/deps.ts';
import { escapeHtml } from '../../platform/escape-html.ts';
import { logger } from '../../platform/logger.ts';
import type { Day, LendingPointRecord, ModelRecord, ReservationRecord } from '../records.ts';
import type { DayRun } from '../reservations/limit-windows.ts';
import { MY_LOANS_PAGE } from '../reservations/reservation-mail.ts';

type Language = 'fr' | 'en';

/** Why the unit a reservation held is no longer lent: a repair, or it left the collection. */
export type UnitUnavailableWhy = 'maintenance' | 'retired';

/** The model's public page (web routes `lendingModel`), where the person reserves other dates. */
const MODEL_PAGE = { fr: '/pret/materiel/voir/', en: '/en/lending/equipment/view/' } as const;

const TEXTS = {
  fr: {
    subject: (model: string) => `Réservation annulée : ${model} indisponible`,
    lead: (model: string, point: string, days: string) =>
      `Nous sommes désolés : votre réservation de « ${model} » à ${point} (${days}) est annulée.`,
    why: {
      maintenance:
        'L’exemplaire qui vous était réservé doit être réparé, et aucun autre exemplaire n’est libre à ces dates.',
      retired: 'L’exemplaire qui vous était réservé a été retiré du prêt, et aucun autre n’est libre à ces dates.',
    },
    days: (pickUp: string, returnDay: string) => `du ${pickUp} au ${returnDay}`,
    next: 'Prochaines dates libres pour la même durée :',
    none: 'Aucune date libre pour la même durée dans les deux prochains mois.',
    counted: 'Cette réservation ne compte plus dans vos limites d’emprunt.',
    reserve: 'Réserver d’autres dates',
    mine: 'Vos emprunts',
  },
  en: {
    subject: (model: string) => `Reservation cancelled: ${model} unavailable`,
    lead: (model: string, point: string, days: string) =>
      `We are sorry: your reservation of "${model}" at ${point} (${days}) is cancelled.`,
    why: {
      maintenance: 'The unit reserved for you needs a repair, and no other unit is free on those days.',
      retired: 'The unit reserved for you has been withdrawn from lending, and no other unit is free on those days.',
    },
    days: (pickUp: string, returnDay: string) => `${pickUp} to ${returnDay}`,
    next: 'Next free dates for the same length:',
    none: 'No free dates for the same length in the next two months.',
    counted: 'This reservation no longer counts towards your borrowing limits.',
    reserve: 'Reserve other dates',
    mine: 'Your loans',
  },
} as const;

const formatDay = (day: Day, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/**
 * E-mails the person that their reservation was cancelled because its unit went into maintenance
 * or was retired with no other unit free, in their language: why, and the next free runs of the
 * same length (a suggestion: the next reservation's write decides). A refused address is logged
 * and undoes nothing: the cancellation stands and shows in their loans.
 */
export const sendUnitUnavailableNotice = async (
  deps: AppDeps,
  options: {
    reservation: ReservationRecord;
    model: ModelRecord;
    point: LendingPointRecord;
    person: { email: string; language: Language };
    why: UnitUnavailableWhy;
    nextRuns: DayRun[];
  },
): Promise<boolean> => {
  const { reservation, model, point, person, why, nextRuns } = options;
  const language = person.language;
  const text = TEXTS[language];
  const run = (pickUp: Day, returnDay: Day) => text.days(formatDay(pickUp, language), formatDay(returnDay, language));
  const reserveLink = new URL(`${MODEL_PAGE[language]}?id=${encodeURIComponent(model.id)}`, deps.config.publicUrl).href;
  const mineLink = new URL(MY_LOANS_PAGE[language], deps.config.publicUrl).href;
  const lead = text.lead(model.name, point.name, run(reservation.pickUp, reservation.returnDay));
  const runs = nextRuns.map((next) => run(next.pickUp, next.returnDay));
  try {
    await deps.mailer.send({
      to: person.email,
      subject: text.subject(model.name),
      text: [
        lead,
        text.why[why],
        runs.length > 0 ? [text.next, ...runs.map((r) => `- ${r}`)].join('\n') : text.none,
        text.counted,
        `${text.reserve}: ${reserveLink}`,
        `${text.mine}: ${mineLink}`,
      ].join('\n\n'),
      html: [
        `<p>${escapeHtml(lead)}</p>`,
        `<p>${escapeHtml(text.why[why])}</p>`,
        runs.length > 0
          ? `<p>${escapeHtml(text.next)}</p><ul>${runs.map((r) => `<li>${escapeHtml(r)}</li>`).join('')}</ul>`
          : `<p>${escapeHtml(text.none)}</p>`,
        `<p>${escapeHtml(text.counted)}</p>`,
        `<p><a href="${escapeHtml(reserveLink)}">${escapeHtml(text.reserve)}</a> · <a href="${escapeHtml(mineLink)}">${escapeHtml(text.mine)}</a></p>`,
      ].join(''),
    });
    return true;
  } catch (error) {
    logger.warn('unit unavailable notice not sent', {
      why,
      reservationId: reservation.id,
      userId: reservation.userId,
      error: error as Error,
    });
    return false;
  }
};
