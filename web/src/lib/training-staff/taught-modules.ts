/**
 * The modules the signed-in person teaches. The API answers an instructor route with 403 to
 * anyone who does not teach the module, so asking each module's holders (a handful of modules)
 * is the answer itself, with no second list of instructors to keep in step.
 */
import { paths, readFresh } from './calls.ts';
import type { ModuleSummary } from './types.ts';

export class AccessLost extends Error {
  constructor(readonly status: number) {
    super(`The API answered ${status}`);
  }
}

export const readModules = async (): Promise<ModuleSummary[]> => {
  const response = await readFresh(paths.modules);
  if (!response.ok) throw new Error(`The modules answered ${response.status}`);
  const { modules } = (await response.json()) as { modules: ModuleSummary[] };
  return modules.toSorted((a, b) => a.order - b.order);
};

export const taughtModules = async (modules: ModuleSummary[]): Promise<ModuleSummary[]> => {
  const answers = await Promise.all(modules.map((module) => readFresh(paths.holders(module.id))));
  const lost = answers.find((response) => response.status === 401);
  if (lost) throw new AccessLost(401);
  const failed = answers.find((response) => !response.ok && response.status !== 403);
  if (failed) throw new Error(`The holders answered ${failed.status}`);
  return modules.filter((_, index) => answers[index]?.ok);
};
