/**
 * Browser island of my training (`views/training/MyTraining.astro`): each module the signed-in
 * person started or holds (status, attempts left today) and the history of their certifications,
 * from `GET /api/me/training`. Module names and links come from the page (the built catalogue).
 */
import { element, part, timeElement } from '../ui/dom.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { forgetSignedIn } from '../ui/session.ts';
import { pageLocale, stringsOf, type Translate } from '../ui/strings.ts';
import { readMyTraining } from './calls.ts';
import { attemptsWords, lineItems, progressWords, stateWords } from './status-words.ts';
import type { AuditEntry, MyTraining } from './types.ts';

type Modules = Record<string, { title: string; href: string; workshop: boolean; quiz: boolean }>;

const moduleRow = (s: Translate, modules: Modules, item: MyTraining['modules'][number]) => {
  const known = modules[item.moduleId];
  const title = known?.title ?? item.title[pageLocale()];
  const name = known ? element('a', { href: known.href }, title) : title;
  const details = lineItems(progressWords(s, item, known?.workshop ?? false));
  return element(
    'tr',
    { 'data-module': item.moduleId, 'data-training-state': item.status.state },
    element('th', { scope: 'row' }, name),
    element(
      'td',
      undefined,
      element('p', undefined, ...stateWords(s, item.status)),
      ...(details.length > 0 ? [element('ul', undefined, ...details)] : []),
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
  const s = stringsOf(root);
  const modules = JSON.parse(root.dataset.modules ?? '{}') as Modules;
  const show = (mine: MyTraining) => {
    const rows = mine.modules.map((item) => moduleRow(s, modules, item));
    part(root, '[data-modules-rows]').replaceChildren(...rows);
    part(root, '[data-modules-table]').hidden = rows.length === 0;
    part(root, '[data-modules-empty]').hidden = rows.length > 0;
    const entries = mine.audit.map((entry) => auditItem(s, modules, entry));
    part(root, '[data-audit]').replaceChildren(...entries);
    part(root, '[data-audit-empty]').hidden = entries.length > 0;
  };
  whenSignedIn(root, async () => {
    try {
      const response = await readMyTraining();
      const code = response.status as number;
      if (code === 401) {
        forgetSignedIn();
        showState(root, 'signed-out');
        return;
      }
      if (!response.ok) throw new Error(`My training answered ${code}`);
      show(await response.json());
      showState(root, 'ready');
    } catch (error) {
      console.warn('My training could not be read:', error);
      showState(root, 'error');
    }
  });
};

const root = document.querySelector<HTMLElement>('[data-my-training]');
if (root) start(root);
