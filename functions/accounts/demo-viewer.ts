import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { viewerOf } from './sessions.ts';
import { getUser, getUserIdByEmail } from './store.ts';

type Db = Pick<AppDeps, 'db' | 'tableName'>;

/**
 * The viewer a demo seeder acts as (no session behind it): the demo account with this id. A
 * missing account means a broken demo set, so it throws.
 */
export const demoViewerById = async (deps: Db, id: string): Promise<Viewer> => {
  const user = await getUser(deps, id);
  if (!user) throw new Error(`No demo account ${id}`);
  return viewerOf(user, '');
};

/** The viewer a demo seeder acts as: the demo account with this e-mail. */
export const demoViewer = async (deps: Db, email: string): Promise<Viewer> => {
  const id = await getUserIdByEmail(deps, email);
  if (!id) throw new Error(`No demo account ${email}`);
  return demoViewerById(deps, id);
};
