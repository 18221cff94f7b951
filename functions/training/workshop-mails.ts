import type { AppDeps } from '../platform/deps.ts';
import { escapeHtml } from '../platform/escape-html.ts';
import { type CalendarEvent, calendarFile } from '../platform/ics.ts';
import { logger } from '../platform/logger.ts';
import type { MailAttachment } from '../platform/mailer.ts';
import { findModule } from './catalogue.ts';
import type { RegistrationRecord, SessionRecord } from './sessions-schema.ts';

type Language = 'fr' | 'en';

/** The person's own training page, where their registrations are listed (web routes). */
const MY_TRAINING_PAGE = { fr: '/mes-formations/', en: '/en/my-training/' } as const;

const moduleTitle = (session: SessionRecord, language: Language) =>
  findModule(session.moduleId)?.manifest.title[language] ?? session.moduleId;

/** The session's times as a person of the city reads them, in their language. */
const when = (session: SessionRecord, language: Language, timeZone: string) => {
  const locale = language === 'fr' ? 'fr-FR' : 'en-GB';
  const day = new Intl.DateTimeFormat(locale, { timeZone, dateStyle: 'full' }).format(new Date(session.startsAt));
  const time = new Intl.DateTimeFormat(locale, { timeZone, timeStyle: 'short' });
  return `${day}, ${time.format(new Date(session.startsAt))} – ${time.format(new Date(session.endsAt))}`;
};

const myTrainingUrl = (deps: Pick<AppDeps, 'config'>, language: Language) =>
  new URL(MY_TRAINING_PAGE[language], deps.config.publicUrl).href;

/**
 * The calendar event of a session, for its registered people: the same UID for everyone and
 * every copy (e-mail, download, reminder), so a calendar keeps one event and updates it.
 */
export const sessionEvent = (
  deps: Pick<AppDeps, 'config' | 'clock'>,
  session: SessionRecord,
  language: Language,
): CalendarEvent => ({
  uid: `workshop-${session.id}@${new URL(deps.config.publicUrl).hostname}`,
  stamp: deps.clock.now(),
  start: new Date(session.startsAt),
  end: new Date(session.endsAt),
  summary: `${language === 'fr' ? 'Atelier' : 'Workshop'} : ${moduleTitle(session, language)}`,
  location: session.place,
  description:
    language === 'fr'
      ? `Atelier de formation de Communs (en ${session.language === 'fr' ? 'français' : 'anglais'}). Pour annuler votre inscription : ${myTrainingUrl(deps, 'fr')}`
      : `Communs training workshop (in ${session.language === 'fr' ? 'French' : 'English'}). To cancel your registration: ${myTrainingUrl(deps, 'en')}`,
  url: myTrainingUrl(deps, language),
  sequence: session.status === 'cancelled' ? 1 : 0,
  status: session.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
});

/** The session's calendar file (an e-mail's attachment, the registration's download). */
export const sessionCalendar = (
  deps: Pick<AppDeps, 'config' | 'clock'>,
  session: SessionRecord,
  language: Language,
): string => calendarFile(sessionEvent(deps, session, language));

const calendarAttachment = (
  deps: Pick<AppDeps, 'config' | 'clock'>,
  session: SessionRecord,
  language: Language,
): MailAttachment => ({
  filename: language === 'fr' ? 'atelier.ics' : 'workshop.ics',
  contentType: 'text/calendar; charset=utf-8; method=PUBLISH',
  content: sessionCalendar(deps, session, language),
});

export type WorkshopNotice = 'registered' | 'waiting' | 'promoted' | 'reminder' | 'cancelled';

const TEXTS: Record<
  WorkshopNotice,
  Record<Language, { subject: (title: string) => string; lead: (title: string) => string }>
