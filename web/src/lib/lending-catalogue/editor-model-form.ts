/**
 * The editor's form for a model's own fields (name, longest loan, lead time, the description in
 * both languages), folded under a `<details>` and filled from the model when first opened.
 */

import { say } from '../ui/announce.ts';
import { element } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { controlsOf, readProblem, reportErrors } from '../ui/form.ts';
import { onFormSubmit } from '../ui/guard.ts';
import type { Translate } from '../ui/strings.ts';
import { editModel, readModelFresh } from './calls.ts';
import { field, input } from './editor-fields.ts';
import type { ModelSummary } from './types.ts';

export const modelForm = (model: ModelSummary, s: Translate, status: HTMLElement, onSaved: (name: string) => void) => {
  const id = `model-${model.id}`;
  const name = input('text', { maxlength: '120', required: '' });
  const maxLoanDays = input('number', { min: '1', max: '62', step: '1', required: '' });
  const leadDays = input('number', { min: '0', max: '60', step: '1', required: '' });
  const descriptionFr = element('textarea', { rows: '5', maxlength: '8000', required: '', lang: 'fr' });
  const descriptionEn = element('textarea', { rows: '5', maxlength: '8000', required: '', lang: 'en' });
  const form = element(
    'form',
    { novalidate: '' },
    element(
      'fieldset',
      undefined,
      element('legend', undefined, s('lendingCatalogue.editor.model.legend', { model: model.name })),
      field(s, `${id}-name`, 'name', name),
      field(s, `${id}-max`, 'maxLoanDays', maxLoanDays),
      field(s, `${id}-lead`, 'leadDays', leadDays),
      field(s, `${id}-fr`, 'descriptionFr', descriptionFr),
      field(s, `${id}-en`, 'descriptionEn', descriptionEn),
      element('button', { class: 'button', type: 'submit' }, s('lendingCatalogue.editor.model.save')),
    ),
  );
  const details = element(
    'details',
    'lending-editor__model-form',
    element('summary', undefined, s('lendingCatalogue.editor.model.edit')),
    form,
  );
  let filled = false;
  details.addEventListener('toggle', () => {
    if (!details.open || filled) return;
    void readModelFresh(model.id).then(async (response) => {
      if (!response.ok) return say(status, commonFailure(response.status, s), 'error');
      const detail = await response.json();
      name.value = detail.name;
      maxLoanDays.value = String(detail.maxLoanDays);
      leadDays.value = String(detail.leadDays);
      descriptionFr.value = detail.description.fr;
      descriptionEn.value = detail.description.en;
      filled = true;
    });
  });
  const whole = (control: HTMLInputElement, min: number, max: number) => {
    const value = Number(control.value);
    return control.value !== '' && Number.isInteger(value) && value >= min && value <= max;
  };
  onFormSubmit(form, status, s('form.failed'), async () => {
    const wrong = [
      ...(name.value.trim() ? [] : [name]),
      ...(whole(maxLoanDays, 1, 62) ? [] : [maxLoanDays]),
      ...(whole(leadDays, 0, 60) ? [] : [leadDays]),
      ...(descriptionFr.value.trim() ? [] : [descriptionFr]),
      ...(descriptionEn.value.trim() ? [] : [descriptionEn]),
    ];
    if (!filled || !reportErrors(wrong)) return;
    const response = await editModel(model.id, {
      name: name.value.trim(),
      maxLoanDays: Number(maxLoanDays.value),
      leadDays: Number(leadDays.value),
      description: { fr: descriptionFr.value.trim(), en: descriptionEn.value.trim() },
    });
    if (!response.ok) {
      const problem = await readProblem(response as Response);
      const controls = controlsOf(form, problem);
      if (problem.status === 400 && controls.length > 0) return void reportErrors(controls);
      return say(
        status,
        problem.status === 403 ? s('lendingCatalogue.editor.forbiddenAct') : commonFailure(problem.status, s),
        'error',
      );
    }
    const saved = await response.json();
    say(status, s('lendingCatalogue.editor.model.saved', { model: saved.name }), 'success');
    onSaved(saved.name);
  });
  return details;
};
