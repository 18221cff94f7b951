/**
 * Browser island of my training (`views/training/MyTraining.astro`): each module the signed-in
 * person started or holds (status, attempts left today, the badge of a held certification) and
 * the history of their certifications, from `GET /api/me/training`, and whether they show their
 * certifications on their public page. Module names and links come from the page (the built
 * catalogue). The workshops' sections are another island's (`lib/training-staff/my-workshops.ts`).
 */

import { element, part, timeElement } from '../ui/dom.ts';
import { contributorHref } from '../ui/links.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { readMyTraining } from './calls.ts';
import { type BadgeContext, badgeActions } from './my-badge.ts';
import { attemptsWords, lineItems, progressWords, stateWords } from './status-words.ts';
import type { AuditEntry, MyTraining } from './types.ts';
import { visibilitySetting } from './visibility-setting.ts';

type Modules = Record<string, { title: string; href: string; workshop: boolean; quiz: boolean }>;

interface MyTrainingContext extends BadgeContext {
  modules: Modules;
}

const moduleRow = (context: MyTrainingContext, item: MyTraining['modules'][number]) => {
  const { s, modules } = context;
  const known = modules[item.moduleId];
  const title = known?.title ?? item.title[pageLocale()];
  const name = known ? element('a', { href: known.href }, title) : title;
  const details = lineItems(progressWords(s, item, known?.workshop ?? false));
  // A badge stands for a certification that counts today; an expired or revoked one offers none.
  const badge = item.status.state === 'certified' ? [badgeActions(context, item.moduleId, title)] : [];
  return element(
    'tr',
    { 'data-module': item.moduleId, 'data-training-state': item.status.state },
    element('th', { scope: 'row' }, name),
    element(
      'td',
      undefined,
      element('p', undefined, ...stateWords(s, item.status)),
      ...(details.length > 0 ? [element('ul', undefined, ...details)] : []),
      ...badge,
    ),
    // A module without a quiz has no attempts to count.
    element('td', undefined, ...(known?.quiz === false ? [] : attemptsWords(s, item))),
  );
};

const auditText = (s: Translate, entry: AuditEntry, module: string) => {
  if (entry.act === 'earned')
    return s(entry.how === 'workshop' ? 'training.mine.audit.earned.workshop' : 'training.mine.audit.earned.quiz', {
      module,
    });
  return s(entry.act === 'granted' ? 'training.mine.audit.granted' : 'training.mine.audit.revoked', { module });
};

const auditItem = (s: Translate, modules: Modules, entry: AuditEntry) =>
  element(
    'li',
    { 'data-audit-act': entry.act },
    timeElement(entry.at, { dateStyle: 'long', timeStyle: 'short' }),
    ' — ',
    auditText(s, entry, modules[entry.moduleId]?.title ?? entry.moduleId),
    ...(entry.reason ? [' ', s('training.mine.audit.reason', { reason: entry.reason })] : []),
  );

const start = (root: HTMLElement) => {
  const context: MyTrainingContext = {
    s: stringsOf(root),
    modules: JSON.parse(root.dataset.modules ?? '{}') as Modules,
    status: part(root, '[data-badge-status]'),
    verifyHref: root.dataset.verifyHref ?? '',
  };
  const { s, modules } = context;
  const show = (mine: MyTraining) => {
    const rows = mine.modules.map((item) => moduleRow(context, item));
    part(root, '[data-modules-rows]').replaceChildren(...rows);
    part(root, '[data-modules-table]').hidden = rows.length === 0;
    part(root, '[data-modules-empty]').hidden = rows.length > 0;
    const entries = mine.audit.map((entry) => auditItem(s, modules, entry));
    part(root, '[data-audit]').replaceChildren(...entries);
    part(root, '[data-audit-empty]').hidden = entries.length > 0;
  };
  /** My public page, when I have one; otherwise a word that the setting needs a public profile. */
  const showPublicPage = (id: string, publicProfile: boolean) => {
    const link = part<HTMLAnchorElement>(root, '[data-contributor-link] a');
    link.href = contributorHref(pageLocale(), id);
    part(root, '[data-contributor-link]').hidden = !publicProfile;
    part(root, '[data-profile-private]').hidden = publicProfile;
  };
  const visibility = visibilitySetting(root, s);
  whenSignedIn(root, async (viewer) => {
    try {
      const [response] = await Promise.all([readMyTraining(), visibility.load()]);
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
        return;
      }
      if (!response.ok) throw new Error(`My training answered ${code}`);
      show(await response.json());
      showPublicPage(viewer.profile.id, viewer.profile.publicProfile);
      showState(root, 'ready');
    } catch (error) {
      console.warn('My training could not be read:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-my-training]');
if (root) start(root);
