import { viewerOf } from '../../functions/accounts/sessions.ts';
import { getUser } from '../../functions/accounts/store.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';
import { createProject } from '../../functions/projects/create-project.ts';
import { followProject } from '../../functions/projects/follow-project.ts';
import { joinProject } from '../../functions/projects/join-project.ts';
import { CreateProjectSchema } from '../../functions/projects/schema.ts';

/** A person as the use cases see them. */
export const viewerFor = async (deps: AppDeps, userId: string) => {
  const user = await getUser(deps, userId);
  if (!user) throw new Error(`no user ${userId}`);
  return viewerOf(user, '');
};

/** A project stewarded by `stewardId`, created through the use case (public and open unless told). */
export const projectFixture = async (deps: AppDeps, stewardId: string, input: Record<string, unknown> = {}) => {
  const title = `Projet ${crypto.randomUUID().slice(0, 8)}`;
  return createProject(deps, {
    viewer: await viewerFor(deps, stewardId),
    input: CreateProjectSchema.parse({
      title,
      summary: 'Un projet pour les tests.',
      visibility: 'public',
      joinMode: 'open',
      status: 'active',
      ...input,
    }),
  });
};

export const joinFixture = async (deps: AppDeps, slug: string, userId: string) =>
  joinProject(deps, { viewer: await viewerFor(deps, userId), slug });

export const followFixture = async (deps: AppDeps, slug: string, userId: string) =>
  followProject(deps, { viewer: await viewerFor(deps, userId), slug });
