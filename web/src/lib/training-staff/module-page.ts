/**
 * Browser island of a module's holders page for its instructors
 * (`views/training-staff/ModuleHolders.astro`): reads the holders (`GET …/certifications`,
 * instructors only), the people registered for the module's workshops (to grant to one of them),
 * and grants or revokes through the decision dialog, reading the holders again after each act.
 */
import { say } from '../ui/announce.ts';
import { showState } from '../ui/page-states.ts';
import { pageLocale } from '../ui/strings.ts';
import { paths, readFresh } from './calls.ts';
import { decisionDialog } from './decision-dialog.ts';
import { decisionFor, type Holder, holderName, holderRows, latestActs } from './holders-table.ts';
import { readModules } from './taught-modules.ts';
import { bootTeachingPage, staffContext } from './teach-context.ts';
import type { Holders, Roster, WorkshopSession } from './types.ts';

const moduleFromQuery = () => {
  const id = new URLSearchParams(window.location.search).get('module')?.trim() ?? '';
  return /^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id) && id.length <= 64 ? id : undefined;
};

/** People registered (or waiting) for the module's workshops to come, by id: whom one may grant to. */
const registeredPeople = async (moduleId: string): Promise<Map<string, string>> => {
  const people = new Map<string, string>();
  const response = await readFresh(paths.sessions);
  if (!response.ok) return people;
  const sessions = ((await response.json()) as { items: WorkshopSession[] }).items.filter(
    (session) => session.moduleId === moduleId,
  );
  const rosters = await Promise.all(sessions.map((session) => readFresh(paths.roster(session.id))));
  for (const roster of rosters) {
    if (!roster.ok) continue;
    const { registered, waiting } = (await roster.json()) as Roster;
    for (const person of [...registered, ...waiting]) people.set(person.userId, person.displayName);
  }
  return people;
};

const start = (root: HTMLElement, moduleId: string, me: string) => {
  const context = staffContext(root);
  const { s, q } = context;
  const status = q('[data-holders-status]');
  let holders: Holder[] = [];
  let people = new Map<string, string>();

  const draw = () => {
    q('[data-holders-empty]').hidden = holders.length > 0;
    q('[data-holders-table]').hidden = holders.length === 0;
    q('[data-holders]').replaceChildren(
      ...holderRows(s, holders, me, (holder) =>
        decide({ userId: holder.userId, name: holderName(s, holder), decision: decisionFor(holder) }),
      ),
    );
    const held = new Set(holders.filter((holder) => decisionFor(holder) === 'revoke').map((holder) => holder.userId));
    const candidates = [...people].filter(([userId]) => !held.has(userId) && userId !== me);
    q('[data-grant-nobody]').hidden = candidates.length > 0;
    q('[data-grant-form]').hidden = candidates.length === 0;
    q<HTMLSelectElement>('#grant-person').replaceChildren(
      ...candidates.map(([userId, name]) => new Option(name, userId)),
    );
    const acts = latestActs(s, holders);
    q('[data-audit-empty]').hidden = acts.length > 0;
    q('[data-audit]').replaceChildren(...acts);
  };

  const readHolders = async (): Promise<boolean> => {
    const response = await readFresh(paths.holders(moduleId));
    if (context.lostAccess(response.status)) return false;
    if (response.status === 404 || response.status === 400) {
      showState(root, 'not-found');
      return false;
    }
    if (!response.ok) throw new Error(`The holders answered ${response.status}`);
    holders = ((await response.json()) as Holders).holders;
    return true;
  };

  const decide = decisionDialog(context, moduleId, async (target, outcome) => {
    if (await readHolders().catch(() => false)) draw();
    const said =
      outcome === 'changed'
        ? s('trainingStaff.decision.conflict')
        : s(target.decision === 'grant' ? 'trainingStaff.decision.granted' : 'trainingStaff.decision.revokedNow', {
            name: target.name,
          });
    say(status, said, outcome === 'done' ? 'success' : 'error');
  });

  q('[data-grant-form]').addEventListener('submit', (event) => {
    event.preventDefault();
    const select = q<HTMLSelectElement>('#grant-person');
    const userId = select.value;
    if (userId) decide({ userId, name: people.get(userId) ?? userId, decision: 'grant' });
  });

  return async () => {
    showState(root, 'loading');
    try {
      const [found, modules, registered] = await Promise.all([
        readHolders(),
        readModules(),
        registeredPeople(moduleId),
      ]);
      if (!found) return;
      people = registered;
      const module = modules.find((candidate) => candidate.id === moduleId);
      const title = s('trainingStaff.module.heading', { module: module?.title[pageLocale()] ?? moduleId });
      q('[data-module-heading]').textContent = title;
      draw();
      showState(root, 'ready');
    } catch (error) {
      console.warn('The holders could not be read:', error);
      showState(root, 'error');
    }
  };
};

const root = document.querySelector<HTMLElement>('[data-module-holders]');
if (root) bootTeachingPage(root, start, moduleFromQuery);
