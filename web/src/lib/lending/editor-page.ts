/**
 * Browser island of the catalogue editor (`views/lending-catalogue/Editor.astro`). For each model
 * the person manages: its units at their points in a table; "Edit <tag>" opens that unit's forms
 * (its fields; maintenance from a day to a day, or back in service) and moves the focus there;
 * a form adds a unit. Answers are said on the model's status line; problems on their fields.
 */

import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, reportErrors, setInvalid } from '../ui/form.ts';
import { onFormSubmit } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import type { Viewer } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import {
  addUnit,
  editUnit,
  endMaintenance,
  readCategories,
  readModels,
  readUnits,
  startMaintenance,
} from './catalogue-calls.ts';
import type { Category, ModelSummary, Unit } from './catalogue-types.ts';
import { field, input, select } from './editor-fields.ts';
import { modelForm } from './editor-model-form.ts';
import { newModelForm } from './editor-new-model.ts';
import { refuse } from './editor-refusal.ts';
import { modelHref } from './links.ts';
import { cityToday } from './month.ts';

type Profile = Extract<Viewer, { state: 'signed-in' }>['profile'];

const statusText = (unit: Unit, s: Translate) =>
  unit.status === 'maintenance' && unit.maintenance
    ? s('lendingCatalogue.editor.status.maintenance', unit.maintenance)
    : s(
        unit.status === 'retired'
          ? 'lendingCatalogue.editor.status.retired'
          : 'lendingCatalogue.editor.status.in-service',
      );

