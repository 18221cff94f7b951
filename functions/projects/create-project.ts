import type { z } from '@hono/zod-openapi';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import { mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { ownReadyMedia } from './project-media.ts';
import { projectShownChanged } from './public-paths.ts';
import type { CreateProjectSchema, ProjectRecord } from './schema.ts';
import { refreshSearchEntry } from './search-index.ts';
import { slugCandidates, slugify } from './slug.ts';
import { getProject, insertProject } from './store.ts';

/** Paths of the project API that a slug must not shadow. */
const RESERVED_SLUGS = new Set(['map']);

const isFree = async (deps: AppDeps, slug: string) => !RESERVED_SLUGS.has(slug) && !(await getProject(deps, slug));

/** The first free slug among "x", "x-2", "x-3"… */
const freeSlug = async (deps: AppDeps, base: string) => {
  for (const candidate of slugCandidates(base)) if (await isFree(deps, candidate)) return candidate;
  return `${base.slice(0, 50)}-${Date.now().toString(36)}`;
};

/**
 * A citizen starts a project and becomes its first steward. A slug they chose that is taken is
 * a 409 that proposes a free one; without a slug, a free one is made from the title.
 */
export const createProject = async (
  deps: AppDeps,
  { viewer, input }: { viewer: Viewer; input: z.infer<typeof CreateProjectSchema> },
): Promise<ProjectRecord> => {
  const cover = input.coverMediaId ? await ownReadyMedia(deps, viewer, input.coverMediaId) : undefined;
  if (cover && cover.family !== 'image') throw new AppError('validation', 'A cover is an image.');
  const now = deps.clock.now().toISOString();
  const wanted = input.slug ?? (await freeSlug(deps, slugify(input.title)));
  const { slug: _chosen, ...fields } = input;
  const project: ProjectRecord = {
    ...fields,
    slug: wanted,
    descriptionHtml: renderMarkdown(input.description),
    coverUrl: cover ? mediaCard(cover).url : undefined,
    featured: false,
    openFlags: 0,
    stewardCount: 1,
    memberCount: 1,
    revision: 1,
    createdBy: viewer.id,
    createdAt: now,
    updatedAt: now,
  };
  const created =
    !RESERVED_SLUGS.has(wanted) &&
    (await insertProject(deps, {
      project,
      steward: {
        slug: wanted,
        userId: viewer.id,
        role: 'steward',
        attributionName: viewer.attributionName,
        joinedAt: now,
      },
      log: { at: now, actorName: viewer.attributionName, action: 'created' },
    }));
  if (!created) {
    const proposedSlug = await freeSlug(deps, wanted);
    throw new AppError('conflict', `The address "${wanted}" is taken; "${proposedSlug}" is free.`, {
      extensions: { proposedSlug, errors: [{ in: 'body', path: 'slug', message: `Taken; try ${proposedSlug}` }] },
    });
  }
  await refreshSearchEntry(deps, project);
  // The lists and the map may show it now (a page nobody could read before was never cached).
  await projectShownChanged(deps, project.slug);
  return project;
};
