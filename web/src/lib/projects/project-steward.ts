/**
 * Stewards' tools on a project page (loaded only for them): answer requests to join, change
 * roles and remove members, invite by e-mail, and edit the project (only the fields that changed
 * are sent, so the activity log says what was edited).
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, element, hiddenText, part, timeElement } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { clearErrors, readProblem, reportErrors } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { fillNodes } from '../ui/strings.ts';
import { type ProjectValues, projectForm } from './project-form.ts';
import type { JoinRequest, ProjectDetail, ProjectMember, SignedInContext } from './types.ts';

type ProjectChanges = Partial<Omit<ProjectValues, 'slug' | 'neighbourhood'>> & { neighbourhood?: string | null };

const samePlace = (a: ProjectDetail['place'] | null, b: ProjectDetail['place'] | null) =>
  (a?.lat ?? null) === (b?.lat ?? null) && (a?.lng ?? null) === (b?.lng ?? null);

/** What the form changes of the project: only those fields go to the API. */
const changesOf = (project: ProjectDetail, values: ProjectValues): ProjectChanges => {
  const changes: ProjectChanges = {};
  for (const key of [
    'title',
    'summary',
    'description',
    'defaultLicence',
    'status',
    'joinMode',
    'visibility',
  ] as const) {
    if (values[key] !== project[key]) Object.assign(changes, { [key]: values[key] });
  }
  if (values.neighbourhood !== (project.neighbourhood ?? '')) changes.neighbourhood = values.neighbourhood || null;
  if (values.tags.join(',') !== project.tags.join(',')) changes.tags = values.tags;
  if (!samePlace(project.place ?? null, values.place)) changes.place = values.place;
  return changes;
};

