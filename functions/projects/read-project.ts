import type { z } from '@hono/zod-openapi';
import type { Viewer } from '../platform/auth.ts';
import type { Read } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireVisible } from './project-access.ts';
import { toProjectDetail } from './project-views.ts';
import type { ProjectDetailSchema } from './schema.ts';
import { getProjectPage, isListedPublicly } from './store.ts';

type ProjectDetail = z.infer<typeof ProjectDetailSchema>;

const pageOrThrow = async (deps: AppDeps, slug: string) => {
  const page = await getProjectPage(deps, slug);
  if (!page) throw new AppError('not-found', `There is no project "${slug}".`);
  return page;
};

/**
 * A project's page (one read): public ones for everyone, cached; drafts and hidden ones only for
 * their members and admins, never cached.
 */
export const readProject = async (
  deps: AppDeps,
  { slug, viewer }: { slug: string; viewer: Viewer | null },
): Promise<Read<ProjectDetail>> => {
  const page = await pageOrThrow(deps, slug);
  const listed = isListedPublicly(page.project);
  if (!listed)
    requireVisible(
      page.project,
      viewer,
      page.members.some((member) => member.userId === viewer?.id),
    );
  return { view: toProjectDetail(page), cache: listed ? 'public' : 'private' };
};

/** The page of a project just changed, for the steward who changed it (the write checked who may). */
export const showChangedProject = async (deps: AppDeps, slug: string): Promise<ProjectDetail> =>
  toProjectDetail(await pageOrThrow(deps, slug));
