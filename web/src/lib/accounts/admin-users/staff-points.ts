/**
 * The lending points a staff role can name, as checkboxes in the roles form: read once from the
 * public list (`GET /api/lending/points`). An id the account has that names no point (written
 * before points existed) is shown ticked, worded as such, so the admin can untick it: the API
 * refuses roles naming unknown points.
 */
import { element } from '../../ui/dom.ts';
import type { Translate } from '../../ui/strings.ts';

interface PointName {
  id: string;
  name: string;
}

let points: Promise<PointName[]> | undefined;

const readPoints = () => {
  points ??= fetch('/api/lending/points')
    .then(async (response) => {
      if (!response.ok) throw new Error(`GET /api/lending/points answered ${response.status}`);
      return ((await response.json()) as { items: PointName[] }).items;
    })
    .catch((error: unknown) => {
      points = undefined;
      throw error;
    });
  return points;
};

/** Draws the checkboxes into `container`, ticking `staffOf`. */
export const showStaffPoints = async (container: HTMLElement, staffOf: readonly string[], s: Translate) => {
  const known = await readPoints().catch((error: unknown) => {
    console.warn('The lending points could not be loaded:', error);
    return [];
  });
  const unknown = staffOf.filter((id) => !known.some((point) => point.id === id));
  const choices = [
    ...known.map((point) => ({ id: point.id, label: point.name })),
    ...unknown.map((id) => ({ id, label: s('admin.roles.staffOf.unknown', { id }) })),
  ];
  if (choices.length === 0) {
    container.replaceChildren(element('p', 'muted', s('admin.roles.staffOf.none')));
    return;
  }
  container.replaceChildren(
    ...choices.map(({ id, label }, index) => {
      const input = element('input', { type: 'checkbox', id: `manage-staff-point-${index}`, value: id });
      input.checked = staffOf.includes(id);
      input.dataset.staffPoint = '';
      const text = element('label', { for: input.id }, label);
      return element('div', 'checkbox', input, text);
    }),
  );
};

/** The ids ticked. */
export const tickedStaffPoints = (container: HTMLElement) =>
  [...container.querySelectorAll<HTMLInputElement>('[data-staff-point]')]
    .filter((box) => box.checked)
    .map((box) => box.value);
