/**
 * The kit's parts checklist in the model editor: one row a part (its name in French and in
 * English, its quantity) with a button removing it, and a button adding a row. Each control is
 * labelled with its row's number ("Part 2: name in French"), so that a screen reader and a test
 * tell the rows apart; rows are renumbered when one goes, and the focus never falls on nothing:
 * a new row's first field takes it, a removed row hands it to the row now in its place (or to
 * "Add a part"). Each control is named by the API's path (`parts.1.quantity`): a 400 lands on it.
 */

import { element } from '../ui/dom.ts';
import type { Translate } from '../ui/strings.ts';
import { labelledField } from './editor-fields.ts';

export type Part = { name: { fr: string; en: string }; quantity: number };

/** The API's limit on a kit's parts. */
const MAX_PARTS = 40;

/** The row's controls, in the order they read. */
interface Row {
  node: HTMLElement;
  fr: HTMLInputElement;
  en: HTMLInputElement;
  quantity: HTMLInputElement;
  remove: HTMLButtonElement;
}

export const partsEditor = (s: Translate, idPrefix: string) => {
  const rows: Row[] = [];
  const list = element('ol', 'lending-editor__parts');
  const add = element(
    'button',
    { class: 'button button--secondary', type: 'button' },
    s('lendingCatalogue.editor.parts.add'),
  );
  const group = element(
    'fieldset',
    { class: 'lending-editor__parts-group', id: `${idPrefix}-parts`, 'data-field': 'parts' },
    element('legend', undefined, s('lendingCatalogue.editor.parts.legend')),
    element(
      'p',
      { class: 'field__error', id: `${idPrefix}-parts-error`, hidden: '' },
      element('span', 'visually-hidden', `${s('form.errorPrefix')} `),
      s('lendingCatalogue.editor.parts.error', { max: String(MAX_PARTS) }),
    ),
    list,
    add,
  );

  /** Ids, labels and API paths follow the row's place (1-based for people, 0-based for the API). */
  const renumber = () => {
    rows.forEach((row, index) => {
      const n = String(index + 1);
      const id = `${idPrefix}-part-${n}`;
      const place = (control: HTMLInputElement, key: 'nameFr' | 'nameEn' | 'quantity', path: string) => {
        control.id = `${id}-${key}`;
        control.name = `parts.${index}.${path}`;
        control.dataset.field = control.name;
        const label = control.closest('.field')?.querySelector('label');
        label?.setAttribute('for', control.id);
        if (label) label.textContent = s(`lendingCatalogue.editor.parts.${key}`, { n });
        const error = control.closest('.field')?.querySelector('.field__error');
        if (error) error.id = `${control.id}-error`;
      };
      place(row.fr, 'nameFr', 'name.fr');
      place(row.en, 'nameEn', 'name.en');
      place(row.quantity, 'quantity', 'quantity');
      row.remove.textContent = s('lendingCatalogue.editor.parts.remove', { n });
    });
  };

  const addRow = (part?: Part) => {
    const fr = element('input', { type: 'text', maxlength: '120', required: '', lang: 'fr' });
    const en = element('input', { type: 'text', maxlength: '120', required: '', lang: 'en' });
    const quantity = element('input', { type: 'number', min: '1', max: '99', step: '1', required: '' });
    fr.value = part?.name.fr ?? '';
    en.value = part?.name.en ?? '';
    quantity.value = String(part?.quantity ?? 1);
    const remove = element('button', { class: 'button button--secondary button--small', type: 'button' });
    const node = element(
      'li',
      { class: 'lending-editor__part', 'data-part': '' },
      labelledField(s, fr, s('lendingCatalogue.editor.parts.nameError')),
      labelledField(s, en, s('lendingCatalogue.editor.parts.nameError')),
      labelledField(s, quantity, s('lendingCatalogue.editor.parts.quantityError')),
      remove,
    );
    const row: Row = { node, fr, en, quantity, remove };
    remove.addEventListener('click', () => {
      const at = rows.indexOf(row);
      rows.splice(at, 1);
      node.remove();
      renumber();
      (rows[at]?.fr ?? rows[at - 1]?.fr ?? add).focus();
    });
    rows.push(row);
    list.append(node);
    renumber();
    return row;
  };

  add.addEventListener('click', () => addRow().fr.focus());

  return {
    group,
    /** Shows a model's parts (replacing any rows). */
    fill: (parts: Part[]) => {
      for (const row of rows.splice(0)) row.node.remove();
      for (const part of parts) addRow(part);
    },
    /** The rows' controls that are not filled as the API wants them (the group when too many). */
    wrong: (): HTMLElement[] => [
      ...(rows.length > MAX_PARTS ? [group] : []),
      ...rows.flatMap((row) => {
        const count = Number(row.quantity.value);
        return [
          ...(row.fr.value.trim() ? [] : [row.fr]),
          ...(row.en.value.trim() ? [] : [row.en]),
          ...(row.quantity.value !== '' && Number.isInteger(count) && count >= 1 && count <= 99 ? [] : [row.quantity]),
        ];
      }),
    ],
    value: (): Part[] =>
      rows.map((row) => ({
        name: { fr: row.fr.value.trim(), en: row.en.value.trim() },
        quantity: Number(row.quantity.value),
      })),
  };
};
