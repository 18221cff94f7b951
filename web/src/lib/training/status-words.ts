/**
 * A person's status for a module in words (the module page and my training): the state with its
 * date or reason, then what else they should know (quiz passed, workshop attended or still to
 * attend, attempts left today or when the next one is possible).
 */
import { element, timeElement } from '../ui/dom.ts';
import { fillNodes, plural, type Translate } from '../ui/strings.ts';
import type { ModuleStatus } from './types.ts';

const withDate = (
  s: Translate,
  key: Parameters<Translate>[0],
  iso: string | undefined,
  values = {},
  options: Intl.DateTimeFormatOptions = { dateStyle: 'long' },
) => fillNodes(s(key, values), { date: iso ? timeElement(iso, options) : '' });

/** The state, as one line of nodes (dates as `<time>`). */
export const stateWords = (s: Translate, status: ModuleStatus): (string | Node)[] => {
  switch (status.state) {
    case 'certified':
      return withDate(s, 'training.status.certified', status.validUntil);
    case 'expired':
      return withDate(s, 'training.status.expired', status.validUntil);
    case 'renew':
      return [s('training.status.renew', { version: status.moduleVersion ?? '' })];
    case 'revoked':
      return withDate(s, 'training.status.revoked', status.revokedAt, { reason: status.reason ?? '' });
    case 'in-progress':
      return [s('training.status.in-progress')];
    default:
      return [s('training.status.not-started')];
  }
};

/** The lines under the state; `workshop` says whether the module has an in-person workshop. */
export const detailWords = (s: Translate, status: ModuleStatus, workshop: boolean): (string | Node)[][] => {
  const lines: (string | Node)[][] = [];
  const certified = status.state === 'certified';
  if (!certified && status.quizPassedAt) lines.push(withDate(s, 'training.status.quizPassed', status.quizPassedAt));
  if (!certified && status.attendedAt) lines.push(withDate(s, 'training.status.attended', status.attendedAt));
  if (!certified && workshop && !status.attendedAt) lines.push([s('training.status.workshopNeeded')]);
  if (!certified && status.attemptsLeftToday !== undefined) {
    lines.push(
      status.attemptsLeftToday > 0
        ? [plural(s, 'training.status.attemptsLeft', status.attemptsLeftToday)]
        : withDate(
            s,
            'training.status.nextAttempt',
            status.nextAttemptAt,
            {},
            { dateStyle: 'long', timeStyle: 'short' },
          ),
    );
  }
  return lines;
};

/** The lines as list items. */
export const detailItems = (lines: (string | Node)[][]) => lines.map((line) => element('li', undefined, ...line));
