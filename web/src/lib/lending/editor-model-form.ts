/**
 * The editor's form for a model's own fields, folded under a `<details>` and filled from the
 * model when first opened: name, category, longest loan, lead time, the description in both
 * languages, the photo (address and its alt text in both languages), the manual's link, the
 * kit's parts checklist (`editor-parts.ts`), the lending points holding it and whether it is
 * scarce. The points the person does not staff show ticked and disabled: only an admin or their
 * own staff add or drop them (the API says so too). Problems land on their fields.
 */

import { say } from '../ui/announce.ts';
import { element } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { reportErrors } from '../ui/form.ts';
import { onFormSubmit } from '../ui/guard.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import { editModel, readModelFresh } from './catalogue-calls.ts';
import type { Category, ModelSummary } from './catalogue-types.ts';
import { field, input, select } from './editor-fields.ts';
import { partsEditor } from './editor-parts.ts';
import { refuse } from './editor-refusal.ts';

export interface ModelFormContext {
  categories: Category[];
  /** The lending points the person may add a model to or drop it from (all known ones for an admin). */
  manages: { id: string; name: string }[];
  /** The names of every point the catalogue knows. */
  pointNames: Map<string, string>;
}

const whole = (control: HTMLInputElement, min: number, max: number) => {
  const value = Number(control.value);
  return control.value !== '' && Number.isInteger(value) && value >= min && value <= max;
};
const photoAddress = (url: string) => /^\/[^/]/.test(url) || /^https:\/\/\S+$/.test(url);
const httpsAddress = (url: string) => /^https:\/\/\S+$/.test(url);

