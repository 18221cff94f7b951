/** The project as the page shows it: title, cover, facts, notices, description, library and members. */
import { LICENCES } from '../../../../../functions/licences/licences.ts';
import { element } from '../../ui/dom.ts';
import { fillNodes, plural, type Translate } from '../../ui/strings.ts';
import { mediaFigure } from '../media-item.ts';
import type { ProjectDetail } from '../types.ts';

type Lookup = <T extends HTMLElement = HTMLElement>(selector: string) => T;

const showFacts = (q: Lookup, s: Translate, shown: ProjectDetail) => {
  q('[data-fact-status]').textContent = s('projects.page.status', { status: s(`projects.status.${shown.status}`) });
  const neighbourhood = q('[data-fact-neighbourhood]');
  neighbourhood.hidden = !shown.neighbourhood;
  neighbourhood.textContent = shown.neighbourhood ? s('projects.neighbourhood', { name: shown.neighbourhood }) : '';
  q('[data-fact-members]').textContent = plural(s, 'projects.page.memberCount', shown.memberCount);
  const licence = LICENCES[shown.defaultLicence];
  const link = element('a', undefined, licence.shortName);
  link.href = licence.deedUrl;
  link.rel = 'license';
  q('[data-fact-licence]').replaceChildren(...fillNodes(s('projects.page.licence'), { licence: link }));
  const tags = q('[data-tags]');
  tags.hidden = shown.tags.length === 0;
  tags.replaceChildren(...shown.tags.map((tag) => element('li', 'tag', tag)));
};

const showDescription = (q: Lookup, s: Translate, shown: ProjectDetail) => {
  const description = q('[data-description]');
  if (shown.descriptionHtml.trim()) {
    // Markdown rendered inert by the API (markdown-it, html: false): safe to insert as HTML.
    description.innerHTML = shown.descriptionHtml;
  } else {
    description.replaceChildren(element('p', 'muted', s('projects.description.empty')));
  }
};

const showMembers = (q: Lookup, s: Translate, shown: ProjectDetail) => {
  const members = shown.members.map((member) => {
    const item = element('li', undefined, element('span', 'member-list__name', member.attributionName));
    if (member.role === 'steward') item.append(' ', element('span', 'badge', s('projects.members.steward')));
    return item;
  });
  q('[data-members]').replaceChildren(
    ...(members.length > 0 ? members : [element('li', 'muted', s('projects.members.empty'))]),
  );
};

export const showProject = (q: Lookup, s: Translate, shown: ProjectDetail) => {
  document.title = s('site.titleSuffix', { page: shown.title });
  q('[data-title]').textContent = shown.title;
  q('[data-summary]').textContent = shown.summary;
  const cover = q<HTMLImageElement>('[data-cover]');
  cover.hidden = !shown.coverUrl;
  if (shown.coverUrl) cover.src = shown.coverUrl;
  q('[data-featured]').hidden = !shown.featured;
  showFacts(q, s, shown);

  q('[data-draft-notice]').hidden = shown.visibility !== 'draft';
  q('[data-hidden-banner]').hidden = !shown.hidden;
  q('[data-hidden-reason]').textContent = shown.hidden
    ? s('projects.page.hidden', { reason: shown.hidden.reason })
    : '';

  showDescription(q, s, shown);
  q('[data-media]').replaceChildren(...shown.media.map((media) => element('li', undefined, mediaFigure(media, s))));
  q('[data-media-empty]').hidden = shown.media.length > 0;
  showMembers(q, s, shown);
};