const modelSection = (
  model: ModelSummary,
  points: Map<string, string>,
  categories: Category[],
  profile: Profile,
  s: Translate,
) => {
  const locale = pageLocale();
  const key = model.id;
  const titleId = `model-${key}-title`;
  const status = element('p', { class: 'results-status', role: 'status', 'data-model-status': key });
  const unitsHolder = element('div', { 'data-units': key });
  const unitEditor = element('div', { 'data-unit-editor': key, tabindex: '-1' });
  const manages = profile.roles.includes('admin')
    ? model.pointIds
    : model.pointIds.filter((id) => profile.staffOf.includes(id));
  const pointChoices = manages.map((id) => ({ value: id, label: points.get(id) ?? id }));
  // The points the person may add the model to or drop it from: theirs, or any for an admin.
  const staffed = (profile.roles.includes('admin') ? [...points.keys()] : profile.staffOf).map((id) => ({
    id,
    name: points.get(id) ?? id,
  }));
  const failed = s('form.failed');

  const reload = async () => {
    const response = await readUnits(model.id);
    if (!response.ok) return say(status, commonFailure(response.status, s), 'error');
    const { units } = await response.json();
    showUnits(units);
  };

  /** A unit's change went through: said, its forms closed, the units read again. */
  const saved = async (message: string) => {
    say(status, message, 'success');
    unitEditor.replaceChildren();
    await reload();
  };

  const editForms = (unit: Unit) => {
    const id = `unit-${unit.id}`;
    const fieldsForm = element('form', { novalidate: '' });
    const serial = input('text', { maxlength: '80', value: unit.serial ?? '' });
    const notes = element('textarea', { rows: '2', maxlength: '2000' });
    notes.value = unit.notes ?? '';
    const statusChoices =
      unit.status === 'maintenance'
        ? []
        : [
            field(
              s,
              `${id}-status`,
              'status',
              select(
                [
                  { value: 'in-service', label: s('lendingCatalogue.editor.status.in-service') },
                  { value: 'retired', label: s('lendingCatalogue.editor.status.retired') },
                ],
                unit.status,
              ),
            ),
          ];
    // Moving it: to another of the person's points holding the model (not while in maintenance).
    const movable = unit.status !== 'maintenance' && pointChoices.some((choice) => choice.value !== unit.pointId);
    const place = select(pointChoices, unit.pointId);
    fieldsForm.append(
      element(
        'fieldset',
        undefined,
        element('legend', undefined, s('lendingCatalogue.editor.unit.legend', { tag: unit.assetTag })),
        field(s, `${id}-serial`, 'serial', serial),
        ...statusChoices,
        ...(movable ? [field(s, `${id}-point`, 'point', place, { hint: true })] : []),
        field(s, `${id}-notes`, 'notes', notes),
        element('button', { class: 'button', type: 'submit' }, s('lendingCatalogue.editor.unit.save')),
      ),
    );
    onFormSubmit(fieldsForm, status, failed, async () => {
      const chosen = fieldsForm.querySelector<HTMLSelectElement>('[data-field="status"]')?.value;
      const response = await editUnit(model.id, unit.id, {
        serial: serial.value.trim() || null,
        notes: notes.value.trim() || null,
        ...(chosen === 'in-service' || chosen === 'retired' ? { status: chosen } : {}),
        ...(movable && place.value !== unit.pointId ? { pointId: place.value } : {}),
      });
      if (response.status === 409) {
        const problem = (await (response as Response).json()) as { takenDays?: string[] };
        if (problem.takenDays?.length) {
          part(fieldsForm, `#${CSS.escape(`${id}-point`)}-error [data-error-text]`).textContent = s(
            'lendingCatalogue.editor.field.point.taken',
            { tag: unit.assetTag, days: problem.takenDays.join(', ') },
          );
          reportErrors([place]);
          return;
        }
      }
      if (!response.ok) return refuse(fieldsForm, status, response as Response, s);
      await saved(s('lendingCatalogue.editor.unit.saved', { tag: unit.assetTag }));
    });

    const maintenanceForm = element('form', { novalidate: '' });
    if (unit.status === 'maintenance') {
      maintenanceForm.append(
        element(
          'fieldset',
          undefined,
          element('legend', undefined, s('lendingCatalogue.editor.maintenance.legend')),
          element('p', undefined, statusText(unit, s)),
          element('button', { class: 'button', type: 'submit' }, s('lendingCatalogue.editor.maintenance.end')),
        ),
      );
      onFormSubmit(maintenanceForm, status, failed, async () => {
        const response = await endMaintenance(model.id, unit.id);
        if (!response.ok) return refuse(maintenanceForm, status, response as Response, s);
        await saved(s('lendingCatalogue.editor.maintenance.ended', { tag: unit.assetTag }));
      });
    } else if (unit.status === 'in-service') {
      const today = cityToday();
      const from = input('date', { min: today, value: today, required: '' });
      const to = input('date', { min: today, value: today, required: '' });
      maintenanceForm.append(
        element(
          'fieldset',
          undefined,
          element('legend', undefined, s('lendingCatalogue.editor.maintenance.legend')),
          field(s, `${id}-from`, 'from', from),
          field(s, `${id}-to`, 'to', to),
          element(
            'button',
            { class: 'button button--secondary', type: 'submit' },
            s('lendingCatalogue.editor.maintenance.start'),
          ),
        ),
      );
      onFormSubmit(maintenanceForm, status, failed, async () => {
        const missing = [from, to].filter((control) => !control.value);
        if (!reportErrors(missing)) return;
        const response = await startMaintenance(model.id, unit.id, { from: from.value, to: to.value });
        if (response.status === 409) {
          const problem = (await (response as Response).json()) as { takenDays?: string[] };
          if (problem.takenDays?.length)
            return say(
              status,
              s('lendingCatalogue.editor.maintenance.taken', {
                tag: unit.assetTag,
                days: problem.takenDays.join(', '),
              }),
              'error',
            );
        }
        if (!response.ok) return refuse(maintenanceForm, status, response as Response, s);
        await saved(
          s('lendingCatalogue.editor.maintenance.started', { tag: unit.assetTag, from: from.value, to: to.value }),
        );
      });
    }
    return element(
      'div',
      'lending-editor__forms',
      fieldsForm,
      ...(maintenanceForm.childElementCount ? [maintenanceForm] : []),
    );
  };

  const showUnits = (units: Unit[]) => {
    if (units.length === 0) {
      unitsHolder.replaceChildren(element('p', undefined, s('lendingCatalogue.editor.units.none')));
      return;
    }
    const header = ['tag', 'serial', 'point', 'status', 'notes', 'actions'].map((column) =>
      element('th', { scope: 'col' }, s(`lendingCatalogue.editor.col.${column}` as 'lendingCatalogue.editor.col.tag')),
    );
    const rows = units.map((unit) => {
      const edit = element(
        'button',
        { class: 'button button--secondary button--small', type: 'button' },
        s('lendingCatalogue.editor.unit.edit', { tag: unit.assetTag }),
      );
      edit.addEventListener('click', () => {
        unitEditor.replaceChildren(editForms(unit));
        unitEditor.querySelector<HTMLElement>('input, select, textarea, button')?.focus();
      });
      return element(
        'tr',
        { 'data-unit': unit.assetTag },
        element('th', { scope: 'row' }, unit.assetTag),
        element('td', undefined, unit.serial ?? ''),
        element('td', undefined, points.get(unit.pointId) ?? unit.pointId),
        element('td', { 'data-unit-status': '' }, statusText(unit, s)),
        element('td', undefined, unit.notes ?? ''),
        element('td', undefined, edit),
      );
    });
    unitsHolder.replaceChildren(
      element(
        'table',
        'lending-editor__units',
        element('caption', undefined, s('lendingCatalogue.editor.units.caption', { model: model.name })),
        element('thead', undefined, element('tr', undefined, ...header)),
        element('tbody', undefined, ...rows),
      ),
    );
  };

  // Adding a unit: its tag, serial, point (one of the person's points holding the model), notes.
  const addForm = element('form', { novalidate: '', 'data-add-unit': key });
  const tag = input('text', { maxlength: '24', autocomplete: 'off', required: '' });
  const serial = input('text', { maxlength: '80' });
  const point = select(pointChoices);
  const notes = element('textarea', { rows: '2', maxlength: '2000' });
  addForm.append(
    element(
      'fieldset',
      undefined,
      element('legend', undefined, s('lendingCatalogue.editor.unit.add')),
      field(s, `add-${key}-tag`, 'assetTag', tag, { hint: true }),
      field(s, `add-${key}-serial`, 'serial', serial),
      field(s, `add-${key}-point`, 'point', point),
      field(s, `add-${key}-notes`, 'notes', notes),
      element('button', { class: 'button', type: 'submit' }, s('lendingCatalogue.editor.unit.add')),
    ),
  );
  const tagError = part(addForm, `#add-${CSS.escape(key)}-tag-error [data-error-text]`);
  onFormSubmit(addForm, status, failed, async () => {
    tagError.textContent = s('lendingCatalogue.editor.field.assetTag.error');
    const wanted = tag.value.trim().toUpperCase();
    if (!reportErrors(/^[A-Z0-9]+(?:-[A-Z0-9]+)*$/.test(wanted) ? [] : [tag])) return;
    const response = await addUnit(model.id, {
      assetTag: wanted,
      pointId: point.value,
      ...(serial.value.trim() ? { serial: serial.value.trim() } : {}),
      ...(notes.value.trim() ? { notes: notes.value.trim() } : {}),
    });
    if (response.status === 409) {
      tagError.textContent = s('lendingCatalogue.editor.field.assetTag.taken', { tag: wanted });
      reportErrors([tag]);
      return;
    }
    if (!response.ok) return refuse(addForm, status, response as Response, s);
    say(status, s('lendingCatalogue.editor.unit.added', { tag: wanted }), 'success');
    addForm.reset();
    clearErrors(addForm);
    setInvalid(tag, false);
    await reload();
    tag.focus();
  });

  const heading = element('h2', { id: titleId }, model.name);
  const section = element(
    'section',
    { class: 'lending-editor__model', 'aria-labelledby': titleId, 'data-model': key },
    heading,
    element('p', undefined, element('a', { href: modelHref(locale, model.id) }, s('lendingCatalogue.editor.view'))),
    status,
    modelForm(model, { categories, manages: staffed, pointNames: points }, s, status, (name) => {
      heading.textContent = name;
    }),
    unitsHolder,
    unitEditor,
    ...(pointChoices.length > 0 ? [addForm] : []),
  );
  return { section, reload };
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const container = part(root, '[data-editor-models]');
  const newModel = part(root, '[data-editor-new]');
  whenSignedIn(root, async ({ profile }) => {
    const isAdmin = profile.roles.includes('admin');
    if (!isAdmin && !profile.roles.includes('staff')) return showState(root, 'forbidden');
    /** The models the person manages, each in its section; read again once a model is added. */
    const showModels = async (categories: Category[]) => {
      const models = await readModels({ fresh: true });
      if (!models.ok) throw new Error(`The catalogue answered ${models.status}`);
      const catalogue = await models.json();
      const points = new Map(catalogue.points.map((point) => [point.id, point.name]));
      const managed = catalogue.models.filter(
        (model) => isAdmin || model.pointIds.some((id) => profile.staffOf.includes(id)),
      );
      const sections = managed.map((model) => modelSection(model, points, categories, profile, s));
      container.replaceChildren(...sections.map(({ section }) => section));
      part(root, '[data-editor-empty]').hidden = managed.length > 0;
      await Promise.all(sections.map(({ reload }) => reload()));
      return points;
    };
    try {
      const answer = await readCategories();
      if (!answer.ok) throw new Error(`The categories answered ${answer.status}`);
      const { categories } = await answer.json();
      const points = await showModels(categories);
      // Staff add models at their points; admins at any point the catalogue knows, and theirs.
      const ids = [...new Set([...(isAdmin ? points.keys() : []), ...profile.staffOf])];
      const choices = ids.map((id) => ({ id, name: points.get(id) ?? id }));
      newModel.replaceChildren(
        ...(choices.length > 0
          ? [newModelForm(categories, choices, s, async () => void (await showModels(categories)))]
          : []),
      );
      showState(root, 'ready');
    } catch (error) {
      console.warn('The catalogue editor could not be loaded:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-lending-editor]');
if (root) start(root);
