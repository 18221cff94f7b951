/**
 * A person's status for a module in words (the module page and my training): the state with its
 * date or reason, then what else they should know (quiz passed, workshop attended or still to
 * attend, attempts left today or when the next one is possible).
 */
import { element, timeElement } from '../ui/dom.ts';
import { fillNodes, plural, type Translate } from '../ui/strings.ts';
import type { ModuleProgress, TrainingStatus } from './types.ts';

type Line = (string | Node)[];

const withDate = (
  s: Translate,
  key: Parameters<Translate>[0],
  iso: string | null | undefined,
  values = {},
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
): Line => fillNodes(s(key, values), { date: iso ? timeElement(iso, options) : '' });

/** The state, as one line of nodes (dates as `<time>`). */
export const stateWords = (s: Translate, status: TrainingStatus): Line => {
  switch (status.state) {
    case 'certified':
      return withDate(s, 'training.status.certified', status.validUntil);
    case 'expired':
      return withDate(s, 'training.status.expired', status.validUntil);
    case 'renew':
      return [s('training.status.renew', { version: status.moduleVersion })];
    case 'revoked':
      return withDate(s, 'training.status.revoked', status.revokedAt, { reason: status.reason });
    case 'in-progress':
      return [s('training.status.in-progress')];
    default:
      return [s('training.status.not-started')];
  }
};

/** What stands between the person and a (new) certification; nothing once certified. */
export const progressWords = (s: Translate, module: ModuleProgress, workshop: boolean): Line[] => {
  if (module.status.state === 'certified') return [];
  const lines: Line[] = [];
  const { quizPassedAt, attendedAt } = module.progress ?? {};
  if (quizPassedAt) lines.push(withDate(s, 'training.status.quizPassed', quizPassedAt));
  if (attendedAt) lines.push(withDate(s, 'training.status.attended', attendedAt));
  if (workshop && !attendedAt) lines.push([s('training.status.workshopNeeded')]);
  return lines;
};

/** The attempts left today, or when the next one is possible. */
export const attemptsWords = (s: Translate, module: ModuleProgress): Line =>
  module.attemptsLeftToday > 0
    ? [plural(s, 'training.status.attemptsLeft', module.attemptsLeftToday)]
    : withDate(s, 'training.status.nextAttempt', module.nextAttemptAt, {}, { dateStyle: 'long', timeStyle: 'short' });

/** Lines as list items. */
export const lineItems = (lines: Line[]) => lines.map((line) => element('li', undefined, ...line));
