/**
 * The texts, credit and licence of a medium, in the edit dialog: checked here, then sent; only a
 * licence as open or more may be chosen, and someone else's work keeps its own.
 */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { byId, part } from '../../ui/dom.ts';
import { clearErrors, controlsOf, type Problem, reportErrors, setInvalid } from '../../ui/form.ts';
import { isLicenceId, moreOpenLicences } from '../licences.ts';
import type { OwnMedia } from '../types.ts';
import type { EditContext } from './edit-dialog.ts';

export const detailsForm = (edit: EditContext) => {
  const { dialog, tr } = edit;
  const form = byId<HTMLFormElement>('edit-form');
  const status = part(form, '[data-form-status]');
  const fields = {
    title: byId<HTMLInputElement>('edit-title-field'),
    description: byId<HTMLTextAreaElement>('edit-description'),
    transcript: byId<HTMLTextAreaElement>('edit-transcript'),
    alt: byId<HTMLTextAreaElement>('edit-alt'),
    attributionName: byId<HTMLInputElement>('edit-attribution-name'),
  };
  const licences = byId<HTMLFieldSetElement>('edit-licence');

  /** Only the licences this medium may move to (as open or more); someone else's work keeps its own. */
  const showLicences = (item: OwnMedia, allowed = moreOpenLicences(item.licence)) => {
    const fixed = item.authorship.kind === 'third-party';
    part(dialog, '[data-licence-part]').hidden = fixed;
    part(dialog, '[data-licence-fixed]').hidden = !fixed;
    for (const option of licences.querySelectorAll<HTMLElement>('[data-licence-option]')) {
      const id = option.dataset.licenceOption ?? '';
      option.hidden = !(allowed as string[]).includes(id);
      const radio = part<HTMLInputElement>(option, 'input');
      radio.checked = id === item.licence;
    }
  };

  const fill = (item: OwnMedia) => {
    fields.title.value = item.title;
    fields.description.value = item.description ?? '';
    fields.transcript.value = item.transcript ?? '';
    fields.alt.value = item.alt ?? '';
    fields.attributionName.value = item.attributionName === 'anonymous' ? '' : item.attributionName;
    showLicences(item);
  };

  /** The controls whose value the API would refuse, in the order of the form. */
  const invalidControls = (chosen: string) =>
    [
      fields.title.value.length < 1 || fields.title.value.length > 200 ? fields.title : null,
      fields.description.value.length > 5000 ? fields.description : null,
      fields.transcript.value.length > 40_000 ? fields.transcript : null,
      fields.alt.value.length > 1000 ? fields.alt : null,
      fields.attributionName.value.length < 1 || fields.attributionName.value.length > 120
        ? fields.attributionName
        : null,
      isLicenceId(chosen) ? null : licences,
    ].filter((control) => control !== null);

  /** What the API refused, shown on the form; the message to say (none: it failed). */
  const explain = (editing: OwnMedia) => (problem: Problem & { allowed?: string[] }) => {
    if (problem.status === 409 && problem.allowed) {
      showLicences(editing, problem.allowed.filter(isLicenceId));
      setInvalid(licences, true);
      return tr('media.mine.licence.error');
    }
    if (problem.status === 409) return tr('media.mine.conflict');
    const controls = controlsOf(form, problem);
    if (problem.status !== 400 || controls.length === 0) return undefined;
    reportErrors(controls);
    return tr('form.invalid');
  };

  edit.onSubmit(form, async (editing) => {
    for (const field of Object.values(fields)) field.value = field.value.trim();
    const chosen = licences.querySelector<HTMLInputElement>('input:checked')?.value ?? editing.licence;
    if (!reportErrors(invalidControls(chosen)) || !isLicenceId(chosen)) {
      say(status, tr('form.invalid'), 'error');
      return;
    }
    const send = () =>
      api.api.media[':id'].$patch({
        param: { id: editing.id },
        json: {
          title: fields.title.value,
          description: fields.description.value,
          ...(editing.family === 'image' ? { alt: fields.alt.value } : { transcript: fields.transcript.value }),
          attributionName: fields.attributionName.value,
          ...(chosen !== editing.licence ? { licence: chosen } : {}),
        },
      });
    await edit.change(status, send, () => say(status, tr('media.mine.saved'), 'success'), explain(editing));
  });

  return {
    fill,
    reset: () => {
      clearErrors(form);
      say(status, '');
    },
  };
};
