import type { z } from '@hono/zod-openapi';
import { renderMarkdown } from '../markdown/render-markdown.ts';
import { mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { requireSteward } from './project-access.ts';
import { ownReadyMedia } from './project-media.ts';
import { projectShownChanged } from './public-paths.ts';
import type { ProjectRecord, ProjectUpdateSchema } from './schema.ts';
import { refreshSearchEntry } from './search-index.ts';
import { saveProject } from './store.ts';

/** Stewards edit the project; the change is logged and the public index follows. */
export const updateProject = async (
  deps: AppDeps,
  { viewer, slug, changes }: { viewer: Viewer; slug: string; changes: z.infer<typeof ProjectUpdateSchema> },
): Promise<ProjectRecord> => {
  const { project } = await requireSteward(deps, slug, viewer);
  const { neighbourhood, place, coverMediaId, ...rest } = changes;
  const cover = coverMediaId ? await ownReadyMedia(deps, viewer, coverMediaId) : undefined;
  if (cover && cover.family !== 'image') throw new AppError('validation', 'A cover is an image.');
  const now = deps.clock.now().toISOString();
  const updated: ProjectRecord = {
    ...project,
    ...rest,
    ...(rest.description !== undefined ? { descriptionHtml: renderMarkdown(rest.description) } : {}),
    ...(neighbourhood !== undefined ? { neighbourhood: neighbourhood ?? undefined } : {}),
    ...(place !== undefined ? { place: place ?? undefined } : {}),
    ...(coverMediaId !== undefined
      ? { coverMediaId: coverMediaId ?? undefined, coverUrl: cover ? mediaCard(cover).url : undefined }
      : {}),
    updatedAt: now,
    revision: project.revision + 1,
  };
  // Counters may have moved meanwhile (a member joined): save only over what was read.
  const saved = await saveProject(deps, project, updated, {
    at: now,
    actorName: viewer.attributionName,
    action: 'edited',
    detail: Object.keys(changes).join(', '),
  });
  if (!saved) throw new AppError('conflict', 'The project changed meanwhile; reload and try again.');
  await refreshSearchEntry(deps, updated);
  await projectShownChanged(deps, slug);
  return updated;
};
