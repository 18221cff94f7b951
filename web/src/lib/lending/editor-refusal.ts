/**
 * How every form of the catalogue editor shows the API's refusal: on the fields the problem names
 * (a 400; a 409 too when the form says what it means), else on the model's status line (403: not
 * one of the person's points; otherwise the common failure for that status).
 */

import { say } from '../ui/announce.ts';
import { commonFailure } from '../ui/failures.ts';
import { controlsOf, readProblem, reportErrors } from '../ui/form.ts';
import type { Translate } from '../ui/strings.ts';

export const refuse = async (
  form: HTMLFormElement,
  status: HTMLElement,
  response: Response,
  s: Translate,
  /** What a 409 naming fields means here, said on the status line beside the fields. */
  conflict?: string,
) => {
  const problem = await readProblem(response);
  const controls = controlsOf(form, problem);
  const onFields = problem.status === 400 || (conflict !== undefined && problem.status === 409);
  if (onFields && controls.length > 0) {
    if (problem.status === 409 && conflict) say(status, conflict, 'error');
    reportErrors(controls);
    return;
  }
  say(
    status,
    problem.status === 403 ? s('lendingCatalogue.editor.forbiddenAct') : commonFailure(problem.status, s),
    'error',
  );
};
