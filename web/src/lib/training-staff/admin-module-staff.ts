/**
 * One module on the instructors' administration page: its instructors, each with a button to
 * remove them, and a form naming one more from the staff and administrator accounts. Built
 * from the fields the page renders in JavaScript, each with its own label, error and status line.
 */
import { element, hiddenText } from '../ui/dom.ts';
import { pageLocale, type Translate } from '../ui/strings.ts';
import type { ModuleStaff } from './types.ts';

export interface StaffAccount {
  id: string;
  displayName: string;
  email: string;
}

export interface ModuleStaffPart {
  section: HTMLElement;
  status: HTMLElement;
  select: HTMLSelectElement;
  focusList(): void;
}

export const moduleStaffPart = (
  s: Translate,
  module: ModuleStaff,
  accounts: StaffAccount[],
  acts: { remove(userId: string, name: string): void; name(userId: string): void },
): ModuleStaffPart => {
  const title = module.title[pageLocale()];
  const base = `staff-${module.moduleId}`;
  const heading = element('h2', { id: `${base}-title`, tabindex: '-1' }, title);
  const named = new Set(module.instructors.map((instructor) => instructor.userId));
  const list = module.instructors.map((instructor) => {
    const name = instructor.displayName ?? s('trainingStaff.holders.unnamed');
    const remove = element(
      'button',
      { class: 'button button--secondary button--small', type: 'button' },
      s('trainingStaff.admin.remove'),
      ' ',
      hiddenText(s('trainingStaff.admin.removeFrom', { name, module: title })),
    );
    remove.addEventListener('click', () => acts.remove(instructor.userId, name));
    return element('li', undefined, element('span', undefined, name), ' ', remove);
  });

  const selectId = `${base}-person`;
  const select = element('select', {
    class: 'field__control',
    id: selectId,
    'aria-describedby': `${selectId}-hint`,
  });
  select.append(
    new Option(s('trainingStaff.admin.person.choose'), ''),
    ...accounts
      .filter((account) => !named.has(account.id))
      .map(
        (account) =>
          new Option(
            s('trainingStaff.admin.person.option', { name: account.displayName, email: account.email }),
            account.id,
          ),
      ),
  );
  const error = element(
    'p',
    { class: 'field__error', id: `${selectId}-error`, hidden: '' },
    s('trainingStaff.admin.person.error'),
  );
  const form = element(
    'form',
    { novalidate: '' },
    element(
      'div',
      'field',
      element('label', { class: 'field__label', for: selectId }, s('trainingStaff.admin.person.label')),
      element('p', { class: 'field__hint', id: `${selectId}-hint` }, s('trainingStaff.admin.person.hint')),
      error,
      select,
    ),
    element(
      'div',
      'form-actions',
      element('button', { class: 'button', type: 'submit' }, s('trainingStaff.admin.name'), ' ', hiddenText(title)),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    acts.name(select.value);
  });
  const status = element('p', { class: 'form-status', role: 'status' });
  const section = element(
    'section',
    { class: 'account-section', 'aria-labelledby': `${base}-title` },
    heading,
    list.length > 0 ? element('ul', 'teach-list', ...list) : element('p', undefined, s('trainingStaff.admin.none')),
    ...(accounts.length > 0 ? [form] : []),
    status,
  );
  return { section, status, select, focusList: () => heading.focus() };
};
