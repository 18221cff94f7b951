/**
 * Browser island of the trail page (`views/trails/TrailView.astro`): reads the trail named by
 * `?id=` from `GET /api/trails/{id}` and shows it (facts, description, stops with their players,
 * transcripts and attributions, credits, downloads), then its map (Leaflet, in a chunk of its own),
 * walk mode, the offline copy, the report form (anyone) and, for a signed-in person, forking.
 */
import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { byId, element, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { clearErrors, minutesToWait, readProblem, reportErrors } from '../ui/form.ts';
import { languageList } from '../ui/format.ts';
import { guarded } from '../ui/guard.ts';
import { contributorHref, projectHref, trailHref } from '../ui/links.ts';
import { licenceLink } from '../ui/media-player.ts';
import { showState } from '../ui/page-states.ts';
import { currentViewer, maybeSignedIn } from '../ui/session.ts';
import { fillNodes, pageLocale, plural, stringsOf, type Translate } from '../ui/strings.ts';
import { formatDistance, formatSize, formatWalkingTime } from './format.ts';
import { carryQueryToOtherLanguage, trailEditHref } from './links.ts';
import {
  isSavedOffline,
  offlineSupported,
  refreshOffline,
  removeOffline,
  saveOffline,
  trailApiPath,
} from './offline.ts';
import { oneAtATime, stopMediaFigure } from './stop-media.ts';
import type { Credit, TrailDetail } from './types.ts';
import { startWalkMode } from './walk.ts';

const stopAnchor = (index: number) => `stop-${index + 1}`;

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

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const id = new URLSearchParams(window.location.search).get('id')?.trim() ?? '';
  carryQueryToOtherLanguage();

  const renderFacts = (trail: TrailDetail) => {
    const facts = [
      s('trails.area', { name: trail.area }),
      s('trails.languages', { list: languageList(locale, trail.languages) }),
      plural(s, 'trails.stops', trail.stops.length),
      s('trails.distance', { distance: formatDistance(locale, trail.distanceMetres) }),
      s('trails.walkingTime', { time: formatWalkingTime(locale, trail.walkingMinutes) }),
    ];
    q('[data-facts]').replaceChildren(...facts.map((fact) => element('li', undefined, fact)));
  };

  const renderStops = (trail: TrailDetail) => {
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

  const highlight = (index: number) => {
    for (const [position, item] of [...q('[data-stops]').children].entries()) {
      const here = position === index;
      (item as HTMLElement).dataset.here = String(here);
      const badge = item.querySelector<HTMLElement>('.stop__here');
      if (badge) badge.hidden = !here;
    }
  };

  const renderCredits = (trail: TrailDetail) => {
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

  const render = (trail: TrailDetail) => {
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
    renderFacts(trail);

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

    renderStops(trail);
    renderCredits(trail);
    for (const link of root.querySelectorAll<HTMLAnchorElement>('[data-download]')) {
      const kind = link.dataset.download;
      const base = trailApiPath(trail.id);
      link.href = kind === 'geojson' ? `${base}.geojson` : kind === 'gpx' ? `${base}.gpx` : `${base}/credits.txt`;
    }
    q<HTMLAnchorElement>('[data-edit-link]').href = trailEditHref(locale, trail.id);
  };

  const showMap = async (trail: TrailDetail) => {
    const section = q('[data-trail-map-section]');
    const status = q('[data-map-status]');
    const canvas = q('[data-map-canvas]');
    if (trail.stops.length === 0) {
      status.textContent = s('trails.map.none');
      return undefined;
    }
    try {
      const { trailMap } = await import('./trail-maps.ts');
      canvas.hidden = false;
      const shown = trailMap(
        canvas,
        trail.stops.map((stop, index) => ({
          lat: stop.lat,
          lng: stop.lng,
          radius: stop.radius,
          number: index + 1,
          href: `#${stopAnchor(index)}`,
          name: s('trails.stop.name', { number: index + 1, title: stop.title }),
        })),
        (trail.route?.coordinates ?? []).map(([lng, lat]): [number, number] => [lat, lng]),
        {
          zoomIn: s('trails.map.zoomIn'),
          zoomOut: s('trails.map.zoomOut'),
          attribution: s('trails.map.attribution', {
            osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
          }),
        },
      );
      status.hidden = true;
      q('[data-map-keyboard]').hidden = false;
      return shown;
    } catch (error) {
      console.warn('The trail map could not be shown:', error);
      canvas.hidden = true;
      status.textContent = s('trails.map.error');
      section.dataset.failed = 'true';
      return undefined;
    }
  };

  const startOffline = async (trail: TrailDetail) => {
    const section = q('[data-offline]');
    if (trail.status !== 'published') {
      section.hidden = true;
      return;
    }
    if (!offlineSupported()) {
      q('[data-offline-unsupported]').hidden = false;
      return;
    }
    const panels = {
      idle: q('[data-offline-idle]'),
      confirm: q('[data-offline-confirm]'),
      progress: q('[data-offline-progress]'),
      saved: q('[data-offline-saved]'),
    };
    const status = q('[data-offline-status]');
    const bar = q<HTMLProgressElement>('[data-offline-progress-bar]');
    const saveButton = q<HTMLButtonElement>('[data-offline-save]');
    const size = formatSize(locale, trail.downloadBytes);
    const showPanel = (name: keyof typeof panels) => {
      for (const [key, panel] of Object.entries(panels)) panel.hidden = key !== name;
      section.dataset.offline = name;
    };
    q('[data-offline-size]').textContent = s('trails.offline.size', { size });
    q('[data-offline-confirm-text]').textContent = s('trails.offline.confirm.text', { size });

    saveButton.addEventListener('click', () => {
      status.textContent = '';
      showPanel('confirm');
      q('[data-offline-confirm-yes]').focus();
    });
    q('[data-offline-confirm-no]').addEventListener('click', () => {
      showPanel('idle');
      saveButton.focus();
    });
    q('[data-offline-confirm-yes]').addEventListener('click', async () => {
      showPanel('progress');
      bar.value = 0;
      bar.focus();
      status.dataset.tone = 'info';
      status.textContent = s('trails.offline.saving');
      try {
        await saveOffline(trail, (done, total) => {
          bar.max = Math.max(total, 1);
          bar.value = done;
          bar.setAttribute('aria-valuetext', s('trails.offline.progress', { done, total }));
        });
        showPanel('saved');
        status.dataset.tone = 'success';
        status.textContent = s('trails.offline.savedNow');
        q('[data-offline-remove]').focus();
      } catch (error) {
        console.warn('The trail could not be saved for offline use:', error);
        showPanel('idle');
        status.dataset.tone = 'error';
        status.textContent = s('trails.offline.failed');
        saveButton.focus();
      }
    });
    q('[data-offline-remove]').addEventListener('click', async () => {
      try {
        await removeOffline(trail.id);
        showPanel('idle');
        status.dataset.tone = 'info';
        status.textContent = s('trails.offline.removed');
        saveButton.focus();
      } catch (error) {
        console.warn('The offline copy could not be removed:', error);
        status.dataset.tone = 'error';
        status.textContent = s('form.failed');
      }
    });
    const saved = await isSavedOffline(trail.id).catch(() => false);
    showPanel(saved ? 'saved' : 'idle');
    if (saved && navigator.onLine)
      void refreshOffline(trail).catch((error) => console.warn('The offline copy could not be refreshed:', error));
  };

  /** Anyone may report a published trail to the city, signed in or not (once each, rate-limited). */
  const startReport = (trail: TrailDetail) => {
    const section = q('[data-report]');
    section.hidden = trail.status !== 'published';
    if (section.hidden || section.dataset.started) return;
    section.dataset.started = 'true';
    const form = q<HTMLFormElement>('[data-report-form]');
    const reason = byId<HTMLTextAreaElement>('trail-report-reason');
    const status = q('[data-report-status]');
    const report = guarded(async () => {
      clearErrors(form);
      say(status, '');
      reason.value = reason.value.trim();
      if (!reportErrors(reason.value.length >= 3 && reason.value.length <= 1000 ? [] : [reason])) return;
      say(status, s('trails.report.sending'));
      try {
        const response = await api.api.trails[':id'].flags.$post({
          param: { id: trail.id },
          json: { reason: reason.value },
        });
        const code = response.status as number;
        if (response.status === 201) {
          const { hidden } = await response.json();
          reason.value = '';
          say(status, s(hidden ? 'trails.report.sentHidden' : 'trails.report.sent'), 'success');
        } else if (code === 409) {
          say(status, s('trails.report.already'));
        } else if (code === 429) {
          const wait = minutesToWait(response, await readProblem(response));
          say(status, plural(s, 'trails.report.tooMany', wait), 'error');
        } else if (code === 400) {
          say(status, '');
          reportErrors([reason]);
        } else if (code === 404) {
          say(status, s('trails.report.gone'), 'error');
        } else {
          say(status, s('form.failed'), 'error');
        }
      } catch {
        say(status, s('form.failed'), 'error');
      }
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      void report();
    });
  };

  const startViewer = async (trail: TrailDetail) => {
    const signedOut = () => {
      q('[data-fork-form]').hidden = true;
      const link = q<HTMLAnchorElement>('[data-fork-sign-in]');
      const next = `${window.location.pathname}${window.location.search}`;
      link.href = `${root.dataset.signIn ?? '/'}?${new URLSearchParams({ next })}`;
      q('[data-fork-signed-out]').hidden = false;
    };
    if (trail.status !== 'published') {
      // Only a published trail can be forked.
      q('[data-fork]').hidden = true;
      return;
    }
    if (!maybeSignedIn()) return signedOut();
    const viewer = await currentViewer();
    if (viewer.state !== 'signed-in') return signedOut();
    const { startFork } = await import('./fork.ts');
    startFork(root, trail.id, s, signedOut);
  };

  const region = q('[data-state-region]');
  const load = async () => {
    const focusWasInside = region.contains(document.activeElement);
    showState(root, 'loading');
    if (focusWasInside) region.focus();
    if (!/^[a-z0-9-]{3,60}$/.test(id)) {
      showState(root, 'missing');
      return;
    }
    let trail: TrailDetail;
    try {
      const response = await fetch(trailApiPath(id), { signal: requestTimeout() });
      if (response.status === 404 || response.status === 400) {
        showState(root, 'missing');
        return;
      }
      if (!response.ok) throw new Error(`GET ${trailApiPath(id)} answered ${response.status}`);
      trail = (await response.json()) as TrailDetail;
      render(trail);
    } catch (error) {
      console.warn('The trail could not be loaded:', error);
      showState(root, 'error');
      return;
    }
    showState(root, 'ready');
    if (focusWasInside) q('#trail-title').focus();
    oneAtATime(root);
    const walkStart = q('[data-walk-start]').closest('section');
    if (walkStart) walkStart.hidden = trail.stops.length === 0;
    const mapShown = showMap(trail);
    startWalkMode(root, trail.stops, s, {
      onZone: highlight,
      onPosition: (position) => void mapShown.then((shown) => shown?.showPosition(position)),
    });
    void startOffline(trail);
    startReport(trail);
    void startViewer(trail);
  };
  q('[data-retry]').addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-trail-page]');
if (root) start(root);
