/**
 * The trail's details in the editor (stewards): the trail form, filled from the trail; only the
 * fields that changed are sent. A new licence policy that would leave out media already on the
 * trail is refused (409), and the page says which media and why.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { onSubmit } from '../ui/guard.ts';
import { type TrailValues, trailFields } from './editor-fields.ts';
import { policyConflict } from './editor-refusals.ts';
import type { EditorContext, TrailDetail, TrailProblem } from './editor-types.ts';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((value) => b.includes(value));

const changesOf = (trail: TrailDetail, values: TrailValues): Partial<TrailValues> => {
  const changes: Partial<TrailValues> = {};
  for (const key of ['title', 'description', 'area', 'contributionMode', 'moderationMode'] as const) {
    if (values[key] !== trail[key]) Object.assign(changes, { [key]: values[key] });
  }
  if (!sameSet(values.languages, trail.languages)) changes.languages = values.languages;
  if (!sameSet(values.licencePolicy, trail.licencePolicy)) changes.licencePolicy = values.licencePolicy;
  return changes;
};

export const trailDetails = (context: EditorContext) => {
  const { root, s, trailId } = context;
  const formElement = part<HTMLFormElement>(root, '#details-form');
  const form = trailFields(formElement, s);
  let filled = false;

  onSubmit(
    formElement,
    async () => {
      const values = form.read();
      if (!values) return;
      const changes = changesOf(context.current().trail, values);
      if (Object.keys(changes).length === 0) {
        say(form.status, s('trailEditor.details.unchanged'));
        return;
      }
      say(form.status, s('trailEditor.details.saving'));
      const response = await api.api.trails[':id'].$patch({ param: { id: trailId }, json: changes });
      const code = response.status as number;
      if (response.ok) {
        context.apply(await response.json());
        form.fill(context.current().trail);
        say(form.status, s('trailEditor.details.saved'), 'success');
        return;
      }
      const problem = (await readProblem(response)) as TrailProblem;
      if (code === 400 && form.showProblem(problem)) return;
      if (code === 409) say(form.status, policyConflict(s, problem), 'error');
      else say(form.status, commonFailure(code, s), 'error');
    },
    () => say(form.status, s('form.failed'), 'error'),
  );

  context.onRender((editor) => {
    if (!editor.canEdit || filled) return;
    form.fill(editor.trail);
    filled = true;
  });
};
