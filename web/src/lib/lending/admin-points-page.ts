/**
 * Browser island of the lending points' administration (`views/lending/AdminPoints.astro`): lists
 * the points to pick one (or a new one), fills the form from it, and saves it (`POST`, or `PUT`
 * with the version it was read at). The API's field paths (`hours.tue.1.opens`, `closures.0.to`)
 * pick the controls whose own messages are shown; a point changed meanwhile says so (409).
 */
import { apiFetch } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { readProblem, reportErrors } from '../ui/form.ts';
import { onFormSubmit } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { stringsOf } from '../ui/strings.ts';
import { WEEKDAYS } from './hours.ts';
import type { LendingPoint } from './types.ts';

const BASE = '/api/lending/points';
/** A day of the closures' lines. */
const DAY = /^\d{4}-\d{2}-\d{2}$/;

type Closure = LendingPoint['closures'][number];

/** The closures textarea's lines (`from, to, reason fr | reason en`); undefined when one cannot be read. */
export const parseClosures = (text: string): Closure[] | undefined => {
  const closures: Closure[] = [];
  for (const line of text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)) {
    const [from = '', to = '', ...rest] = line.split(',').map((part) => part.trim());
    const [fr = '', en = ''] = rest
      .join(',')
      .split('|')
      .map((part) => part.trim());
    if (!DAY.test(from) || !DAY.test(to) || !fr || !en) return undefined;
    closures.push({ from, to, reason: { fr, en } });
  }
  return closures;
};

const closuresText = (closures: Closure[]) =>
  closures.map((c) => `${c.from}, ${c.to}, ${c.reason.fr} | ${c.reason.en}`).join('\n');

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const choice = part<HTMLSelectElement>(root, '[data-point-choice]');
  const form = part<HTMLFormElement>(root, '[data-point-form]');
  const status = part(form, '[data-point-status]');
  const field = <T extends HTMLInputElement | HTMLTextAreaElement>(name: string) =>
    part<T>(form, `[data-field="${name}"]`);
  const hoursInputs = [...form.querySelectorAll<HTMLInputElement>('[data-hours]')];
  let points: LendingPoint[] = [];
  let editing: LendingPoint | undefined;

  const fill = (point: LendingPoint | undefined) => {
    editing = point;
    const id = field<HTMLInputElement>('id');
    id.value = point?.id ?? '';
    id.readOnly = Boolean(point);
    field('name').value = point?.name ?? '';
    field('address').value = point?.address ?? '';
    field('lat').value = point ? String(point.lat) : '';
    field('lng').value = point ? String(point.lng) : '';
    for (const input of hoursInputs) {
      const [weekday, index, end] = (input.dataset.hours ?? '').split(':') as [
        (typeof WEEKDAYS)[number],
        string,
        'opens' | 'closes',
      ];
      input.value = point?.hours[weekday][Number(index)]?.[end] ?? '';
    }
    field('closures').value = point ? closuresText(point.closures) : '';
    field('contact.email').value = point?.contact.email ?? '';
    field('contact.phone').value = point?.contact.phone ?? '';
    field('description.fr').value = point?.description?.fr ?? '';
    field('description.en').value = point?.description?.en ?? '';
  };

  const drawChoices = (selected: string) => {
    const fresh = choice.options[0];
    choice.replaceChildren(
      ...(fresh ? [fresh] : []),
      ...points.map((point) => {
        const option = element('option', undefined, point.name);
        option.value = point.id;
        return option;
      }),
    );
    choice.value = selected;
  };

  const readPoints = async () => {
    // The admin reads the current state, not the edge's copy (signed-in reads are never shared).
    const response = await fetch(BASE, { cache: 'no-store' });
    if (!response.ok) throw new Error(`GET ${BASE} answered ${response.status}`);
    points = ((await response.json()) as { items: LendingPoint[] }).items;
  };

  /** The controls an API field path names: the field itself, or the textarea a closure's line is in. */
  const controlFor = (path: string): HTMLElement | null =>
    form.querySelector<HTMLElement>(`[data-field="${CSS.escape(path)}"]`) ??
    (path.startsWith('closures')
      ? field('closures')
      : path.startsWith('hours.')
        ? form.querySelector<HTMLElement>(`[data-field^="${CSS.escape(path)}"]`)
        : null);

  const body = () => {
    const hours = Object.fromEntries(
      WEEKDAYS.map((weekday) => [
        weekday,
        [0, 1].flatMap((index) => {
          const value = (end: string) =>
            hoursInputs.find((input) => input.dataset.hours === `${weekday}:${index}:${end}`)?.value ?? '';
          const opens = value('opens');
          const closes = value('closes');
          return opens || closes ? [{ opens, closes }] : [];
        }),
      ]),
    );
    const text = (name: string) => field(name).value.trim();
    const fr = text('description.fr');
    const en = text('description.en');
    return {
      name: text('name'),
      address: text('address'),
      lat: Number(text('lat').replace(',', '.')),
      lng: Number(text('lng').replace(',', '.')),
      hours,
      closures: parseClosures(field('closures').value) ?? [],
      contact: {
        ...(text('contact.email') ? { email: text('contact.email') } : {}),
        ...(text('contact.phone') ? { phone: text('contact.phone') } : {}),
      },
      ...(fr || en ? { description: { fr, en } } : {}),
    };
  };

  onFormSubmit(form, status, s('lendingPoints.admin.failed'), async () => {
    // What the browser can tell at once: numbers that are no numbers, closures' lines unread.
    const local: HTMLElement[] = [];
    for (const name of ['lat', 'lng']) {
      const value = field(name).value.trim().replace(',', '.');
      if (!value || !Number.isFinite(Number(value))) local.push(field(name));
    }
    if (parseClosures(field('closures').value) === undefined) local.push(field('closures'));
    if (!reportErrors(local)) return say(status, s('lendingPoints.admin.invalid'), 'error');

    say(status, s('lendingPoints.admin.saving'));
    const json = editing
      ? { ...body(), expectedUpdatedAt: editing.updatedAt }
      : { id: field('id').value.trim(), ...body() };
    const response = await apiFetch(editing ? `${BASE}/${encodeURIComponent(editing.id)}` : BASE, {
      method: editing ? 'PUT' : 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(json),
    });
    if (response.ok) {
      const saved = (await response.json()) as LendingPoint;
      await readPoints();
      drawChoices(saved.id);
      fill(points.find((point) => point.id === saved.id) ?? saved);
      return say(status, s('lendingPoints.admin.saved', { name: saved.name }), 'success');
    }
    const problem = await readProblem(response);
    const controls = [...new Set((problem.errors ?? []).map(({ path }) => controlFor(path)))].filter(
      (control): control is HTMLElement => control !== null,
    );
    if (response.status === 400 || (response.status === 409 && controls.length > 0)) {
      reportErrors(controls);
      return say(status, s('lendingPoints.admin.invalid'), 'error');
    }
    if (response.status === 409) return say(status, s('lendingPoints.admin.conflict'), 'error');
    say(status, commonFailure(response.status, s), 'error');
  });

  choice.addEventListener('change', () => {
    say(status, '');
    fill(points.find((point) => point.id === choice.value));
  });

  whenSignedIn(root, async (viewer) => {
    if (!viewer.profile.roles.includes('admin')) return showState(root, 'forbidden');
    try {
      await readPoints();
      drawChoices('');
      fill(undefined);
      showState(root, 'ready');
    } catch (error) {
      console.warn('The lending points could not be loaded:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-admin-points]');
if (root) start(root);
