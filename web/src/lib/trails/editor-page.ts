/**
 * Browser island of the trail editor (`views/trails/EditorPage.astro`): reads the trail named
 * in the address for the signed-in person (`GET /api/trails/{id}/editor`), shows what they may do
 * (stewards edit and publish, administrators feature it, contributors propose, others read), and
 * keeps every part in step with the editor the API last returned. The map comes in a chunk of its own.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import { coverPicker } from './editor-cover.ts';
import { trailDeletion } from './editor-delete.ts';
import { trailDetails } from './editor-details.ts';
import { featuredControl } from './editor-featured.ts';
import { renderHeader } from './editor-header.ts';
import { trailIdFromQuery } from './editor-links.ts';
import { editorMapSection } from './editor-map-section.ts';
import { proposals } from './editor-proposals.ts';
import { publication } from './editor-publication.ts';
import { routeTools } from './editor-route.ts';
import { stopForm } from './editor-stop-form.ts';
import { stopList } from './editor-stops.ts';
import type { EditorContext, OwnMedia, TrailEditor } from './editor-types.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const q = <T extends HTMLElement = HTMLElement>(selector: string) => part<T>(root, selector);
  keepQueryInLanguageSwitch();
  const signIn = root.querySelector<HTMLAnchorElement>('[data-sign-in-link]');
  if (signIn) {
    const url = new URL(signIn.href, window.location.href);
    url.searchParams.set('next', `${window.location.pathname}${window.location.search}`);
    signIn.href = `${url.pathname}${url.search}`;
  }
  const trailId = trailIdFromQuery();
  if (!trailId) {
    showState(root, 'missing');
    return;
  }

  let editor: TrailEditor | undefined;
  const listeners: ((editor: TrailEditor) => void)[] = [];
  let ownMedia: Promise<OwnMedia[]> | undefined;
  /** Administrators feature trails on the home page, whether or not they steward them. */
  let admin = false;
  const mainStatus = q('[data-editor-status]');

  const fetchEditor = () =>
    api.api.trails[':id'].editor.$get(
      { param: { id: trailId } },
      { init: { cache: 'no-store', signal: requestTimeout() } },
    );

  const context: EditorContext = {
    root,
    s,
    trailId,
    current: () => {
      if (!editor) throw new Error('The editor is not loaded yet');
      return editor;
    },
    apply: (shown) => {
      editor = shown;
      renderHeader(context, shown);
      for (const listener of listeners) listener(shown);
    },
    reload: async () => {
      try {
        const response = await fetchEditor();
        const code = response.status as number;
        if (response.ok) {
          context.apply(await response.json());
          return true;
        }
        if (code === 401) {
          forgetSignedIn();
          showState(root, 'signed-out');
        } else if (code === 404) {
          showState(root, 'not-found');
        }
      } catch (error) {
        console.warn('The trail could not be read again:', error);
      }
      say(mainStatus, s('form.failed'), 'error');
      return false;
    },
    ownMedia: () => {
      ownMedia ??= api.api.me.media
        .$get({ query: { limit: '100' } }, { init: { cache: 'no-store' } })
        .then(async (response) =>
          response.ok ? (await response.json()).items.filter((media) => media.status === 'ready') : [],
        )
        .catch(() => []);
      return ownMedia;
    },
    announce: (message, tone) => say(mainStatus, message, tone),
    onRender: (listener) => {
      listeners.push(listener);
    },
  };

  // The map (`editor-map-section.ts`), redrawn when a part changes what it shows; nothing is
  // drawn before the first editor is shown (the parts below are built by then).
  const redrawMap = () => {
    if (editor) mapSection.redraw();
  };

  const form = stopForm(context, {
    pointChanged: redrawMap,
    editEnded: (stopId) => stops.focusStop(stopId),
  });
  const stops = stopList(context, form);
  const route = routeTools(context, { drawingChanged: redrawMap });
  const mapSection = editorMapSection(context, { shown: () => editor, route, form });
  publication(context);
  proposals(context);
  trailDetails(context);
  coverPicker(context);
  featuredControl(context, () => admin);
  context.onRender(redrawMap);

  trailDeletion(context);

  let started = false;
  const load = async () => {
    showState(root, 'loading');
    try {
      const response = await fetchEditor();
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
        return;
      }
      if (code === 404 || code === 400) {
        showState(root, 'not-found');
        return;
      }
      if (!response.ok) throw new Error(`The editor answered ${code}`);
      const shown = await response.json();
      context.apply(shown);
      showState(root, 'ready');
      if (started) return;
      started = true;
      if (shown.canEdit || shown.canContribute) {
        void form.loadMedia();
        void stops.loadMedia();
      }
      void mapSection.start(shown);
    } catch (error) {
      console.warn('The trail could not be read:', error);
      showState(root, 'error');
    }
  };
  whenSignedIn(root, (viewer) => {
    admin = viewer.profile.roles.includes('admin');
    void load();
  });
};

const root = document.querySelector<HTMLElement>('[data-trail-editor]');
if (root) start(root);
