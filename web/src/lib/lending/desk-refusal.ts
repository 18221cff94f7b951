/**
 * What a refusal of the desk says, in the page's words: a tag of another point or model naming
 * both, another unit than the loan's, a unit taken or out of service, the training missing.
 */
import { commonFailure } from '../ui/failures.ts';
import type { Translate } from '../ui/strings.ts';
import type { DeskProblem } from './desk-types.ts';

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
