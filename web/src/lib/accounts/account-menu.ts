/**
 * Browser island of the header's account menu (`components/accounts/AccountMenu.astro`).
 * Signed out: the server-rendered "Sign in" link stays, and no request is made unless this browser
 * may be signed in (see `session.ts`). Signed in: a disclosure button (aria-expanded) with the
 * person's name opens their links and the sign-out button; Escape or leaving closes it.
 */

import type { MessageKey } from '../../i18n/index.ts';
import { apiFetch } from '../api.ts';
import type { Profile } from '../api-types.ts';
import { element, part } from '../ui/dom.ts';
import { currentViewer, forgetSignedIn, maybeSignedIn, PROFILE_EVENT } from '../ui/session.ts';
import { stringsOf } from '../ui/strings.ts';
import { type FlashKind, setFlash, takeFlash } from './flash.ts';

const FLASH_TEXT: Record<FlashKind, MessageKey> = {
  'signed-out': 'account.flash.signedOut',
  'signed-out-everywhere': 'account.flash.signedOutEverywhere',
  deleted: 'account.flash.deleted',
};

/** The message left by the previous page, first in the main content, announced once filled. */
const showFlash = (root: HTMLElement) => {
  const kind = takeFlash();
  const main = document.getElementById('main');
  const message = kind && stringsOf(root)(FLASH_TEXT[kind]);
  if (!main || !message) return;
  const line = element('p', { class: 'flash__message', role: 'status' });
  main.prepend(element('div', 'container flash', line));
  // Filled after the live region exists, so screen readers announce it.
  setTimeout(() => {
    line.textContent = message;
  }, 150);
};

const wireMenu = (root: HTMLElement) => {
  const menu = part(root, '[data-account-menu]');
  const toggle = part<HTMLButtonElement>(root, '.account__toggle');
  const panel = part(root, '.account__panel');
  const error = part(root, '[data-account-error]');
  const setOpen = (open: boolean) => {
    toggle.setAttribute('aria-expanded', String(open));
    panel.hidden = !open;
  };

  toggle.addEventListener('click', () => setOpen(toggle.getAttribute('aria-expanded') !== 'true'));
  menu.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || toggle.getAttribute('aria-expanded') !== 'true') return;
    setOpen(false);
    toggle.focus();
  });
  menu.addEventListener('focusout', (event) => {
    if (!menu.contains(event.relatedTarget as Node | null)) setOpen(false);
  });
  document.addEventListener('click', (event) => {
    if (!menu.contains(event.target as Node)) setOpen(false);
  });

  part(root, '[data-account-sign-out]').addEventListener('click', async () => {
    error.textContent = '';
    try {
      const response = await apiFetch('/api/auth/sign-out', { method: 'POST' });
      // 401: the session had already ended; the person is signed out either way.
      if (!response.ok && response.status !== 401) throw new Error(`sign-out answered ${response.status}`);
      forgetSignedIn();
      setFlash('signed-out');
      window.location.assign(root.dataset.home ?? '/');
    } catch {
      error.textContent = stringsOf(root)('account.menu.signOutError');
    }
  });
};

let wired = false;

const showSignedIn = (root: HTMLElement, profile: Profile) => {
  if (!wired) wireMenu(root);
  wired = true;
  part(root, '[data-account-name]').textContent = profile.displayName;
  part(root, '[data-account-admin]').hidden = !profile.roles.includes('admin');
  part(root, '[data-account-moderation]').hidden = !profile.roles.some((role) => role === 'staff' || role === 'admin');
  part(root, '[data-account-instructors]').hidden = !profile.roles.includes('admin');
  part(root, '[data-account-lending-points]').hidden = !profile.roles.includes('admin');
  part(root, '[data-account-teach]').hidden = !profile.roles.some((role) => role === 'staff' || role === 'admin');
  part(root, '.account__sign-in').hidden = true;
  part(root, '[data-account-menu]').hidden = false;
  root.dataset.state = 'signed-in';
};

const start = async (root: HTMLElement) => {
  showFlash(root);
  document.addEventListener(PROFILE_EVENT, (event) => showSignedIn(root, (event as CustomEvent<Profile>).detail));
  if (!maybeSignedIn()) return;
  // Keeps the link's place but hides it while asking, so a signed-in person does not see it flash.
  root.dataset.state = 'checking';
  const viewer = await currentViewer();
  if (viewer.state === 'signed-in') showSignedIn(root, viewer.profile);
  else root.dataset.state = 'signed-out';
};

const root = document.querySelector<HTMLElement>('[data-account]');
if (root) void start(root);
