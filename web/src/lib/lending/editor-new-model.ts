/**
 * The editor's form adding a model held at some of the person's lending points: its id (or one
 * from its name), category, name, descriptions, the kit's parts (one a line), longest loan and
 * lead time. Problems show on their fields; the page reloads its models once it is added.
 */

import { say } from '../ui/announce.ts';
import { element } from '../ui/dom.ts';
import { reportErrors } from '../ui/form.ts';
import { onFormSubmit } from '../ui/guard.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import { createModel } from './catalogue-calls.ts';
import type { Category } from './catalogue-types.ts';
import { field, input, select } from './editor-fields.ts';
import { refuse } from './editor-refusal.ts';

type Part = { name: { fr: string; en: string }; quantity: number };

/** The parts' lines (`2 | Piles AA | AA batteries`), or undefined when one is not of that form. Pure. */
export const parseParts = (text: string): Part[] | undefined => {
  const parts: Part[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [quantity, fr, en] = line.split('|').map((piece) => piece.trim());
    const count = Number(quantity);
    if (!Number.isInteger(count) || count < 1 || count > 99 || !fr || !en) return undefined;
    parts.push({ name: { fr, en }, quantity: count });
  }
  return parts;
};

export const newModelForm = (
  categories: Category[],
  points: { id: string; name: string }[],
  s: Translate,
  onAdded: () => Promise<void>,
) => {
  const locale = pageLocale();
  const status = element('p', { class: 'results-status', role: 'status' });
  const id = input('text', { maxlength: '64', autocomplete: 'off' });
  const category = select(categories.map((c) => ({ value: c.id, label: c.name[locale] })));
  const name = input('text', { maxlength: '120', required: '' });
  const descriptionFr = element('textarea', { rows: '4', maxlength: '8000', required: '', lang: 'fr' });
  const descriptionEn = element('textarea', { rows: '4', maxlength: '8000', required: '', lang: 'en' });
  const parts = element('textarea', { rows: '4' });
  const maxLoanDays = input('number', { min: '1', max: '62', step: '1', required: '', value: '7' });
  const leadDays = input('number', { min: '0', max: '60', step: '1', required: '', value: '1' });
  const boxes = points.map((point) => {
    const box = element('input', { type: 'checkbox', id: `new-model-point-${point.id}`, value: point.id });
    box.checked = points.length === 1;
    return element('div', 'choice', box, ' ', element('label', { for: box.id }, point.name));
  });
  const pointGroup = element(
    'fieldset',
    { id: 'new-model-points', 'data-field': 'pointIds' },
    element('legend', undefined, s('lendingCatalogue.editor.field.points.label')),
    element(
      'p',
      { class: 'field__error', id: 'new-model-points-error', hidden: '' },
      element('span', 'visually-hidden', `${s('form.errorPrefix')} `),
      s('lendingCatalogue.editor.field.points.error'),
    ),
    ...boxes,
  );
  const form = element(
    'form',
    { novalidate: '', 'data-new-model': '' },
    field(s, 'new-model-name', 'name', name),
    field(s, 'new-model-id', 'id', id, { hint: true }),
    field(s, 'new-model-category', 'category', category),
    field(s, 'new-model-fr', 'descriptionFr', descriptionFr),
    field(s, 'new-model-en', 'descriptionEn', descriptionEn),
    field(s, 'new-model-parts', 'parts', parts, { hint: true }),
    field(s, 'new-model-max', 'maxLoanDays', maxLoanDays),
    field(s, 'new-model-lead', 'leadDays', leadDays),
    pointGroup,
    element('button', { class: 'button', type: 'submit' }, s('lendingCatalogue.editor.new.save')),
  );
  const whole = (control: HTMLInputElement, min: number, max: number) => {
    const value = Number(control.value);
    return control.value !== '' && Number.isInteger(value) && value >= min && value <= max;
  };
  onFormSubmit(form, status, s('form.failed'), async () => {
    const chosen = boxes.flatMap((box) => {
      const control = box.querySelector('input');
      return control?.checked ? [control.value] : [];
    });
    const kit = parseParts(parts.value);
    const wanted = id.value.trim().toLowerCase();
    const wrong: HTMLElement[] = [
      ...(name.value.trim() ? [] : [name]),
      ...(wanted === '' || /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(wanted) ? [] : [id]),
      ...(descriptionFr.value.trim() ? [] : [descriptionFr]),
      ...(descriptionEn.value.trim() ? [] : [descriptionEn]),
      ...(kit ? [] : [parts]),
      ...(whole(maxLoanDays, 1, 62) ? [] : [maxLoanDays]),
      ...(whole(leadDays, 0, 60) ? [] : [leadDays]),
      ...(chosen.length > 0 ? [] : [pointGroup]),
    ];
    if (!reportErrors(wrong) || !kit) return;
    const response = await createModel({
      ...(wanted ? { id: wanted } : {}),
      category: category.value,
      name: name.value.trim(),
      description: { fr: descriptionFr.value.trim(), en: descriptionEn.value.trim() },
      parts: kit,
      maxLoanDays: Number(maxLoanDays.value),
      leadDays: Number(leadDays.value),
      pointIds: chosen,
    });
    if (!response.ok) return refuse(form, status, response as Response, s, s('lendingCatalogue.editor.new.taken'));
    const added = await response.json();
    form.reset();
    say(status, s('lendingCatalogue.editor.new.saved', { model: added.name }), 'success');
    await onAdded();
  });
  return element(
    'section',
    { class: 'lending-editor__model', 'aria-labelledby': 'new-model-title' },
    element('h2', { id: 'new-model-title' }, s('lendingCatalogue.editor.new.title')),
    status,
    form,
  );
};
