/**
 * Browser island of the trail page (`views/trails/TrailView.astro`): reads the trail named by
 * `?id=` from `GET /api/trails/{id}` and shows it (`trail-render.ts`: facts, description, stops with
 * their players, transcripts and attributions, credits, downloads), then its map
 * (`trail-map-section.ts`), walk mode (`walk.ts`), the offline copy (`trail-offline-panel.ts`), the
 * listening kits lent near its first stop (`listening-kit.ts`), the report form (`trail-report.ts`,
 * anyone) and, for a signed-in person, forking (`fork.ts`). Each part gets the page's small
 * context (`TrailPageContext`).
 */
import { part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { showState } from '../ui/page-states.ts';
import { currentViewer, maybeSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf } from '../ui/strings.ts';
import { carryQueryToOtherLanguage } from './links.ts';
import { showListeningKits } from './listening-kit.ts';
import { trailApiPath } from './offline.ts';
import { oneAtATime } from './stop-media.ts';
import { showTrailMap } from './trail-map-section.ts';
import { startOffline } from './trail-offline-panel.ts';
import type { TrailPageContext } from './trail-page-context.ts';
import { highlightStop, renderTrail } from './trail-render.ts';
import { startReport } from './trail-report.ts';
import type { TrailDetail } from './types.ts';
import { startWalkMode } from './walk.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  const context: TrailPageContext = { root, s, locale, q };
  const id = new URLSearchParams(window.location.search).get('id')?.trim() ?? '';
  carryQueryToOtherLanguage();

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
      renderTrail(context, trail);
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
    const mapShown = showTrailMap(context, trail);
    startWalkMode(root, trail.stops, s, {
      onZone: (index) => highlightStop(context, index),
      onPosition: (position) => void mapShown.then((shown) => shown?.showPosition(position)),
    });
    void startOffline(context, trail);
    void showListeningKits(context, trail);
    startReport(context, trail);
    void startViewer(trail);
  };
  q('[data-retry]').addEventListener('click', () => void load());
  void load();
};

const root = document.querySelector<HTMLElement>('[data-trail-page]');
if (root) start(root);
