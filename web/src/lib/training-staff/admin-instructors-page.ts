/**
 * Browser island of the instructors' administration page (`views/training-staff/AdminInstructors.astro`):
 * reads every module's instructors (`GET /api/training/instructors`) and the staff and
 * administrator accounts (the accounts administration's list, page by page), then names
 * (`PUT`) or removes (`DELETE …/instructors/{userId}`) and draws the module again.
 */
import { say } from '../ui/announce.ts';
import { part } from '../ui/dom.ts';
import { commonFailure } from '../ui/failures.ts';
import { reportErrors, setInvalid } from '../ui/form.ts';
import { guarded } from '../ui/guard.ts';
import { showState, whenSignedIn } from '../ui/page-states.ts';
import { stringsOf } from '../ui/strings.ts';
import { moduleStaffPart, type StaffAccount } from './admin-module-staff.ts';
import { paths, readFresh, send } from './calls.ts';
import { lostAccessOf } from './teach-context.ts';
import type { ModuleStaff } from './types.ts';

/** Accounts are read 100 at a time; a city's staff is found long before this many pages. */
const MAX_PAGES = 20;

const readStaffAccounts = async (): Promise<StaffAccount[] | number> => {
  const accounts: StaffAccount[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const response = await readFresh(paths.users(cursor));
    if (!response.ok) return response.status;
    const { items, nextCursor } = (await response.json()) as {
      items: (StaffAccount & { roles: string[] })[];
      nextCursor: string | null;
    };
    for (const { id, displayName, email, roles } of items) {
      if (roles.includes('staff') || roles.includes('admin')) accounts.push({ id, displayName, email });
    }
    if (!nextCursor) break;
    cursor = nextCursor;
  }
  return accounts.toSorted((a, b) => a.displayName.localeCompare(b.displayName));
};

const start = (root: HTMLElement) => {
  const s = stringsOf(root);
  const lostAccess = lostAccessOf(root);
  const container = part(root, '[data-instructor-modules]');
  let accounts: StaffAccount[] = [];

  const readModules = async (): Promise<ModuleStaff[] | number> => {
    const response = await readFresh(paths.instructors);
    if (!response.ok) return response.status;
    return ((await response.json()) as { modules: ModuleStaff[] }).modules;
  };

  const draw = (modules: ModuleStaff[], focus?: { moduleId: string; message: string; tone: 'success' | 'error' }) => {
    container.replaceChildren(
      ...modules.map((module) => {
        const shown = moduleStaffPart(s, module, accounts, {
          remove: (userId, name) => void act(module, userId, 'DELETE', name, shown.status),
          name: (userId) => {
            setInvalid(shown.select, false);
            if (!userId) {
              reportErrors([shown.select]);
              return;
            }
            const name = accounts.find((account) => account.id === userId)?.displayName ?? userId;
            void act(module, userId, 'PUT', name, shown.status);
          },
        });
        if (focus?.moduleId === module.moduleId) {
          say(shown.status, focus.message, focus.tone);
          queueMicrotask(() => shown.focusList());
        }
        return shown.section;
      }),
    );
  };

  const act = (module: ModuleStaff, userId: string, method: 'PUT' | 'DELETE', name: string, status: HTMLElement) =>
    guarded(
      async () => {
        const response = await send(method, paths.instructor(module.moduleId, userId));
        if (lostAccess(response.status)) return;
        const title = module.title[document.documentElement.lang === 'en' ? 'en' : 'fr'];
        const message = response.ok
          ? s(method === 'PUT' ? 'trainingStaff.admin.named' : 'trainingStaff.admin.removed', { name, module: title })
          : response.status === 409
            ? s('trainingStaff.admin.notStaff')
            : commonFailure(response.status, s);
        const modules = await readModules();
        if (typeof modules === 'number') {
          say(status, message, response.ok ? 'success' : 'error');
          return;
        }
        draw(modules, { moduleId: module.moduleId, message, tone: response.ok ? 'success' : 'error' });
      },
      () => say(status, s('form.failed'), 'error'),
    )();

  return async () => {
    showState(root, 'loading');
    try {
      const [modules, staff] = await Promise.all([readModules(), readStaffAccounts()]);
      for (const answer of [modules, staff]) if (typeof answer === 'number' && lostAccess(answer)) return;
      if (typeof modules === 'number' || typeof staff === 'number')
        throw new Error('The instructors could not be read');
      accounts = staff;
      part(root, '[data-no-staff]').hidden = accounts.length > 0;
      draw(modules);
      showState(root, 'ready');
    } catch (error) {
      console.warn('The instructors could not be read:', error);
      showState(root, 'error');
    }
  };
};

const root = document.querySelector<HTMLElement>('[data-admin-instructors]');
if (root) {
  let load: (() => Promise<void>) | undefined;
  whenSignedIn(root, ({ profile }) => {
    if (!profile.roles.includes('admin')) {
      showState(root, 'forbidden');
      return;
    }
    load ??= start(root);
    void load();
  });
}