export const modelForm = (
  model: ModelSummary,
  context: ModelFormContext,
  s: Translate,
  status: HTMLElement,
  onSaved: (name: string) => void,
) => {
  const locale = pageLocale();
  const id = `model-${model.id}`;
  const name = input('text', { maxlength: '120', required: '' });
  const category = select(context.categories.map((c) => ({ value: c.id, label: c.name[locale] })));
  const maxLoanDays = input('number', { min: '1', max: '62', step: '1', required: '' });
  const leadDays = input('number', { min: '0', max: '60', step: '1', required: '' });
  const descriptionFr = element('textarea', { rows: '5', maxlength: '8000', required: '', lang: 'fr' });
  const descriptionEn = element('textarea', { rows: '5', maxlength: '8000', required: '', lang: 'en' });
  const photoUrl = input('text', { maxlength: '500', inputmode: 'url', autocomplete: 'off' });
  const photoAltFr = input('text', { maxlength: '300', lang: 'fr' });
  const photoAltEn = input('text', { maxlength: '300', lang: 'en' });
  const manualUrl = input('text', { maxlength: '500', inputmode: 'url', autocomplete: 'off' });
  const parts = partsEditor(s, id);
  const scarce = element('input', { type: 'checkbox', id: `${id}-scarce`, name: 'scarce', 'data-field': 'scarce' });

  const managed = new Set(context.manages.map((point) => point.id));
  const pointIds = [...new Set([...model.pointIds, ...managed])];
  const boxes = pointIds.map((pointId) => {
    const box = element('input', { type: 'checkbox', id: `${id}-point-${pointId}`, value: pointId });
    box.checked = model.pointIds.includes(pointId);
    box.disabled = !managed.has(pointId);
    return box;
  });
  const pointGroup = element(
    'fieldset',
    { id: `${id}-points`, 'data-field': 'pointIds', class: 'choice-group' },
    element('legend', undefined, s('lendingCatalogue.editor.field.points.label')),
    element(
      'p',
      { class: 'field__error', id: `${id}-points-error`, hidden: '' },
      element('span', 'visually-hidden', `${s('form.errorPrefix')} `),
      element('span', { 'data-error-text': '' }, s('lendingCatalogue.editor.field.points.error')),
    ),
    ...boxes.map((box) =>
      element(
        'div',
        'choice',
        box,
        ' ',
        element('label', { for: box.id }, context.pointNames.get(box.value) ?? box.value),
      ),
    ),
  );

  const form = element(
    'form',
    { novalidate: '' },
    element(
      'fieldset',
      undefined,
      element('legend', undefined, s('lendingCatalogue.editor.model.legend', { model: model.name })),
      field(s, `${id}-name`, 'name', name),
      field(s, `${id}-category`, 'category', category),
      field(s, `${id}-max`, 'maxLoanDays', maxLoanDays),
      field(s, `${id}-lead`, 'leadDays', leadDays),
      field(s, `${id}-fr`, 'descriptionFr', descriptionFr),
      field(s, `${id}-en`, 'descriptionEn', descriptionEn),
      field(s, `${id}-photo`, 'photoUrl', photoUrl, { hint: true }),
      field(s, `${id}-photo-fr`, 'photoAltFr', photoAltFr),
      field(s, `${id}-photo-en`, 'photoAltEn', photoAltEn),
      field(s, `${id}-manual`, 'manualUrl', manualUrl, { hint: true }),
      parts.group,
      pointGroup,
      element(
        'div',
        'choice',
        scarce,
        ' ',
        element('label', { for: scarce.id }, s('lendingCatalogue.editor.field.scarce.label')),
      ),
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
      category.value = detail.category;
      maxLoanDays.value = String(detail.maxLoanDays);
      leadDays.value = String(detail.leadDays);
      descriptionFr.value = detail.description.fr;
      descriptionEn.value = detail.description.en;
      photoUrl.value = detail.photo?.url ?? '';
      photoAltFr.value = detail.photo?.alt.fr ?? '';
      photoAltEn.value = detail.photo?.alt.en ?? '';
      manualUrl.value = detail.manualUrl ?? '';
      parts.fill(detail.parts);
      scarce.checked = detail.scarce;
      for (const box of boxes) box.checked = detail.pointIds.includes(box.value);
      filled = true;
    });
  });

  onFormSubmit(form, status, s('form.failed'), async () => {
    const chosen = boxes.filter((box) => box.checked).map((box) => box.value);
    const url = photoUrl.value.trim();
    // A photo is its address and both alt texts, or none of them.
    const anyPhoto = Boolean(url || photoAltFr.value.trim() || photoAltEn.value.trim());
    const manual = manualUrl.value.trim();
    const wrong: HTMLElement[] = [
      ...(name.value.trim() ? [] : [name]),
      ...(whole(maxLoanDays, 1, 62) ? [] : [maxLoanDays]),
      ...(whole(leadDays, 0, 60) ? [] : [leadDays]),
      ...(descriptionFr.value.trim() ? [] : [descriptionFr]),
      ...(descriptionEn.value.trim() ? [] : [descriptionEn]),
      ...(!anyPhoto || photoAddress(url) ? [] : [photoUrl]),
      ...(!anyPhoto || photoAltFr.value.trim() ? [] : [photoAltFr]),
      ...(!anyPhoto || photoAltEn.value.trim() ? [] : [photoAltEn]),
      ...(manual === '' || httpsAddress(manual) ? [] : [manualUrl]),
      ...parts.wrong(),
      ...(chosen.length > 0 ? [] : [pointGroup]),
    ];
    if (!filled || !reportErrors(wrong)) return;
    const response = await editModel(model.id, {
      name: name.value.trim(),
      category: category.value,
      maxLoanDays: Number(maxLoanDays.value),
      leadDays: Number(leadDays.value),
      description: { fr: descriptionFr.value.trim(), en: descriptionEn.value.trim() },
      photo: anyPhoto ? { url, alt: { fr: photoAltFr.value.trim(), en: photoAltEn.value.trim() } } : null,
      manualUrl: manual || null,
      parts: parts.value(),
      pointIds: chosen,
      scarce: scarce.checked,
    });
    // 409 naming `pointIds`: a point to drop still holds units of the model.
    if (!response.ok)
      return refuse(form, status, response as Response, s, s('lendingCatalogue.editor.model.unitsThere'));
    const saved = await response.json();
    say(status, s('lendingCatalogue.editor.model.saved', { model: saved.name }), 'success');
    onSaved(saved.name);
  });
  return details;
};
