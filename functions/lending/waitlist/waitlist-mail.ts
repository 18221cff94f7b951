import type { AppDeps } from '../../platform/deps.ts';
import { escapeHtml } from '../../platform/escape-html.ts';
import { logger } from '../../platform/logger.ts';
import type { Day, LendingPointRecord, ModelRecord, WaitingEntryRecord } from '../records.ts';
import { MY_LOANS_PAGE } from '../reservations/reservation-mail.ts';

type Language = 'fr' | 'en';

const TEXTS = {
  fr: {
    subject: (model: string) => `Disponible pour vous : ${model}`,
    lead: (model: string, point: string) =>
      `Un exemplaire de « ${model} » s’est libéré à ${point} pour les jours que vous attendiez. Il vous est réservé 24 heures.`,
    days: (pickUp: string, returnDay: string) => `Du ${pickUp} au ${returnDay}`,
    until: (when: string) => `Pour le garder, confirmez avant le ${when} ; ensuite, il passe à la personne suivante.`,
    claim: 'Confirmer la réservation',
  },
  en: {
    subject: (model: string) => `Available for you: ${model}`,
    lead: (model: string, point: string) =>
      `A unit of "${model}" has come free at ${point} for the days you were waiting for. It is held for you for 24 hours.`,
    days: (pickUp: string, returnDay: string) => `From ${pickUp} to ${returnDay}`,
    until: (when: string) => `To keep it, confirm before ${when}; after that it goes to the next person.`,
    claim: 'Confirm the reservation',
  },
} as const;

const formatDay = (day: Day, language: Language) =>
  new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone: 'UTC' }).format(
    new Date(`${day}T00:00:00Z`),
  );

/** The person's loans page at their entry, where "claim" is (web routes). */
export const claimLink = (deps: Pick<AppDeps, 'config'>, entryId: string, language: Language) =>
  new URL(`${MY_LOANS_PAGE[language]}#waiting-${entryId}`, deps.config.publicUrl).href;

/**
 * E-mails the person that a unit is held for them, in their language, with the link to claim it
 * and when the hold ends (in the city's time). A refused address is logged: the offer stands and
 * shows in their loans.
 */
export const sendHoldOffer = async (
  deps: AppDeps,
  options: {
    entry: WaitingEntryRecord;
    model: ModelRecord;
    point: LendingPointRecord;
    person: { email: string; language: Language };
  },
): Promise<boolean> => {
  const { entry, model, point, person } = options;
  const language = person.language;
  const text = TEXTS[language];
  const link = claimLink(deps, entry.id, language);
  const when = new Intl.DateTimeFormat(language === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'full',
    timeStyle: 'short',
    timeZone: deps.config.timeZone,
  }).format(new Date(entry.offer?.holdExpiresAt ?? deps.clock.now()));
  const days = text.days(formatDay(entry.pickUp, language), formatDay(entry.returnDay, language));
  try {
    await deps.mailer.send({
      to: person.email,
      subject: text.subject(model.name),
      text: [
        text.lead(model.name, point.name),
        days,
        `${point.name}, ${point.address}`,
        text.until(when),
        `${text.claim}: ${link}`,
      ].join('\n\n'),
      html: [
        `<p>${escapeHtml(text.lead(model.name, point.name))}</p>`,
        `<p>${escapeHtml(days)}<br>${escapeHtml(`${point.name}, ${point.address}`)}</p>`,
        `<p>${escapeHtml(text.until(when))}</p>`,
        `<p><a href="${escapeHtml(link)}">${escapeHtml(text.claim)}</a></p>`,
      ].join(''),
    });
    return true;
  } catch (error) {
    logger.warn('waiting-list offer not sent', { entryId: entry.id, userId: entry.userId, error: error as Error });
    return false;
  }
};
