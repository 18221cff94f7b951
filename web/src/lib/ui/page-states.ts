/**
 * The states of a page that needs a signed-in person (profile, admin): loading, signed out (with
 * a sign-in link coming back here), error (with a retry button), then the page's own content.
 * Each state is a server-rendered `[data-state-panel]`; the first three sit in a live region.
 */
import { currentViewer, type Viewer } from './session.ts';

export type PageState = 'loading' | 'signed-out' | 'error' | (string & {});

export const showState = (root: HTMLElement, state: PageState) => {
  for (const panel of root.querySelectorAll<HTMLElement>('[data-state-panel]')) {
    panel.hidden = panel.dataset.statePanel !== state;
  }
  root.dataset.state = state;
};

/**
 * Finds out who is signed in and calls `ready` with the profile; shows the signed-out or error
 * state otherwise. The retry button asks the API again, keeping focus in the page's state region.
 */
export const whenSignedIn = (
  root: HTMLElement,
  ready: (viewer: Viewer & { state: 'signed-in' }, fresh: boolean) => void,
) => {
  const region = root.querySelector<HTMLElement>('[data-state-region]');
  const load = async (fresh: boolean) => {
    const focusWasInside = region?.contains(document.activeElement) ?? false;
    showState(root, 'loading');
    if (focusWasInside) region?.focus();
    const viewer = await currentViewer({ fresh });
    if (viewer.state === 'signed-in') ready(viewer, fresh);
    else showState(root, viewer.state === 'signed-out' ? 'signed-out' : 'error');
  };
  root.querySelector('[data-retry]')?.addEventListener('click', () => void load(true));
  void load(false);
};
