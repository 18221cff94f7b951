/** Requests to join, answered by stewards: accepted (the person becomes a member) or refused. */
import { api } from '../../api.ts';
import { say } from '../../ui/announce.ts';
import { decisionButtons } from '../../ui/buttons.ts';
import { element, timeElement } from '../../ui/dom.ts';
import { guarded } from '../../ui/guard.ts';
import { fillNodes } from '../../ui/strings.ts';
import type { JoinRequest } from '../types.ts';
import type { StewardContext } from './context.ts';

export const joinRequests = (context: StewardContext) => {
  const { q, s, slug } = context;
  const endpoint = api.api.projects[':slug'];
  const list = q('[data-requests]');
  const status = q('[data-requests-status]');

  const decide = (request: JoinRequest, accept: boolean) =>
    guarded(
      async () => {
        say(status, '');
        const response = await endpoint.requests[':userId'].$post({
          param: { slug, userId: request.userId },
          json: { accept },
        });
        const code = response.status as number;
        if (code === 200) {
          const name = request.attributionName;
          say(status, s(accept ? 'projects.requests.accepted' : 'projects.requests.refused', { name }), 'success');
        } else if (code === 404 || code === 409) {
          say(status, s('projects.requests.gone'));
        } else {
          context.failed(status, code);
          return;
        }
        list.focus();
        await load();
        if (accept) await context.refresh();
        void context.refreshActivity();
      },
      () => say(status, s('form.failed'), 'error'),
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
    const labels = { accept: s('projects.requests.accept'), decline: s('projects.requests.refuse') };
    const of = s('projects.requests.of', { name: request.attributionName });
    item.append(
      element('p', 'form-actions', ...decisionButtons(labels, of, (accept) => void decide(request, accept)())),
    );
    return item;
  };

  const load = async () => {
    try {
      const response = await endpoint.requests.$get({ param: { slug } }, { init: { cache: 'no-store' } });
      if (!response.ok) {
        context.failed(status, response.status);
        return;
      }
      const { items } = await response.json();
      list.replaceChildren(
        ...(items.length > 0 ? items.map(requestItem) : [element('li', 'muted', s('projects.requests.empty'))]),
      );
    } catch {
      say(status, s('form.failed'), 'error');
    }
  };

  return { load };
};
