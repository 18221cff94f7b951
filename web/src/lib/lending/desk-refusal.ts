/**
 * What a refusal of the desk says, in the page's words: a tag of another point or model naming
 * both, another unit than the loan's, a unit taken or out of service, the training missing, the
 * point closed today or the loan's days not come or gone (by the problem's stable `reason`, never
 * its English `detail`).
 */
import { commonFailure } from '../ui/failures.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { DeskProblem } from './desk-types.ts';
import { dayText } from './types.ts';

export const readDeskProblem = async (response: Response): Promise<DeskProblem> => {
  try {
    return { ...((await response.json()) as Partial<DeskProblem>), status: response.status };
  } catch {
    return { status: response.status };
  }
};

const nameOf = (named: DeskProblem['expected']) => (typeof named === 'string' ? named : (named?.name ?? ''));

export const deskRefusal = (s: Translate, problem: DeskProblem): string => {
  const tag = problem.assetTag ?? '';
  if (problem.reason === 'closed-today') return s('lendingDesk.refused.closedToday');
  if (problem.reason === 'before-pick-up')
    return s('lendingDesk.refused.beforePickUp', { day: dayText(problem.pickUp ?? '', pageLocale()) });
  if (problem.reason === 'after-return-day')
    return s('lendingDesk.refused.afterReturnDay', { day: dayText(problem.returnDay ?? '', pageLocale()) });
  if (problem.wrong === 'point' || problem.wrong === 'model')
    return s(`lendingDesk.refused.${problem.wrong}`, {
      tag,
      scanned: problem.scanned?.name ?? '',
      expected: nameOf(problem.expected),
    });
  if (problem.wrong === 'unit') return s('lendingDesk.refused.unit', { tag, expected: nameOf(problem.expected) });
  if (problem.status === 409 && problem.unitOutOfService) return s('lendingDesk.refused.outOfService');
  if (problem.status === 409 && problem.taken) return s('lendingDesk.refused.taken');
  if (problem.status === 409) return s('lendingDesk.refused.conflict', { detail: problem.detail ?? '' });
  if (problem.status === 403 && problem.requiredTraining) return s('lendingDesk.refused.training');
  if (problem.status === 404) return s('lendingDesk.refused.notFound');
  if (problem.status === 400) return s('lendingDesk.refused.invalid');
  return commonFailure(problem.status, s);
};

/** The `?point=` of the page (a point id is a slug). */
export const pointFromQuery = (): string | undefined => {
  const point = new URLSearchParams(window.location.search).get('point')?.trim();
  return point && /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(point) ? point : undefined;
};

/** A loan's page at the desk. */
export const deskLoanHref = (page: string, pointId: string, id: string) =>
  `${page}?${new URLSearchParams({ point: pointId, id })}`;
