/** A project as a card of the browse list: title linking to its page, summary, status, place, tags. */
import type { Locale } from '../../i18n/locales.ts';
import type { ProjectSummary } from '../api-types.ts';
import { element } from '../ui/dom.ts';
import { projectHref } from '../ui/links.ts';
import type { Translate } from '../ui/strings.ts';

export const projectCard = (project: ProjectSummary, s: Translate, locale: Locale): HTMLLIElement => {
  const card = element('li', 'card project-card');
  const link = element('a', undefined, project.title);
  link.href = projectHref(locale, project.slug);
  card.append(element('h3', undefined, link));
  if (project.featured) card.append(element('p', 'badge badge--featured', s('projects.featured')));
  card.append(element('p', undefined, project.summary));
  const meta = [s(`projects.status.${project.status}`)];
  if (project.neighbourhood) meta.push(s('projects.neighbourhood', { name: project.neighbourhood }));
  card.append(element('p', 'card__meta', meta.join(' · ')));
  if (project.tags.length > 0) {
    const tags = element('ul', 'tags');
    tags.setAttribute('aria-label', s('projects.tags'));
    tags.append(...project.tags.map((tag) => element('li', 'tag', tag)));
    card.append(tags);
  }
  return card;
};