export const startStewardTools = (context: SignedInContext) => {
  const { root, s, slug, profile } = context;
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const endpoint = api.api.projects[':slug'];
  const param = { slug };

  /** A failure common to every tool: a lost stewardship reloads who the person is in the project. */
  const failed = (statusLine: HTMLElement, code: number) => {
    say(statusLine, commonFailure(code, s), 'error');
    if (code === 403) void context.refreshMembership();
  };

  // Requests to join
  const requestList = q('[data-requests]');
  const requestStatus = q('[data-requests-status]');
  const decide = (request: JoinRequest, accept: boolean) =>
    guarded(
      async () => {
        say(requestStatus, '');
        const response = await endpoint.requests[':userId'].$post({
          param: { slug, userId: request.userId },
          json: { accept },
        });
        const code = response.status as number;
        if (code === 200) {
          const name = request.attributionName;
          say(
            requestStatus,
            s(accept ? 'projects.requests.accepted' : 'projects.requests.refused', { name }),
            'success',
          );
        } else if (code === 404 || code === 409) {
          say(requestStatus, s('projects.requests.gone'));
        } else {
          failed(requestStatus, code);
          return;
        }
        requestList.focus();
        await loadRequests();
        if (accept) await context.refresh();
        void context.refreshActivity();
      },
      () => say(requestStatus, s('form.failed'), 'error'),
    );

  const requestItem = (request: JoinRequest) => {
    const item = element(
      'li',
      'request',
      element('p', 'request__name', element('strong', undefined, request.attributionName)),
      element(
        'p',
        'request__date muted',
        ...fillNodes(s('projects.requests.date'), { date: timeElement(request.createdAt) }),
      ),
    );
    if (request.message) item.append(element('blockquote', 'request__message', request.message));
    const actions = element('p', 'form-actions');
    for (const accept of [true, false]) {
      const button = element(
        'button',
        accept ? 'button button--small' : 'button button--secondary button--small',
        s(accept ? 'projects.requests.accept' : 'projects.requests.refuse'),
        hiddenText(` ${s('projects.requests.of', { name: request.attributionName })}`),
      );
      button.type = 'button';
      button.addEventListener('click', () => void decide(request, accept)());
      actions.append(button);
    }
    item.append(actions);
    return item;
  };

  const loadRequests = async () => {
    try {
      const response = await endpoint.requests.$get({ param }, { init: { cache: 'no-store' } });
      if (!response.ok) {
        failed(requestStatus, response.status);
        return;
      }
      const { items } = await response.json();
      requestList.replaceChildren(
        ...(items.length > 0 ? items.map(requestItem) : [element('li', 'muted', s('projects.requests.empty'))]),
      );
    } catch {
      say(requestStatus, s('form.failed'), 'error');
    }
  };

  // Members and roles
  const manageList = q('[data-manage]');
  const manageStatus = q('[data-manage-status]');
  const roleName = (role: ProjectMember['role']) =>
    s(role === 'steward' ? 'projects.members.steward' : 'projects.members.member');

  const manageItem = (member: ProjectMember) => {
    const self = member.userId === profile.id;
    const name = member.attributionName;
    const selectId = `role-${member.userId}`;
    const select = element('select', 'field__control field__control--inline');
    select.id = selectId;
    for (const role of ['steward', 'member'] as const) {
      const option = element('option', undefined, s(`projects.manage.role.${role}`));
      option.value = role;
      option.selected = member.role === role;
      select.append(option);
    }
    const label = element('label', 'field__label', s('projects.manage.role.label', { name }));
    label.htmlFor = selectId;
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
          say(manageStatus, '');
          const role = select.value === 'steward' ? 'steward' : 'member';
          const response = await endpoint.members[':userId'].$put({
            param: { slug, userId: member.userId },
            json: { role },
          });
          const code = response.status as number;
          if (code === 409) {
            say(manageStatus, s('projects.lastSteward'), 'error');
            select.value = member.role;
            return;
          }
          if (!response.ok) {
            failed(manageStatus, code);
            return;
          }
          say(manageStatus, s('projects.manage.roleSaved', { name, role: roleName(role) }), 'success');
          manageList.focus();
          if (self) await context.refreshMembership();
          await context.refresh();
          void context.refreshActivity();
        },
        () => say(manageStatus, s('form.failed'), 'error'),
      ),
    );
    const actions = element('p', 'form-actions', save);
    // Leaving oneself is the "Leave the project" button, with its own wording.
    if (!self) {
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
            say(manageStatus, '');
            if (!window.confirm(s('projects.manage.removeConfirm', { name }))) return;
            const response = await endpoint.members[':userId'].$delete({ param: { slug, userId: member.userId } });
            const code = response.status as number;
            if (code === 409) {
              say(manageStatus, s('projects.lastSteward'), 'error');
              return;
            }
            if (!response.ok) {
              failed(manageStatus, code);
              return;
            }
            say(manageStatus, s('projects.manage.removed', { name }), 'success');
            manageList.focus();
            await context.refresh();
            void context.refreshActivity();
          },
          () => say(manageStatus, s('form.failed'), 'error'),
        ),
      );
      actions.append(remove);
    }
    const title = self ? s('projects.manage.you', { name }) : name;
    return element(
      'li',
      'manage-item',
      element('p', 'manage-item__name', element('strong', undefined, title)),
      element('div', 'field', label, select),
      actions,
    );
  };
  const renderMembers = (project: ProjectDetail) => manageList.replaceChildren(...project.members.map(manageItem));

  // Invitations
  const inviteForm = q<HTMLFormElement>('[data-invite-form]');
  const inviteEmail = byId<HTMLInputElement>('invite-email');
  const inviteStatus = part(inviteForm, '[data-form-status]');
  const invite = guarded(
    async () => {
      clearErrors(inviteForm);
      say(inviteStatus, '');
      inviteEmail.value = inviteEmail.value.trim();
      if (!reportErrors(inviteEmail.value && inviteEmail.checkValidity() ? [] : [inviteEmail])) return;
      const email = inviteEmail.value;
      const response = await endpoint.invitations.$post({ param, json: { email } });
      const code = response.status as number;
      if (code === 202) {
        inviteEmail.value = '';
        say(inviteStatus, s('projects.invite.sent', { email }), 'success');
        void context.refreshActivity();
      } else if (code === 400) {
        reportErrors([inviteEmail]);
      } else {
        failed(inviteStatus, code);
      }
    },
    () => say(inviteStatus, s('form.failed'), 'error'),
  );
  inviteForm.addEventListener('submit', (event) => {
    event.preventDefault();
    void invite();
  });

  // Editing
  const editElement = q<HTMLFormElement>('[data-project-form]');
  const edit = projectForm(editElement, s);
  edit.fill(context.project());
  const save = guarded(
    async () => {
      const values = edit.read();
      if (!values) return;
      const changes = changesOf(context.project(), values);
      if (Object.keys(changes).length === 0) {
        say(edit.status, s('projects.edit.unchanged'));
        return;
      }
      say(edit.status, s('projects.edit.saving'));
      const response = await endpoint.$patch({ param, json: changes });
      const code = response.status as number;
      if (code === 200) {
        // The API answers with the whole project: shown at once, and in the form.
        const updated = (await response.json()) as ProjectDetail;
        context.show(updated);
        edit.fill(updated);
        say(edit.status, s('projects.edit.saved'), 'success');
        void context.refreshActivity();
      } else if (code === 409) {
        say(edit.status, s('projects.edit.conflict'), 'error');
      } else if (code === 400 && edit.showProblem(await readProblem(response))) {
        // Shown on the fields.
      } else {
        failed(edit.status, code);
      }
    },
    () => say(edit.status, s('form.failed'), 'error'),
  );
  editElement.addEventListener('submit', (event) => {
    event.preventDefault();
    void save();
  });

  context.onRender(renderMembers);
  renderMembers(context.project());
  void loadRequests();
};
