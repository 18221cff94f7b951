import { z } from 'zod';
import { demoViewer } from '../accounts/public.ts';
import type { AppDeps } from '../platform/deps.ts';
import { attachMedia } from './attach-media.ts';
import { createProject } from './create-project.ts';
import { decideJoinRequest } from './decide-join-request.ts';
import { joinProject } from './join-project.ts';
import { setFeatured } from './moderate-project.ts';
import { postToJournal } from './post-to-journal.ts';
import { CreateProjectSchema } from './schema.ts';

export const DemoProjectsSchema = z.object({
  projects: z.array(
    z.object({
      steward: z.email(),
      project: CreateProjectSchema,
      featured: z.boolean().default(false),
      members: z.array(z.email()),
      media: z.array(z.object({ by: z.email(), file: z.string() })),
      posts: z.array(z.object({ by: z.email(), body: z.string(), file: z.string().optional() })),
    }),
  ),
});

/**
 * Creates the demo city's projects through the same use cases citizens go through (create,
 * join or be accepted, attach own media, post), so demo data obeys every rule.
 */
export const seedDemoProjects = async (
  deps: AppDeps,
  content: unknown,
  mediaIds: Map<string, string>,
): Promise<string[]> => {
  const mediaId = (file: string) => {
    const id = mediaIds.get(file);
    if (!id) throw new Error(`Demo projects: no demo medium ${file}`);
    return id;
  };
  const { projects } = DemoProjectsSchema.parse(content);
  for (const demo of projects) {
    const steward = await demoViewer(deps, demo.steward);
    const { slug } = await createProject(deps, { viewer: steward, input: demo.project });
    for (const email of demo.members) {
      const member = await demoViewer(deps, email);
      const { outcome } = await joinProject(deps, { viewer: member, slug });
      if (outcome === 'requested')
        await decideJoinRequest(deps, { viewer: steward, slug, userId: member.id, accept: true });
    }
    for (const item of demo.media)
      await attachMedia(deps, { viewer: await demoViewer(deps, item.by), slug, mediaId: mediaId(item.file) });
    for (const post of demo.posts) {
      await postToJournal(deps, {
        viewer: await demoViewer(deps, post.by),
        slug,
        body: post.body,
        mediaId: post.file ? mediaId(post.file) : undefined,
      });
    }
    if (demo.featured) await setFeatured(deps, { slug, featured: true });
  }
  return [`demo projects: ${projects.length}`];
};
