/**
 * Browser island of a model's page (`views/lending-catalogue/ModelPage.astro`): reads the model,
 * shows its description (HTML rendered and sanitised by the API's Markdown renderer), parts,
 * rules, training and points, then the availability of a month at a point. The month switch and
 * the point choice are plain buttons and a select; the status line says which month is shown.
 * Then it starts the reservation form (the reservations' island) with the model it read; a
 * reservation made there brings the table to its point and month, read fresh: the days taken.
 */

import { element, keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { trainingModuleHref } from '../ui/links.ts';
import { showState } from '../ui/page-states.ts';
import { fillNodes, pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { availabilityTable } from './availability-table.ts';
import { readAvailability, readModel } from './catalogue-calls.ts';
import type { ModelDetail } from './catalogue-types.ts';
import { showFairness } from './fairness-section.ts';
import { modelIdFromQuery } from './links.ts';
import { showMadeWith } from './made-with-section.ts';
import { addMonths, cityToday, firstDay, lastDay, type Month, monthName, monthOf } from './month.ts';
import { type MadeReservation, startReserveForm } from './reserve-form.ts';

/** How many months ahead the switch goes. */
const MONTHS_AHEAD = 12;

const showModel = (root: HTMLElement, model: ModelDetail, s: Translate) => {
  const locale = pageLocale();
  document.title = s('site.titleSuffix', { page: model.name });
  part(root, '[data-model-name]').textContent = model.name;
  part(root, '[data-model-category]').textContent = s('lendingCatalogue.model.category', {
    category: model.rules.categoryName[locale],
  });
  const photo = part<HTMLImageElement>(root, '[data-model-photo]');
  if (model.photo) {
    photo.src = model.photo.url;
    photo.alt = model.photo.alt[locale];
    photo.hidden = false;
  }
  // Rendered and sanitised by the API (functions/markdown): raw HTML in the source is escaped there.
  part(root, '[data-model-description]').innerHTML = model.descriptionHtml[locale];
  if (model.manualUrl) {
    part<HTMLAnchorElement>(root, '[data-model-manual-link]').href = model.manualUrl;
    part(root, '[data-model-manual]').hidden = false;
  }
  part(root, '[data-model-training]').replaceChildren(
    ...(model.requiredTraining
      ? fillNodes(s('lendingCatalogue.model.training.needed'), {
          module: element(
            'a',
            { href: trainingModuleHref(locale, model.requiredTraining.moduleId) },
            model.requiredTraining.title[locale],
          ),
        })
      : [s('lendingCatalogue.model.training.none')]),
  );
  part(root, '[data-model-parts]').replaceChildren(
    ...model.parts.map((p) =>
      element('li', undefined, element('span', 'lending-parts__quantity', `${p.quantity} ×`), ' ', p.name[locale]),
    ),
  );
  const { rules } = model;
  const category = rules.categoryName[locale];
  part(root, '[data-model-rules]').replaceChildren(
    element('li', undefined, plural(s, 'lendingCatalogue.model.rules.maxDays', rules.maxLoanDays)),
    element(
      'li',
      undefined,
      rules.leadDays === 0
        ? s('lendingCatalogue.model.rules.lead.zero')
        : plural(s, 'lendingCatalogue.model.rules.lead', rules.leadDays),
    ),
    element(
      'li',
      undefined,
      plural(s, 'lendingCatalogue.model.rules.atOnce', rules.limits.reservationsAtOnce, { category }),
    ),
    element(
      'li',
      undefined,
      s('lendingCatalogue.model.rules.window', { days: rules.limits.daysInWindow, window: rules.limits.windowDays }),
    ),
    element('li', undefined, s('lendingCatalogue.model.rules.openDays')),
  );
  showFairness(part(root, '[data-model-fairness]'), model, s);
  part(root, '[data-model-points]').replaceChildren(
    ...model.points.map((point) =>
      element(
        'li',
        undefined,
        point.unitsInService === 0
          ? s('lendingCatalogue.model.points.units.zero', { point: point.name })
          : plural(s, 'lendingCatalogue.model.points.units', point.unitsInService, { point: point.name }),
      ),
    ),
  );
};

/** What the page asks of its availability table: show a reservation's point and month, read fresh. */
interface AvailabilitySection {
  showReserved: (reservation: MadeReservation) => void;
}

const startAvailability = (section: HTMLElement, model: ModelDetail, s: Translate): AvailabilitySection => {
  const locale = pageLocale();
  const select = part<HTMLSelectElement>(section, '[data-availability-point]');
  const previous = part<HTMLButtonElement>(section, '[data-month-previous]');
  const next = part<HTMLButtonElement>(section, '[data-month-next]');
  const status = part(section, '[data-availability-status]');
  const holder = part(section, '[data-availability-table]');
  // The calendar scrolls sideways in its region on a phone: the keyboard reaches it to scroll it.
  holder.tabIndex = 0;
  const current = monthOf(cityToday());
  let month: Month = current;
  let asked = 0;

  select.replaceChildren(
    ...model.points.map((point) => {
      const option = element('option', undefined, point.name);
      option.value = point.id;
      return option;
    }),
  );

  const load = async (options: { fresh?: boolean } = {}) => {
    const ticket = ++asked;
    const point = model.points.find((p) => p.id === select.value) ?? model.points[0];
    if (!point) return;
    previous.disabled = month <= current;
    next.disabled = month >= addMonths(current, MONTHS_AHEAD);
    holder.setAttribute('aria-busy', 'true');
    status.textContent = s('lendingCatalogue.availability.loading');
    section.dataset.state = 'loading';
    try {
      const response = await readAvailability(
        model.id,
        { point: point.id, from: firstDay(month), to: lastDay(month) },
        options,
      );
      if (!response.ok) throw new Error(`The availability answered ${response.status}`);
      const availability = await response.json();
      // A later choice was made meanwhile: its answer wins.
      if (ticket !== asked) return;
      const name = monthName(month, locale);
      holder.replaceChildren(
        availabilityTable(
          availability,
          month,
          s('lendingCatalogue.availability.caption', { model: model.name, point: point.name, month: name }),
          s,
        ),
      );
      status.textContent = s('lendingCatalogue.availability.shown', { month: name, point: point.name });
      section.dataset.state = 'ready';
    } catch (error) {
      if (ticket !== asked) return;
      console.warn('The availability could not be loaded:', error);
      status.textContent = s('lendingCatalogue.availability.error');
      section.dataset.state = 'error';
    } finally {
      if (ticket === asked) holder.setAttribute('aria-busy', 'false');
    }
  };

  const move = (count: number) => {
    month = addMonths(month, count);
    void load();
  };
  previous.addEventListener('click', () => move(-1));
  next.addEventListener('click', () => move(1));
  select.addEventListener('change', () => void load());
  // One point: the select says where, and needs no choosing.
  if (model.points.length < 2) select.disabled = model.points.length === 0;
  void load();
  return {
    showReserved: (reservation) => {
      if (model.points.some((p) => p.id === reservation.pointId)) select.value = reservation.pointId;
      month = monthOf(reservation.pickUp);
      void load({ fresh: true });
    },
  };
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  keepQueryInLanguageSwitch();
  const id = modelIdFromQuery();
  if (!id) {
    showState(root, 'missing');
    return;
  }
  const load = async () => {
    showState(root, 'loading');
    try {
      const response = await readModel(id);
      const answered: number = response.status;
      if (answered === 404) return showState(root, 'not-found');
      if (!response.ok) throw new Error(`The model answered ${answered}`);
      const model = await response.json();
      showModel(root, model, s);
      showState(root, 'ready');
      void showMadeWith(part(root, '[data-model-made]'), model.id, s);
      const availability = startAvailability(part(root, '[data-availability]'), model, s);
      startReserveForm(
        part(root, '[data-reserve-form]'),
        {
          id: model.id,
          name: model.name,
          maxLoanDays: model.rules.maxLoanDays,
          points: model.points.map((point) => ({ id: point.id, name: point.name })),
        },
        { reserved: availability.showReserved },
      );
    } catch (error) {
      console.warn('The model could not be loaded:', error);
      showState(root, 'error');
    }
  };
  root.querySelector('[data-retry]')?.addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-lending-model]');
if (root) start(root);
