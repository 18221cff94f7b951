/** A reported project in the queue: its summary and reports; administrators alone restore or hide it. */
import { api } from '../../api.ts';
import { element } from '../../ui/dom.ts';
import type { ModerationItem } from '../types.ts';
import type { ModerationContext } from './context.ts';
import { hiddenBadge, queueEntry, reasonLine } from './item-parts.ts';

type ReportedProject = Extract<ModerationItem, { kind: 'project' }>;

export const projectItem = (context: ModerationContext, { project, flags }: ReportedProject) => {
  const { tr } = context;
  const endpoint = api.api.moderation.projects[':slug'];
  const param = { slug: project.slug };
  return queueEntry(context, {
    kind: 'project',
    id: project.slug,
    title: project.title,
    badge: project.hidden ? hiddenBadge(context) : undefined,
    about: [
      element('p', { class: 'queue-item__text' }, project.summary),
      project.hidden ? reasonLine(tr('media.moderation.projectHidden', { reason: project.hidden.reason })) : undefined,
    ],
    flags,
    restore: () => endpoint.restore.$post({ param }),
    hide: (reason) => endpoint.hide.$post({ param, json: { reason } }),
    adminsOnly: tr('media.moderation.adminsOnly'),
  });
};
