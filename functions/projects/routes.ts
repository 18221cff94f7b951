import { z } from '@hono/zod-openapi';
import { reportRoute } from '../moderation/public.ts';
import { viewerOrThrow } from '../platform/auth.ts';
import { answerRead, PUBLIC_DETAIL_CACHE } from '../platform/cache.ts';
import { PageQuerySchema, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { attachMedia } from './attach-media.ts';
import { createProject } from './create-project.ts';
import { listProjectPlaces, listProjects } from './list-projects.ts';
import { postToJournal } from './post-to-journal.ts';
import { toJournalPost } from './project-views.ts';
import { readProjectActivity, readProjectJournal } from './read-journal-and-log.ts';
import { readProject, showChangedProject } from './read-project.ts';
import { reportableProjects } from './reportable.ts';
import {
  ActivitySchema,
  AttachedMediaSchema,
  CreateProjectSchema,
  JournalPostInputSchema,
  JournalPostSchema,
  ProjectDetailSchema,
  ProjectPageSchema,
  ProjectQuerySchema,
  ProjectUpdateSchema,
  SlugParamSchema,
} from './schema.ts';
import { updateProject } from './update-project.ts';

const tags = ['Projects'];
const projectRoute = routeDeclarations(tags);
const notFound = { 404: problem('No such project (or not visible to you)') };
const detailResponse = { 200: JSON_RESPONSE(ProjectDetailSchema, 'The project') };

const list = projectRoute.open('get', '/', {
  summary: 'Public projects: filter by neighbourhood, tag, status; search titles, summaries and tags (one read)',
  request: { query: ProjectQuerySchema },
  responses: { 200: JSON_RESPONSE(ProjectPageSchema, 'A page of projects'), 400: problem('Invalid query') },
});

const map = projectRoute.open('get', '/map', {
  summary: 'Every public project that has a place, for the map (one read)',
  responses: {
    200: JSON_RESPONSE(
      z.object({
        items: z.array(
          z.object({
            slug: z.string(),
            title: z.string(),
            summary: z.string(),
            place: z.object({ lat: z.number(), lng: z.number() }),
          }),
        ),
      }),
      'Projects with a place',
    ),
  },
});

const create = projectRoute.signedIn('post', '/', {
  summary: 'Start a project (you become its first steward)',
  request: { body: JSON_BODY(CreateProjectSchema) },
  responses: { 201: detailResponse[200], 409: problem('Slug taken; `proposedSlug` is free') },
});

const detail = projectRoute.open('get', '/{slug}', {
  summary: 'A project: summary, description (sanitised HTML), members by attribution name, media library (one read)',
  request: { params: SlugParamSchema },
  responses: { ...detailResponse, 400: problem('Invalid slug'), ...notFound },
});

const update = projectRoute.signedIn('patch', '/{slug}', {
  summary: 'Edit the project (stewards)',
  request: { params: SlugParamSchema, body: JSON_BODY(ProjectUpdateSchema) },
  responses: { ...detailResponse, ...notFound, 409: problem('Changed meanwhile') },
});

/** A public part of a project read page by page, newest first (one read a page). */
const pagedPart = <P extends string, T extends z.ZodType>(path: P, summary: string, item: T, description: string) =>
  projectRoute.open('get', path, {
    summary,
    request: { params: SlugParamSchema, query: PageQuerySchema },
    responses: { 200: JSON_RESPONSE(pageOf(item), description), 400: problem('Invalid query'), ...notFound },
  });

const journal = pagedPart(
  '/{slug}/journal',
  'The journal, newest first (cursor-paginated, one read)',
  JournalPostSchema,
  'A page of posts',
);

const post = projectRoute.signedIn('post', '/{slug}/journal', {
  summary: 'Post an update (members; Markdown, optionally one of your media)',
  request: { params: SlugParamSchema, body: JSON_BODY(JournalPostInputSchema) },
  responses: {
    201: JSON_RESPONSE(JournalPostSchema, 'Posted'),
    ...notFound,
    409: problem('The medium is not published'),
  },
});

const activity = pagedPart(
  '/{slug}/activity',
  'Who changed what, when (newest first, cursor-paginated)',
  ActivitySchema,
  'A page of the log',
);

const attach = projectRoute.signedIn('post', '/{slug}/media', {
  summary: 'Add one of your published media to the project library (members)',
  request: { params: SlugParamSchema, body: JSON_BODY(z.strictObject({ mediaId: z.uuid() })) },
  responses: {
    201: JSON_RESPONSE(AttachedMediaSchema, 'Attached'),
    ...notFound,
    409: problem('Already attached, or not published'),
  },
});

export const projectRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => answerRead(c, await listProjects(deps, c.req.valid('query'))))
    .openapi(map, async (c) => answerRead(c, await listProjectPlaces(deps)))
    .openapi(create, async (c) => {
      const project = await createProject(deps, { viewer: viewerOrThrow(c.var.viewer), input: c.req.valid('json') });
      return c.json(await showChangedProject(deps, project.slug), 201);
    })
    .openapi(detail, async (c) =>
      answerRead(
        c,
        await readProject(deps, { slug: c.req.valid('param').slug, viewer: c.var.viewer }),
        PUBLIC_DETAIL_CACHE,
      ),
    )
    .openapi(update, async (c) => {
      const { slug } = c.req.valid('param');
      await updateProject(deps, { viewer: viewerOrThrow(c.var.viewer), slug, changes: c.req.valid('json') });
      return c.json(await showChangedProject(deps, slug), 200);
    })
    .openapi(journal, async (c) =>
      answerRead(
        c,
        await readProjectJournal(deps, {
          ...c.req.valid('param'),
          ...c.req.valid('query'),
          viewer: c.var.viewer,
        }),
      ),
    )
    .openapi(post, async (c) => {
      const { slug } = c.req.valid('param');
      const { body, mediaId } = c.req.valid('json');
      const created = await postToJournal(deps, { viewer: viewerOrThrow(c.var.viewer), slug, body, mediaId });
      return c.json(toJournalPost(created), 201);
    })
    .openapi(activity, async (c) =>
      answerRead(
        c,
        await readProjectActivity(deps, {
          ...c.req.valid('param'),
          ...c.req.valid('query'),
          viewer: c.var.viewer,
        }),
      ),
    )
    .openapi(attach, async (c) => {
      const { slug } = c.req.valid('param');
      const { mediaId } = c.req.valid('json');
      return c.json(await attachMedia(deps, { viewer: viewerOrThrow(c.var.viewer), slug, mediaId }), 201);
    })
    .route(
      '/',
      reportRoute(deps, reportableProjects, {
        param: 'slug',
        params: SlugParamSchema,
        tags,
        summary: 'Report a project (anyone; once each; rate-limited)',
        notFound: 'No such project (or not visible to you)',
      }),
    );
