/**
 * The stop form of the editor (`views/trails/EditorStopForm.astro`): adds a stop (stewards),
 * proposes one (contributors) or edits one (stewards). Its fields (`editor-stop-fields.ts`) take
 * the place from a click on the map or from the typed coordinates; a new stop brings media chosen
 * among one's own (`editor-media-choice.ts`).
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem } from '../ui/form.ts';
import { onSubmit } from '../ui/guard.ts';
import { mediaChoices } from './editor-media-choice.ts';
import { contributionConflict } from './editor-refusals.ts';
import { type StopValues, stopFields } from './editor-stop-fields.ts';
import type { EditorContext, Stop, TrailProblem } from './editor-types.ts';

export const stopForm = (context: EditorContext, hooks: { pointChanged(): void; editEnded(stopId?: string): void }) => {
  const { root, s, trailId } = context;
  const form = part<HTMLFormElement>(root, '[data-stop-form]');
  const fields = stopFields(form, s, () => hooks.pointChanged());
  const choices = mediaChoices(form, s);
  const { status, mediaGroup } = fields;
  const submit = part<HTMLButtonElement>(form, '[data-stop-submit]');
  const cancel = part<HTMLButtonElement>(form, '[data-stop-cancel]');
  const section = part(root, '[data-stop-form-section]');
  const heading = part(root, '[data-stop-form-title]');
  const intro = part(root, '[data-stop-form-intro]');
  const endpoint = api.api.trails[':id'];

  let editing: Stop | undefined;

  /** Title, button and intro for what the form does now. */
  const describe = () => {
    const { canEdit, trail } = context.current();
    if (editing) {
      heading.textContent = s('trailEditor.stop.editTitle', { title: editing.title });
      intro.textContent = s('trailEditor.stop.editIntro');
      submit.textContent = s('trailEditor.stop.save');
    } else if (canEdit) {
      heading.textContent = s('trailEditor.stop.addTitle');
      intro.textContent = s('trailEditor.stop.addIntro');
      submit.textContent = s('trailEditor.stop.add');
    } else {
      heading.textContent = s('trailEditor.stop.proposeTitle');
      intro.textContent = s(
        trail.moderationMode === 'review-first'
          ? 'trailEditor.stop.proposeIntro.review-first'
          : 'trailEditor.stop.proposeIntro.publish-first',
      );
      submit.textContent = s('trailEditor.stop.propose');
    }
    mediaGroup.hidden = Boolean(editing);
    cancel.hidden = !editing;
  };

  const startEdit = (stop: Stop) => {
    editing = stop;
    fields.reset();
    fields.fill(stop);
    describe();
    hooks.pointChanged();
    heading.scrollIntoView({ block: 'start' });
    heading.focus();
  };

  const endEdit = (focus: boolean) => {
    const stopId = editing?.id;
    editing = undefined;
    fields.reset();
    describe();
    if (focus) hooks.editEnded(stopId);
  };
  cancel.addEventListener('click', () => endEdit(true));

  /** Contributors bring at least one medium; so do stewards once the trail is published. */
  const needsMedia = () => {
    const { canEdit, trail } = context.current();
    return !canEdit || trail.status === 'published';
  };

  const saveEdit = async (stopId: string, values: StopValues) => {
    say(status, s('trailEditor.stop.saving'));
    const response = await endpoint.stops[':stopId'].$patch({ param: { id: trailId, stopId }, json: values });
    const code = response.status as number;
    if (response.ok) {
      context.apply(await response.json());
      say(status, '');
      context.announce(s('trailEditor.stop.saved', { title: values.title }), 'success');
      endEdit(true);
    } else if (code === 400) {
      fields.showFieldErrors(await readProblem(response));
    } else if (code === 404) {
      say(status, s('trailEditor.stop.gone'), 'error');
      await context.reload();
    } else {
      say(status, commonFailure(code, s), 'error');
    }
  };

  onSubmit(
    form,
    async () => {
      const chosen = choices.checked();
      const values = fields.read({ chosen, checked: !editing, needed: needsMedia() });
      if (!values) return;
      if (editing) return saveEdit(editing.id, values);
      say(status, s(context.current().canEdit ? 'trailEditor.stop.adding' : 'trailEditor.stop.proposing'));
      const response = await endpoint.stops.$post({
        param: { id: trailId },
        json: { ...values, mediaIds: chosen.map((item) => item.id) },
      });
      const code = response.status as number;
      if (response.status === 201) {
        const result = await response.json();
        fields.reset();
        say(status, '');
        await context.reload();
        const outcome = context.current().canEdit
          ? s('trailEditor.stop.added', { title: values.title })
          : s(result.outcome === 'published' ? 'trailEditor.stop.published' : 'trailEditor.stop.proposed', {
              title: values.title,
            });
        say(status, outcome, 'success');
        return;
      }
      const problem = (await readProblem(response)) as TrailProblem;
      if (code === 400) {
        fields.showFieldErrors(problem);
      } else if (code === 409) {
        const message = contributionConflict(s, problem, chosen);
        fields.refuseMedia(message);
        say(status, message, 'error');
      } else if (code === 403) {
        say(status, s('trailEditor.stop.forbidden'), 'error');
        await context.reload();
      } else {
        say(status, commonFailure(code, s), 'error');
      }
    },
    () => say(status, s('form.failed'), 'error'),
  );

  context.onRender((editor) => {
    section.hidden = !editor.canEdit && !editor.canContribute;
    if (editing && !editor.trail.stops.some((stop) => stop.id === editing?.id)) endEdit(false);
    describe();
    choices.render(editor.trail);
  });

  /** Loads the person's ready media into the choices (once). */
  const loadMedia = async () => {
    choices.use(await context.ownMedia());
    part(form, '[data-media-loading]').hidden = true;
    choices.render(context.current().trail);
  };

  return {
    setPoint: fields.setPoint,
    typedPoint: fields.typedPoint,
    loadMedia,
    startEdit,
    editingId: () => editing?.id,
    active: () => !section.hidden,
  };
};

export type StopFormControl = ReturnType<typeof stopForm>;
