/** A reported project in the queue: its summary and reports; administrators alone restore or hide it. */
import { api } from '../../api.ts';
import { element } from '../../ui/dom.ts';
import type { ModerationItem } from '../types.ts';
import type { ModerationContext } from './context.ts';
import { decisionParts, flagList, itemStatus } from './item-parts.ts';

type ReportedProject = Extract<ModerationItem, { kind: 'project' }>;

const decisions = (context: ModerationContext, { project }: ReportedProject, status: HTMLElement) => {
  const endpoint = api.api.moderation.projects[':slug'];
  const param = { slug: project.slug };
  return decisionParts(
    context,
    {
      title: project.title,
      key: `project-${project.slug}`,
      restore: () => endpoint.restore.$post({ param }),
      hide: (reason) => endpoint.hide.$post({ param, json: { reason } }),
    },
    status,
  );
};

export const projectItem = (context: ModerationContext, item: ReportedProject) => {
  const { tr } = context;
  const { project } = item;
  const status = itemStatus();
  const li = element(
    'li',
    { class: 'queue-item', 'data-kind': 'project', 'data-id': project.slug },
    element(
      'div',
      { class: 'queue-item__head' },
      element('span', { class: 'badge' }, tr('media.moderation.kind.project')),
      element('h3', {}, project.title),
      project.hidden ? element('span', { class: 'badge badge--hidden' }, tr('media.status.hidden')) : '',
    ),
    element('p', { class: 'queue-item__text' }, project.summary),
  );
  if (project.hidden)
    li.append(
      element(
        'p',
        { class: 'media-item__reason' },
        tr('media.moderation.projectHidden', { reason: project.hidden.reason }),
      ),
    );
  li.append(flagList(context, item.flags));
  if (!context.isAdmin) {
    li.append(element('p', { class: 'muted' }, tr('media.moderation.adminsOnly')));
    return li;
  }
  li.append(...decisions(context, item, status), status);
  return li;
};
