/** Members and their roles, managed by stewards: a role changed, a member removed (never the last steward). */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { namedButton } from '../../ui/buttons.ts';
import { element } from '../../ui/dom.ts';
import { guarded } from '../../ui/guard.ts';
import type { ProjectDetail, ProjectMember } from '../types.ts';
import type { StewardContext } from './context.ts';

export const memberManager = (context: StewardContext) => {
  const { q, s, slug, profile } = context;
  const endpoint = api.api.projects[':slug'].members[':userId'];
  const list = q('[data-manage]');
  const status = q('[data-manage-status]');
  const roleName = (role: ProjectMember['role']) =>
    s(role === 'steward' ? 'projects.members.steward' : 'projects.members.member');

  const roleSelect = (member: ProjectMember) => {
    const selectId = `role-${member.userId}`;
    const select = element('select', 'field__control field__control--inline');
    select.id = selectId;
    for (const role of ['steward', 'member'] as const) {
      const option = element('option', undefined, s(`projects.manage.role.${role}`));
      option.value = role;
      option.selected = member.role === role;
      select.append(option);
    }
    const label = element('label', 'field__label', s('projects.manage.role.label', { name: member.attributionName }));
    label.htmlFor = selectId;
    return { select, label };
  };

  /**
   * A change of `member`, sent once at a time (`send` gives no response when the person thought
   * better of it). A 409: the project would be left without a steward. Once done, it is said, and
   * the project (and one's own membership) read again.
   */
  const change = (
    member: ProjectMember,
    send: () => Promise<Response | undefined>,
    done: () => string,
    kept = () => {},
  ) =>
    guarded(
      async () => {
        say(status, '');
        const response = await send();
        if (!response) return;
        const code = response.status as number;
        if (code === 409) {
          say(status, s('projects.lastSteward'), 'error');
          kept();
          return;
        }
        if (!response.ok) {
          context.failed(status, code);
          return;
        }
        say(status, done(), 'success');
        list.focus();
        if (member.userId === profile.id) await context.refreshMembership();
        await context.refresh();
        void context.refreshActivity();
      },
      () => say(status, s('form.failed'), 'error'),
    );

  const saveButton = (member: ProjectMember, select: HTMLSelectElement) => {
    const name = member.attributionName;
    const save = namedButton(s('projects.manage.save'), s('projects.manage.of', { name }));
    let role = member.role;
    const send = () => {
      role = select.value === 'steward' ? 'steward' : 'member';
      return endpoint.$put({ param: { slug, userId: member.userId }, json: { role } });
    };
    const saved = () => s('projects.manage.roleSaved', { name, role: roleName(role) });
    save.addEventListener(
      'click',
      change(member, send, saved, () => {
        select.value = member.role;
      }),
    );
    return save;
  };

  // Leaving oneself is the "Leave the project" button, with its own wording: no remove button then.
  const removeButton = (member: ProjectMember) => {
    const name = member.attributionName;
    const remove = namedButton(
      s('projects.manage.remove'),
      s('projects.manage.of', { name }),
      'button button--danger button--small',
    );
    const send = async () =>
      window.confirm(s('projects.manage.removeConfirm', { name }))
        ? endpoint.$delete({ param: { slug, userId: member.userId } })
        : undefined;
    remove.addEventListener(
      'click',
      change(member, send, () => s('projects.manage.removed', { name })),
    );
    return remove;
  };

  const manageItem = (member: ProjectMember) => {
    const self = member.userId === profile.id;
    const name = member.attributionName;
    const { select, label } = roleSelect(member);
    const actions = element('p', 'form-actions', saveButton(member, select));
    if (!self) actions.append(removeButton(member));
    const title = self ? s('projects.manage.you', { name }) : name;
    return element(
      'li',
      'manage-item',
      element('p', 'manage-item__name', element('strong', undefined, title)),
      element('div', 'field', label, select),
      actions,
    );
  };

  return {
    render: (project: ProjectDetail) => list.replaceChildren(...project.members.map(manageItem)),
  };
};