> = {
  registered: {
    fr: {
      subject: (t) => `Inscription confirmée : ${t}`,
      lead: (t) => `Votre place est réservée pour l’atelier « ${t} ».`,
    },
    en: { subject: (t) => `Registration confirmed: ${t}`, lead: (t) => `Your seat is booked for the workshop "${t}".` },
  },
  waiting: {
    fr: {
      subject: (t) => `Liste d’attente : ${t}`,
      lead: (t) =>
        `L’atelier « ${t} » est complet : vous êtes sur la liste d’attente. Si une place se libère, elle vous est attribuée et vous recevez un message.`,
    },
    en: {
      subject: (t) => `Waiting list: ${t}`,
      lead: (t) =>
        `The workshop "${t}" is full: you are on its waiting list. If a seat is freed, it is given to you and you get a message.`,
    },
  },
  promoted: {
    fr: {
      subject: (t) => `Une place s’est libérée : ${t}`,
      lead: (t) => `Une place s’est libérée : vous êtes maintenant inscrit·e à l’atelier « ${t} ».`,
    },
    en: {
      subject: (t) => `A seat was freed: ${t}`,
      lead: (t) => `A seat was freed: you are now registered for the workshop "${t}".`,
    },
  },
  reminder: {
    fr: { subject: (t) => `Rappel : atelier demain, ${t}`, lead: (t) => `Rappel : l’atelier « ${t} » a lieu demain.` },
    en: {
      subject: (t) => `Reminder: workshop tomorrow, ${t}`,
      lead: (t) => `Reminder: the workshop "${t}" is tomorrow.`,
    },
  },
  cancelled: {
    fr: {
      subject: (t) => `Atelier annulé : ${t}`,
      lead: (t) => `L’atelier « ${t} » est annulé. Message de l’animateur·rice :`,
    },
    en: {
      subject: (t) => `Workshop cancelled: ${t}`,
      lead: (t) => `The workshop "${t}" is cancelled. Message from the instructor:`,
    },
  },
};

const LABELS = {
  fr: { when: 'Quand', where: 'Où', mine: 'Vos inscriptions' },
  en: { when: 'When', where: 'Where', mine: 'Your registrations' },
} as const;

/**
 * E-mails one person about their registration, in their language, with the calendar event for
 * a seat (registered, promoted, reminder). A refused address is logged and does not undo what
 * was decided: the registration stands, and the person sees it in their list.
 */
export const sendWorkshopNotice = async (
  deps: AppDeps,
  notice: WorkshopNotice,
  session: SessionRecord,
  person: Pick<RegistrationRecord, 'email' | 'language' | 'userId'>,
): Promise<boolean> => {
  const language = person.language;
  const title = moduleTitle(session, language);
  const text = TEXTS[notice][language];
  const labels = LABELS[language];
  const whenText = when(session, language, deps.config.timeZone);
  const link = myTrainingUrl(deps, language);
  const message = notice === 'cancelled' ? (session.cancelMessage ?? '') : '';
  const withCalendar = notice === 'registered' || notice === 'promoted' || notice === 'reminder';
  try {
    await deps.mailer.send({
      to: person.email,
      subject: text.subject(title),
      text: [
        text.lead(title),
        ...(message ? [message] : []),
        `${labels.when}: ${whenText}`,
        `${labels.where}: ${session.place}`,
        `${labels.mine}: ${link}`,
      ].join('\n\n'),
      html: [
        `<p>${escapeHtml(text.lead(title))}</p>`,
        ...(message ? [`<blockquote>${escapeHtml(message).replace(/\n/g, '<br>')}</blockquote>`] : []),
        `<p><strong>${labels.when}</strong> : ${escapeHtml(whenText)}<br><strong>${labels.where}</strong> : ${escapeHtml(session.place)}</p>`,
        `<p><a href="${escapeHtml(link)}">${labels.mine}</a></p>`,
      ].join(''),
      ...(withCalendar ? { attachments: [calendarAttachment(deps, session, language)] } : {}),
    });
    return true;
  } catch (error) {
    logger.warn('workshop notice not sent', {
      notice,
      sessionId: session.id,
      userId: person.userId,
      error: error as Error,
    });
    return false;
  }
};
