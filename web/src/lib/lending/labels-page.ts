/**
 * Browser island of the labels page (`views/lending-units/Labels.astro`), for staff and admins:
 * the point select lists the person's points (every point for an admin; the one of `?point=`,
 * as the desk links here, chosen), the model select the
 * models held there; "Prepare" reads the units of those models (the staff's units read, one per
 * model) and lays the labels of the units at that point that are not retired on A4 sheets,
 * ordered by asset tag; "Print" prints them (the print stylesheet keeps only the sheets).
 */
import { element, part } from '../ui/dom.ts';
import { onFormSubmit } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { plural, stringsOf, type Translate } from '../ui/strings.ts';
import { readModels, readUnits } from './catalogue-calls.ts';
import type { ModelSummary } from './catalogue-types.ts';
import { pointFromQuery } from './desk-refusal.ts';
import { type LabelItem, labelSheets } from './labels-sheet.ts';

/** The city named on every label: the site's build setting (astro.config.mjs gives the demo city's). */
const CITY: string = import.meta.env.PUBLIC_CITY_NAME;

const option = (value: string, label: string) => {
  const node = element('option', undefined, label);
  node.value = value;
  return node;
};

/** The labels of the units at `pointId` of `models`, not retired, by asset tag. */
const unitsToLabel = async (models: readonly ModelSummary[], pointId: string): Promise<LabelItem[]> => {
  const lists = await Promise.all(
    models.map(async (model) => {
      const response = await readUnits(model.id);
      if (!response.ok) throw new Error(`The units of ${model.id} answered ${response.status}`);
      const { units } = await response.json();
      return units
        .filter((unit) => unit.pointId === pointId && unit.status !== 'retired')
        .map((unit) => ({ assetTag: unit.assetTag, modelName: model.name }));
    }),
  );
  return lists.flat().sort((a, b) => a.assetTag.localeCompare(b.assetTag, 'en', { numeric: true }));
};

const startSheet = (
  root: HTMLElement,
  points: { id: string; name: string }[],
  models: ModelSummary[],
  s: Translate,
) => {
  const form = part<HTMLFormElement>(root, '[data-labels-form]');
  const pointSelect = part<HTMLSelectElement>(root, '[data-labels-point]');
  const modelSelect = part<HTMLSelectElement>(root, '[data-labels-model]');
  const print = part<HTMLButtonElement>(root, '[data-labels-print]');
  const status = part(root, '[data-labels-status]');
  const holder = part(root, '[data-labels-sheets]');
  // The A4 sheets scroll sideways in their region on a phone: the keyboard reaches it to scroll it.
  holder.tabIndex = 0;
  pointSelect.replaceChildren(...points.map((point) => option(point.id, point.name)));
  // Opened from a desk (`?point=`): that point chosen, when it is one of the person's.
  const asked = pointFromQuery();
  if (asked && points.some((point) => point.id === asked)) pointSelect.value = asked;
  const heldAt = (pointId: string) => models.filter((model) => model.pointIds.includes(pointId));
  const fillModels = () =>
    modelSelect.replaceChildren(
      option('', s('lendingUnits.labels.allModels')),
      ...heldAt(pointSelect.value).map((model) => option(model.id, model.name)),
    );
  pointSelect.addEventListener('change', fillModels);
  fillModels();
  print.addEventListener('click', () => window.print());

  onFormSubmit(form, status, s('form.failed'), async () => {
    print.disabled = true;
    holder.replaceChildren();
    // An empty region is no place to tab to: it shows with its sheets.
    holder.hidden = true;
    holder.setAttribute('aria-busy', 'true');
    status.textContent = s('lendingUnits.labels.preparing');
    try {
      const chosen = heldAt(pointSelect.value).filter((model) => !modelSelect.value || model.id === modelSelect.value);
      const items = await unitsToLabel(chosen, pointSelect.value);
      if (items.length === 0) {
        status.textContent = s('lendingUnits.labels.none');
        return;
      }
      const sheets = labelSheets(items, CITY, window.location.origin, s);
      holder.replaceChildren(...sheets);
      holder.hidden = false;
      status.textContent = plural(s, 'lendingUnits.labels.ready', items.length, { sheets: sheets.length });
      print.disabled = false;
    } catch (error) {
      console.warn('The labels could not be prepared:', error);
      status.textContent = s('lendingUnits.labels.failed');
    } finally {
      holder.setAttribute('aria-busy', 'false');
    }
  });
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  whenSignedIn(root, ({ profile }) => {
    const admin = profile.roles.includes('admin');
    if (!admin && profile.staffOf.length === 0) return showState(root, 'forbidden');
    void (async () => {
      try {
        const response = await readModels({ fresh: true });
        if (!response.ok) throw new Error(`The catalogue answered ${response.status}`);
        const catalogue = await response.json();
        const names = new Map(catalogue.points.map((point) => [point.id, point.name]));
        const ids = admin ? [...names.keys()] : profile.staffOf;
        const points = ids.map((id) => ({ id, name: names.get(id) ?? id }));
        startSheet(root, points, catalogue.models, s);
        showState(root, 'ready');
      } catch (error) {
        console.warn('The labels page could not be loaded:', error);
        showState(root, 'error');
      }
    })();
  });
};

const root = document.querySelector<HTMLElement>('[data-lending-labels]');
if (root) start(root);
