/**
 * The trail page's content, drawn from the trail the API sent: title, project, cover, facts,
 * description, the stops with their players, the credits and the download links; and the stop the
 * walker is at, highlighted.
 */
import { element } from '../ui/dom.ts';
import { languageList } from '../ui/format.ts';
import { contributorHref, projectHref, trailHref } from '../ui/links.ts';
import { licenceLink } from '../ui/media-player.ts';
import { fillNodes, pageLocale, plural, type Translate } from '../ui/strings.ts';
import { formatDistance, formatWalkingTime } from './format.ts';
import { trailEditHref } from './links.ts';
import { trailApiPath } from './offline.ts';
import { stopMediaFigure } from './stop-media.ts';
import { stopAnchor, type TrailPageContext } from './trail-page-context.ts';
import type { Credit, TrailDetail } from './types.ts';

const creditItems = (credits: Credit[], s: Translate) =>
  credits.map((credit) => {
    const works = credit.works.map((work) =>
      element(
        'li',
        undefined,
        ...fillNodes(s('trails.credits.work'), {
          title: element('cite', undefined, work.title),
          licence: licenceLink(work.licence),
        }),
      ),
    );
    const name = credit.attributionName === 'anonymous' ? s('trails.media.anonymous') : credit.attributionName;
    const who = element('strong', undefined, name);
    if (credit.contributorId) {
      // Their public contributor page, as each medium's own credit links it.
      const link = element('a', undefined, name) as HTMLAnchorElement;
      link.href = contributorHref(pageLocale(), credit.contributorId);
      who.replaceChildren(link);
    }
    return element('li', undefined, who, element('ul', undefined, ...works));
  });

const renderFacts = ({ q, s, locale }: TrailPageContext, trail: TrailDetail) => {
  const facts = [
    s('trails.area', { name: trail.area }),
    s('trails.languages', { list: languageList(locale, trail.languages) }),
    plural(s, 'trails.stops', trail.stops.length),
    s('trails.distance', { distance: formatDistance(locale, trail.distanceMetres) }),
    s('trails.walkingTime', { time: formatWalkingTime(locale, trail.walkingMinutes) }),
  ];
  q('[data-facts]').replaceChildren(...facts.map((fact) => element('li', undefined, fact)));
};

const renderStops = ({ q, s }: TrailPageContext, trail: TrailDetail) => {
  const items = trail.stops.map((stop, index) => {
    const item = element('li', 'stop');
    item.id = stopAnchor(index);
    const number = element('span', 'stop__number', String(index + 1));
    number.setAttribute('aria-hidden', 'true');
    const heading = element(
      'h3',
      'stop__title',
      number,
      element('span', 'visually-hidden', s('trails.stop.number', { number: index + 1 })),
      stop.title,
    );
    const here = element('p', 'stop__here', s('trails.stop.here'));
    here.hidden = true;
    item.append(heading, here);
    if (stop.text) item.append(element('p', 'stop__text', stop.text));
    if (stop.contributorName) item.append(element('p', 'muted', s('trails.stop.by', { name: stop.contributorName })));
    if (stop.media.length > 0) {
      item.append(element('div', 'stop__media', ...stop.media.map((media) => stopMediaFigure(media, s))));
    } else {
      item.append(element('p', 'muted', s('trails.stop.noMedia')));
    }
    return item;
  });
  q('[data-stops]').replaceChildren(...items);
  q('[data-stops-empty]').hidden = items.length > 0;
};

/** Marks the stop the walker is in the zone of (its index), or none (-1). */
export const highlightStop = ({ q }: TrailPageContext, index: number) => {
  for (const [position, item] of [...q('[data-stops]').children].entries()) {
    const here = position === index;
    (item as HTMLElement).dataset.here = String(here);
    const badge = item.querySelector<HTMLElement>('.stop__here');
    if (badge) badge.hidden = !here;
  }
};

const renderCredits = ({ q, s }: TrailPageContext, trail: TrailDetail) => {
  const credits = creditItems(trail.credits, s);
  q('[data-credits]').replaceChildren(
    ...(credits.length > 0 ? credits : [element('li', 'muted', s('trails.credits.empty'))]),
  );
  const forked = q('[data-forked-credits]');
  forked.hidden = !trail.forkedFrom;
  if (trail.forkedFrom) {
    q('[data-forked-credits-title]').textContent = s('trails.credits.original', { title: trail.forkedFrom.title });
    q('[data-forked-credits-list]').replaceChildren(...creditItems(trail.forkedFrom.credits, s));
  }
};

export const renderTrail = (context: TrailPageContext, trail: TrailDetail) => {
  const { root, q, s, locale } = context;
  document.title = s('site.titleSuffix', { page: trail.title });
  q('[data-title]').textContent = trail.title;
  const project = element('a', undefined, trail.projectTitle);
  project.href = projectHref(locale, trail.projectSlug);
  q('[data-project]').replaceChildren(...fillNodes(s('trails.page.project'), { project }));
  // The cover is decorative (alt=""): the trail's title is right beside it.
  const cover = q<HTMLImageElement>('[data-cover]');
  cover.hidden = !trail.coverUrl;
  if (trail.coverUrl) cover.src = trail.coverUrl;
  else cover.removeAttribute('src');
  q('[data-featured]').hidden = !trail.featured;
  q('[data-draft-notice]').hidden = trail.status !== 'draft';
  q('[data-offline-notice]').hidden = navigator.onLine;
  renderFacts(context, trail);

  const forkedFrom = q('[data-forked-from]');
  forkedFrom.hidden = !trail.forkedFrom;
  if (trail.forkedFrom) {
    const original = element('a', undefined, trail.forkedFrom.title);
    original.href = trailHref(locale, trail.forkedFrom.id);
    forkedFrom.replaceChildren(...fillNodes(s('trails.page.forkedFrom'), { trail: original }));
  }

  const description = q('[data-description]');
  description.hidden = !trail.descriptionHtml.trim();
  // Markdown rendered inert by the API (sanitised server-side): safe to insert as HTML.
  description.innerHTML = trail.descriptionHtml;

  renderStops(context, trail);
  renderCredits(context, trail);
  for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-download]')) {
    const kind = link.dataset.download;
    const base = trailApiPath(trail.id);
    link.href = kind === 'geojson' ? `${base}.geojson` : kind === 'gpx' ? `${base}.gpx` : `${base}/credits.txt`;
  }
  q<HTMLAnchorElement>('[data-edit-link]').href = trailEditHref(locale, trail.id);
};
