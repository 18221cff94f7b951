/**
 * The submit of a page whose form creates something (a project, a trail): one submission at a
 * time, "creating…" on the form's status line, then what a refusal means. The page's own answers
 * come first; a 401 shows the page signed out, anything else the common failure.
 */
import { say } from './announce.ts';
import { commonFailure } from './failures.ts';
import { type Problem, readProblem } from './form.ts';
import { onSubmit } from './guard.ts';
import { showState } from './page-states.ts';
import { forgetSignedIn } from './session.ts';
import type { Translate } from './strings.ts';

/** The form's fields, read checked: `read` shows what to correct and gives undefined then. */
export interface CreationFields<Values> {
  status: HTMLElement;
  read(): Values | undefined;
  /** The API's field errors on their controls; false when none matched. */
  showProblem(problem: Problem): boolean;
}

export interface Creation<Values> {
  /** The page, with its state panels (`signed-out` among them). */
  root: HTMLElement;
  form: HTMLFormElement;
  fields: CreationFields<Values>;
  s: Translate;
  /** What the status line says while the request is on its way. */
  creating: string;
  /** Sends the values and opens what was made; the response when the API refused. */
  send(values: Values): Promise<Response | undefined>;
  /** A refusal only this page explains (shown by it): true when it did. */
  refused?(problem: Problem, values: Values): boolean;
}

export const creationForm = <Values>({ root, form, fields, s, creating, send, refused }: Creation<Values>) => {
  onSubmit(form, async () => {
    const values = fields.read();
    if (!values) return;
    say(fields.status, creating);
    try {
      const refusal = await send(values);
      if (!refusal) return;
      const problem = await readProblem(refusal);
      if (problem.status === 400 && fields.showProblem(problem)) return;
      if (refused?.(problem, values)) return;
      if (problem.status === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
      } else {
        say(fields.status, commonFailure(problem.status, s), 'error');
      }
    } catch {
      say(fields.status, s('form.failed'), 'error');
    }
  });
};
