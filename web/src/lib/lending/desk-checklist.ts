/**
 * The desk's checklist and tag field, shared by hand-over, take-back and walk-in forms: one
 * checkbox per part of the kit (and, at take-back, one for "damaged"), unticked until staff
 * check the part; and a tag field a handheld scanner types into, whose Enter checks the tag and
 * moves on to the checklist instead of sending the form.
 */
import { element, part } from '../ui/dom.ts';
import { setInvalid } from '../ui/form.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { DeskPart } from './desk-types.ts';

/** Draws the checklist of `parts` in `form`, its ids starting with `prefix`. */
export const drawChecklist = (
  form: HTMLElement,
  s: Translate,
  prefix: string,
  parts: DeskPart[],
  options: { damaged?: boolean } = {},
) => {
  const locale = pageLocale();
  const list = part(form, '[data-checklist]');
  list.replaceChildren(
    ...parts.map((kitPart, index) => {
      const present = `${prefix}-part-${index}`;
      const damaged = `${prefix}-damaged-${index}`;
      const name = kitPart.name[locale];
      return element(
        'li',
        undefined,
        element(
          'span',
          'choice',
          element('input', { type: 'checkbox', id: present, 'data-part': String(index) }),
          element(
            'label',
            { for: present },
            s('lendingDesk.checklist.present', { part: name, quantity: kitPart.quantity }),
          ),
        ),
        ...(options.damaged
          ? [
              element(
                'span',
                'choice',
                element('input', { type: 'checkbox', id: damaged, 'data-damaged': String(index) }),
                element('label', { for: damaged }, s('lendingDesk.checklist.damaged', { part: name })),
              ),
            ]
          : []),
      );
    }),
  );
  if (parts.length === 0) list.append(element('li', undefined, s('lendingDesk.checklist.none')));
};

/** The ticks of the checklist, in the kit's order. */
export const readChecklist = (form: HTMLElement) =>
  [...form.querySelectorAll<HTMLInputElement>('[data-part]')].map((box) => {
    const damaged = form.querySelector<HTMLInputElement>(`[data-damaged="${box.dataset.part}"]`)?.checked;
    return { present: box.checked, ...(damaged ? { damaged: true } : {}) };
  });

/**
 * Makes Enter in the tag field (a scanner's last key) check the tag with `check` (which says
 * what it found in the note) and move focus to the first part of the checklist, or `next`.
 */
export const scannerField = (
  form: HTMLElement,
  check: (tag: string) => Promise<void> | void,
  next: () => HTMLElement | null,
) => {
  const input = part<HTMLInputElement>(form, '[data-tag]');
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const tag = input.value.trim().toUpperCase();
    input.value = tag;
    setInvalid(input, tag === '');
    if (!tag) return;
    void (async () => {
      await check(tag);
      (form.querySelector<HTMLElement>('[data-part]') ?? next())?.focus();
    })();
  });
  return input;
};
