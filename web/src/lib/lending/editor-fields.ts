/**
 * The editor's form controls, built in the browser in the pattern of `components/ui/Field.astro`
 * (`lib/ui/form.ts` shows their errors): a label, maybe a hint, the error waiting hidden in
 * `#<id>-error`, and the control named by the API's field (`data-field`).
 */

import type { MessageKey } from '../../i18n/index.ts';
import { element } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';

export type FieldName =
  | 'assetTag'
  | 'serial'
  | 'point'
  | 'status'
  | 'notes'
  | 'from'
  | 'to'
  | 'name'
  | 'maxLoanDays'
  | 'leadDays'
  | 'descriptionFr'
  | 'descriptionEn'
  | 'id'
  | 'category'
  | 'parts'
  | 'photoUrl'
  | 'photoAltFr'
  | 'photoAltEn'
  | 'manualUrl'
  | 'scarce';

const API_FIELD: Record<FieldName, string> = {
  assetTag: 'assetTag',
  serial: 'serial',
  point: 'pointId',
  status: 'status',
  notes: 'notes',
  from: 'from',
  to: 'to',
  name: 'name',
  maxLoanDays: 'maxLoanDays',
  leadDays: 'leadDays',
  descriptionFr: 'description.fr',
  descriptionEn: 'description.en',
  id: 'id',
  category: 'category',
  parts: 'parts',
  photoUrl: 'photo.url',
  photoAltFr: 'photo.alt.fr',
  photoAltEn: 'photo.alt.en',
  manualUrl: 'manualUrl',
  scarce: 'scarce',
};

export const field = (
  s: Translate,
  id: string,
  name: FieldName,
  control: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement,
  options: { hint?: boolean } = {},
) => {
  const prefix = `lendingCatalogue.editor.field.${name}` as const;
  control.id = id;
  control.name = API_FIELD[name];
  control.dataset.field = API_FIELD[name];
  control.classList.add('field__control');
  const hint = options.hint
    ? element('p', { class: 'field__hint', id: `${id}-hint` }, s(`${prefix}.hint` as MessageKey))
    : undefined;
  if (hint) control.setAttribute('aria-describedby', hint.id);
  return element(
    'div',
    'field',
    element('label', { class: 'field__label', for: id }, s(`${prefix}.label` as MessageKey)),
    ...(hint ? [hint] : []),
    element(
      'p',
      { class: 'field__error', id: `${id}-error`, hidden: '' },
      element('span', 'visually-hidden', `${s('form.errorPrefix')} `),
      element('span', { 'data-error-text': '' }, s(`${prefix}.error` as MessageKey)),
    ),
    control,
  );
};

/**
 * A control in the same pattern whose label the caller writes (a row of a list renumbers it):
 * the label, the hidden error, the control. The ids are the caller's to give.
 */
export const labelledField = (s: Translate, control: HTMLInputElement, error: string) => {
  control.classList.add('field__control');
  return element(
    'div',
    'field',
    element('label', 'field__label'),
    element(
      'p',
      { class: 'field__error', hidden: '' },
      element('span', 'visually-hidden', `${s('form.errorPrefix')} `),
      element('span', { 'data-error-text': '' }, error),
    ),
    control,
  );
};

export const input = (type: 'text' | 'date' | 'number', attributes: Record<string, string> = {}) =>
  element('input', { type, ...attributes });

export const select = (choices: { value: string; label: string }[], selected?: string) => {
  const control = element('select');
  for (const choice of choices) {
    const option = element('option', undefined, choice.label);
    option.value = choice.value;
    option.selected = choice.value === selected;
    control.append(option);
  }
  return control;
};
