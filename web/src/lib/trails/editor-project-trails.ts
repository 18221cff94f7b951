/**
 * The project's trails among the stewards' tools of a project page
 * (`views/trails/EditorProjectTrails.astro`): once those tools are shown, lists the project's
 * trails (drafts too, from `GET /api/me/trails`) with links to their editor, and points "New
 * trail" at this project.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, part } from '../ui/dom.ts';
import { projectParams } from '../ui/links.ts';
import { pageLocale, plural, stringsOf } from '../ui/strings.ts';
import { trailNewHref } from './editor-links.ts';
import { trailEditHref } from './links.ts';

const start = async (section: HTMLElement, slug: string) => {
  const s = stringsOf(section);
  const locale = pageLocale();
  const list = part(section, '[data-project-trails-list]');
  const status = part(section, '[data-project-trails-status]');
  try {
    const response = await api.api.me.trails.$get({}, { init: { cache: 'no-store' } });
    if (!response.ok) throw new Error(`GET /api/me/trails answered ${response.status}`);
    const trails = (await response.json()).items.filter((trail) => trail.projectSlug === slug);
    list.replaceChildren(
      ...trails.map((trail) => {
        return element(
          'li',
          undefined,
          element('a', { href: trailEditHref(locale, trail.id) }, trail.title),
          ' ',
          element(
            'span',
            'badge',
            s(trail.status === 'published' ? 'trailEditor.status.published' : 'trailEditor.status.draft'),
          ),
          ' ',
          element('span', 'muted', plural(s, 'trailEditor.projectTrails.stops', trail.stopCount)),
        );
      }),
    );
    if (trails.length === 0) say(status, s('trailEditor.projectTrails.empty'));
  } catch (error) {
    console.warn('The project’s trails could not be listed:', error);
    say(status, s('trailEditor.projectTrails.error'), 'error');
  }
};

const section = document.querySelector<HTMLElement>('[data-project-trails]');
const slug = new URLSearchParams(window.location.search).get(projectParams[pageLocale()].project)?.trim() ?? '';
const tools = section?.closest<HTMLElement>('[data-steward-tools]');
if (section && tools && slug) {
  part<HTMLAnchorElement>(section, '[data-project-trail-new]').href = trailNewHref(pageLocale(), slug);
  let started = false;
  const startWhenShown = () => {
    if (started || tools.hidden) return;
    started = true;
    observer.disconnect();
    void start(section, slug);
  };
  const observer = new MutationObserver(startWhenShown);
  observer.observe(tools, { attributes: true, attributeFilter: ['hidden'] });
  startWhenShown();
}
