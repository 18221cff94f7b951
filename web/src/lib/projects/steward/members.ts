/** Members and their roles, managed by stewards: a role changed, a member removed (never the last steward). */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { element, hiddenText } from '../../ui/dom.ts';
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

  const saveButton = (member: ProjectMember, select: HTMLSelectElement) => {
    const name = member.attributionName;
    const save = element(
      'button',
      'button button--secondary button--small',
      s('projects.manage.save'),
      hiddenText(` ${s('projects.manage.of', { name })}`),
    );
    save.type = 'button';
    save.addEventListener(
      'click',
      guarded(
        async () => {
          say(status, '');
          const role = select.value === 'steward' ? 'steward' : 'member';
          const response = await endpoint.$put({ param: { slug, userId: member.userId }, json: { role } });
          const code = response.status as number;
          if (code === 409) {
            say(status, s('projects.lastSteward'), 'error');
            select.value = member.role;
            return;
          }
          if (!response.ok) {
            context.failed(status, code);
            return;
          }
          say(status, s('projects.manage.roleSaved', { name, role: roleName(role) }), 'success');
          list.focus();
          if (member.userId === profile.id) await context.refreshMembership();
          await context.refresh();
          void context.refreshActivity();
        },
        () => say(status, s('form.failed'), 'error'),
      ),
    );
    return save;
  };

  // Leaving oneself is the "Leave the project" button, with its own wording: no remove button then.
  const removeButton = (member: ProjectMember) => {
    const name = member.attributionName;
    const remove = element(
      'button',
      'button button--danger button--small',
      s('projects.manage.remove'),
      hiddenText(` ${s('projects.manage.of', { name })}`),
    );
    remove.type = 'button';
    remove.addEventListener(
      'click',
      guarded(
        async () => {
          say(status, '');
          if (!window.confirm(s('projects.manage.removeConfirm', { name }))) return;
          const response = await endpoint.$delete({ param: { slug, userId: member.userId } });
          const code = response.status as number;
          if (code === 409) {
            say(status, s('projects.lastSteward'), 'error');
            return;
          }
          if (!response.ok) {
            context.failed(status, code);
            return;
          }
          say(status, s('projects.manage.removed', { name }), 'success');
          list.focus();
          await context.refresh();
          void context.refreshActivity();
        },
        () => say(status, s('form.failed'), 'error'),
      ),
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
