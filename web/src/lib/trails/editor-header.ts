/**
 * The editor's header, redrawn with every editor shown: the page title, the trail's title and
 * status, its project, the link to its page, and what the viewer's role lets them do (steward-only
 * sections shown or hidden; for others, a notice saying what they may do instead).
 */
import { element, part } from '../ui/dom.ts';
import { projectHref, trailHref } from '../ui/links.ts';
import { fillNodes, pageLocale } from '../ui/strings.ts';
import { licenceNames } from './editor-licences.ts';
import type { EditorContext, TrailEditor } from './editor-types.ts';

export const renderHeader = ({ root, s }: EditorContext, shown: TrailEditor) => {
  const q = (selector: string) => part(root, selector);
  const locale = pageLocale();
  const { trail, canEdit, canContribute } = shown;
  document.title = s('site.titleSuffix', { page: s('trailEditor.meta.titleOf', { title: trail.title }) });
  q('[data-kicker]').hidden = false;
  q('[data-trail-title]').textContent = trail.title;
  const badge = q('[data-trail-status]');
  badge.textContent = s(trail.status === 'published' ? 'trailEditor.status.published' : 'trailEditor.status.draft');
  badge.dataset.status = trail.status;
  const project = element('a', undefined, trail.projectTitle);
  project.href = projectHref(locale, trail.projectSlug);
  q('[data-trail-project]').replaceChildren(...fillNodes(s('trailEditor.project'), { project }));
  const view = element('a', undefined, s('trailEditor.view'));
  view.href = trailHref(locale, trail.id);
  q('[data-trail-view]').replaceChildren(view);

  for (const section of root.querySelectorAll<HTMLElement>('[data-steward-only]')) section.hidden = !canEdit;
  const notice = q('[data-role-notice]');
  notice.hidden = canEdit;
  if (canEdit) return;
  q('[data-role-text]').textContent = s(
    canContribute
      ? 'trailEditor.role.contributor'
      : trail.contributionMode === 'members'
        ? 'trailEditor.role.membersOnly'
        : 'trailEditor.role.none',
  );
  const moderation = q('[data-role-moderation]');
  moderation.hidden = !canContribute;
  moderation.textContent = s(`trailEditor.role.moderation.${trail.moderationMode}`);
  const licences = q('[data-role-licences]');
  licences.hidden = !canContribute;
  licences.textContent = s('trailEditor.role.licences', { list: licenceNames(trail.licencePolicy) });
};
