/**
 * Browser island of the trail editor (`views/trails/EditorPage.astro`): reads the trail named
 * in the address for the signed-in person (`GET /api/trails/{id}/editor`), shows what they may do
 * (stewards edit and publish, administrators feature it, contributors propose, others read), and
 * keeps every part in step with the editor the API last returned. The map comes in a chunk of its own.
 */

import { api } from '../api.ts';
import { say } from '../ui/announce.ts';
import { element, keepQueryInLanguageSwitch, part } from '../ui/dom.ts';
import { requestTimeout } from '../ui/fetch.ts';
import { projectHref, trailHref } from '../ui/links.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { fillNodes, pageLocale, stringsOf } from '../ui/strings.ts';
import { coverPicker } from './editor-cover.ts';
import { trailDetails } from './editor-details.ts';
import { featuredControl } from './editor-featured.ts';
import { licenceNames } from './editor-licences.ts';
import { trailIdFromQuery } from './editor-links.ts';
import type { EditorMap } from './editor-map.ts';
import { proposals } from './editor-proposals.ts';
import { publication } from './editor-publication.ts';
import { routeTools } from './editor-route.ts';
import { stopForm } from './editor-stop-form.ts';
import { stopList } from './editor-stops.ts';
import type { EditorContext, OwnMedia, TrailEditor } from './editor-types.ts';

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const locale = pageLocale();
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

  const renderHeader = (shown: TrailEditor) => {
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
      renderHeader(shown);
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

  // The map: loaded with the trail, redrawn with every change; clicks go to the route being drawn,
  // else to the stop form.
  let map: EditorMap | undefined;
  const mapMode = q('[data-map-mode]');
  const redrawMap = () => {
    if (!editor) return;
    const drawing = route.drawing();
    const formOpen = form.active();
    mapMode.textContent = s(
      drawing ? 'trailEditor.map.mode.route' : formOpen ? 'trailEditor.map.mode.stop' : 'trailEditor.map.mode.none',
    );
    map?.show({
      stops: editor.trail.stops,
      route: editor.trail.route?.coordinates ?? null,
      drawing,
      pending: formOpen ? form.typedPoint() : null,
      editingStopId: form.editingId(),
    });
  };
  const onMapClick = (lat: number, lng: number) => {
    if (route.drawing()) route.addPoint(lat, lng);
    else if (form.active()) form.setPoint({ lat, lng });
  };

  const form = stopForm(context, {
    pointChanged: redrawMap,
    editEnded: (stopId) => stops.focusStop(stopId),
  });
  const stops = stopList(context, form);
  const route = routeTools(context, { drawingChanged: redrawMap });
  publication(context);
  proposals(context);
  trailDetails(context);
  coverPicker(context);
  featuredControl(context, () => admin);
  context.onRender(redrawMap);

  // Deleting the trail, after the confirmation dialog
  const deleteDialog = q<HTMLDialogElement>('[data-delete-trail-dialog] [data-delete-dialog]');
  const deleteStatus = part(deleteDialog, '[data-delete-status]');
  const deleteButton = q<HTMLButtonElement>('[data-delete-trail]');
  deleteButton.addEventListener('click', () => {
    say(deleteStatus, '');
    deleteDialog.showModal();
    part(deleteDialog, '[data-delete-title]').focus();
  });
  part(deleteDialog, '[data-dialog-close]').addEventListener('click', () => deleteDialog.close());
  deleteDialog.addEventListener('close', () => {
    if (document.contains(deleteButton)) deleteButton.focus();
  });
  part(deleteDialog, '[data-delete-confirm]').addEventListener('click', async () => {
    say(deleteStatus, s('trailEditor.delete.deleting'));
    try {
      const response = await api.api.trails[':id'].$delete({ param: { id: trailId } });
      if (response.ok || (response.status as number) === 404) {
        window.location.assign(projectHref(locale, context.current().trail.projectSlug));
        return;
      }
      say(deleteStatus, s('form.failed'), 'error');
    } catch {
      say(deleteStatus, s('form.failed'), 'error');
    }
  });

  const startMap = async (shown: TrailEditor) => {
    const status = q('[data-map-status]');
    const canvas = q('[data-editor-map]');
    try {
      // An empty trail opens on its project's place.
      const centre = shown.trail.stops.length === 0 ? shown.projectPlace : undefined;
      const { editorMap } = await import('./editor-map.ts');
      canvas.hidden = false;
      map = editorMap(
        canvas,
        {
          zoomIn: s('projects.map.zoomIn'),
          zoomOut: s('projects.map.zoomOut'),
          attribution: s('projects.map.attribution', {
            osm: '<a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a>',
          }),
        },
        onMapClick,
        centre,
      );
      status.hidden = true;
      redrawMap();
    } catch (error) {
      console.warn('The map could not be shown:', error);
      canvas.hidden = true;
      status.hidden = false;
      status.textContent = s('trailEditor.map.error');
    }
  };

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
      void startMap(shown);
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
