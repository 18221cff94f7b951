/**
 * Browser island of a unit's page (`views/lending-units/UnitPage.astro`), where a label's QR code
 * leads: reads the unit by the `?tag=` (one public read), then its model (public) for the model's
 * and the point's names, and shows them with its state. A signed-in person who staffs the unit's
 * point (or an admin) also gets its history as a table, newest first.
 */
import { element, keepQueryInLanguageSwitch, part, timeElement } from '../ui/dom.ts';
import { lendingPointHref } from '../ui/links.ts';
import { showState } from '../ui/page-states.ts';
import { currentViewer, maybeSignedIn } from '../ui/session.ts';
import { fillNodes, pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { readModel } from './catalogue-calls.ts';
import { modelHref } from './links.ts';
import { type PublicUnit, readUnit, readUnitHistory, type UnitHistory } from './unit-calls.ts';
import { eventFacts } from './unit-event-facts.ts';
import { tagFromQuery } from './unit-links.ts';

const historyTable = (history: UnitHistory, s: Translate) => {
  const locale = pageLocale();
  const head = element(
    'tr',
    undefined,
    ...(['when', 'what', 'note'] as const).map((column) =>
      element('th', { scope: 'col' }, s(`lendingUnits.history.${column}`)),
    ),
  );
  const rows = history.events.map((event) =>
    element(
      'tr',
      undefined,
      element('td', 'lending-unit__when', timeElement(event.at, { dateStyle: 'medium', timeStyle: 'short' })),
      element('td', undefined, s(`lendingUnits.history.kind.${event.kind}`)),
      element('td', undefined, eventFacts(event, locale, s)),
    ),
  );
  return element(
    'table',
    'lending-unit__history',
    element('caption', undefined, s('lendingUnits.history.caption', { tag: history.assetTag })),
    element('thead', undefined, head),
    element('tbody', undefined, ...rows),
  );
};

/** The history, for staff of the unit's point and admins only (others are not asked: the API would refuse). */
const showHistory = async (root: HTMLElement, unit: PublicUnit, s: Translate) => {
  if (!maybeSignedIn()) return;
  const viewer = await currentViewer();
  if (viewer.state !== 'signed-in') return;
  const { roles, staffOf } = viewer.profile;
  if (!roles.includes('admin') && !staffOf.includes(unit.pointId)) return;
  const section = part(root, '[data-unit-history]');
  const status = part(section, '[data-history-status]');
  section.hidden = false;
  status.textContent = s('lendingUnits.history.loading');
  try {
    const response = await readUnitHistory(unit.assetTag);
    if (!response.ok) throw new Error(`The history answered ${response.status}`);
    const history = await response.json();
    part(section, '[data-history-table]').replaceChildren(
      ...(history.events.length > 0 ? [historyTable(history, s)] : []),
    );
    status.textContent = history.events.length > 0 ? '' : s('lendingUnits.history.empty');
  } catch (error) {
    console.warn('The unit’s history could not be loaded:', error);
    status.textContent = s('lendingUnits.history.error');
  }
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  keepQueryInLanguageSwitch();
  const tag = tagFromQuery();
  if (!tag) {
    showState(root, 'missing');
    return;
  }
  const load = async () => {
    showState(root, 'loading');
    try {
      const response = await readUnit(tag);
      const answered: number = response.status;
      if (answered === 404) return showState(root, 'not-found');
      if (!response.ok) throw new Error(`The unit answered ${answered}`);
      const unit = await response.json();
      const modelResponse = await readModel(unit.modelId);
      if (!modelResponse.ok) throw new Error(`The model answered ${modelResponse.status}`);
      const model = await modelResponse.json();
      const pointName = model.points.find((point) => point.id === unit.pointId)?.name ?? unit.pointId;
      const title = s('lendingUnits.unit.title', { model: model.name, tag: unit.assetTag });
      document.title = s('site.titleSuffix', { page: title });
      part(root, '[data-unit-title]').textContent = title;
      part(root, '[data-unit-tag]').textContent = s('lendingUnits.unit.tag', { tag: unit.assetTag });
      part(root, '[data-unit-model]').replaceChildren(
        ...fillNodes(s('lendingUnits.unit.model'), {
          model: element('a', { href: modelHref(locale, model.id) }, model.name),
        }),
      );
      part(root, '[data-unit-point]').replaceChildren(
        ...fillNodes(s('lendingUnits.unit.point'), {
          point: element('a', { href: lendingPointHref(locale, unit.pointId) }, pointName),
        }),
      );
      part(root, '[data-unit-status]').textContent = s(`lendingUnits.unit.status.${unit.status}`);
      const reserve = part<HTMLAnchorElement>(root, '[data-unit-reserve]');
      reserve.href = `${modelHref(locale, model.id)}#reserve`;
      reserve.hidden = unit.status === 'retired';
      showState(root, 'ready');
      void showHistory(root, unit, s);
    } catch (error) {
      console.warn('The unit could not be loaded:', error);
      showState(root, 'error');
    }
  };
  root.querySelector('[data-retry]')?.addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-lending-unit]');
if (root) start(root);
