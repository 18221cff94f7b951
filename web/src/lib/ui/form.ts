/**
 * Form errors, the same in every island. Each control has its message, already written in the
 * page's language, in a hidden element `#<id>-error` (and maybe a hint `#<id>-hint`); showing an
 * error reveals it, links it with aria-describedby and marks the control aria-invalid.
 * Messages from the API (in English) are never shown: its field paths pick our own messages.
 */

export const setInvalid = (control: HTMLElement, invalid: boolean) => {
  const error = document.getElementById(`${control.id}-error`);
  const hint = document.getElementById(`${control.id}-hint`);
  if (error) error.hidden = !invalid;
  const describedBy = [invalid ? error?.id : undefined, hint?.id].filter(Boolean).join(' ');
  if (describedBy) control.setAttribute('aria-describedby', describedBy);
  else control.removeAttribute('aria-describedby');
  // A fieldset (radio group) takes no aria-invalid; its error is read through aria-describedby.
  if (control instanceof HTMLFieldSetElement) return;
  if (invalid) control.setAttribute('aria-invalid', 'true');
  else control.removeAttribute('aria-invalid');
};

/** Clears every error of a form. */
export const clearErrors = (form: HTMLFormElement) => {
  for (const control of form.querySelectorAll<HTMLElement>('[aria-invalid], fieldset[id]')) setInvalid(control, false);
};

/**
 * Shows the errors of the controls listed (those whose check failed) and moves focus to the first,
 * so a screen reader reads its label and message. Returns true when there was none.
 */
export const reportErrors = (controls: HTMLElement[]): boolean => {
  for (const control of controls) setInvalid(control, true);
  const [first] = controls;
  if (!first) return true;
  const target = first instanceof HTMLFieldSetElement ? first.querySelector<HTMLElement>('input') : first;
  target?.focus();
  return false;
};

export interface Problem {
  status: number;
  errors?: { path: string }[];
  retryAfter?: number;
}

/** The problem+json body of a failed response, or just its status when it has none. */
export const readProblem = async (response: Response): Promise<Problem> => {
  try {
    return { ...((await response.json()) as Partial<Problem>), status: response.status };
  } catch {
    return { status: response.status };
  }
};

/** Whole minutes to wait after a 429, from Retry-After (seconds), at least one. */
export const minutesToWait = (response: Response, problem: Problem): number => {
  const seconds = Number(response.headers.get('retry-after') ?? problem.retryAfter ?? 60);
  return Math.max(1, Math.ceil((Number.isFinite(seconds) ? seconds : 60) / 60));
};

/** The controls of a form named by the API's field paths (`displayName`, `confirmEmail`…). */
export const controlsOf = (form: HTMLFormElement, problem: Problem): HTMLElement[] =>
  (problem.errors ?? [])
    .map(({ path }) => form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`))
    .filter((control): control is HTMLElement => control !== null);
