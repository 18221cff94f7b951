import { createRoute, z } from '@hono/zod-openapi';
import { FlagRequestSchema } from '../media/public.ts';
import { reportResponses } from '../moderation/reporter.ts';
import { requireSignedIn, viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE, PUBLIC_DETAIL_CACHE, PUBLIC_LIST_CACHE } from '../platform/cache.ts';
import { clientIp } from '../platform/client-ip.ts';
import { decodeCursor, encodeCursor, PageQuerySchema, pageOf } from '../platform/cursor.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_BODY, SESSION_SECURITY, SIGNED_IN_ERRORS } from '../platform/openapi-common.ts';
import { createRouter, problem } from '../platform/router.ts';
import { attachMedia } from './attach-media.ts';
import { createProject } from './create-project.ts';
import { flagProject } from './moderate-project.ts';
import { postToJournal, readJournal } from './post-to-journal.ts';
import { visibleProject } from './project-access.ts';
import { toJournalPost, toProjectDetail } from './project-views.ts';
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
import { pageOfResults, searchProjects } from './search-index.ts';
import { getProjectPage, isListedPublicly, queryCollection, readSearchIndex } from './store.ts';
import { updateProject } from './update-project.ts';

const tags = ['Projects'];
const signedIn = { security: SESSION_SECURITY, middleware: requireSignedIn, tags };
const notFound = { 404: problem('No such project (or not visible to you)') };
const detailResponse = {
  200: { content: { 'application/json': { schema: ProjectDetailSchema } }, description: 'The project' },
};

const list = createRoute({
  method: 'get',
  path: '/',
  tags,
  summary: 'Public projects: filter by neighbourhood, tag, status; search titles, summaries and tags (one read)',
  request: { query: ProjectQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: ProjectPageSchema } }, description: 'A page of projects' },
    400: problem('Invalid query'),
  },
});

const map = createRoute({
  method: 'get',
  path: '/map',
  tags,
  summary: 'Every public project that has a place, for the map (one read)',
  responses: {
    200: {
      content: {
        'application/json': {
          schema: z.object({
            items: z.array(
              z.object({
                slug: z.string(),
                title: z.string(),
                summary: z.string(),
                place: z.object({ lat: z.number(), lng: z.number() }),
              }),
            ),
          }),
        },
      },
      description: 'Projects with a place',
    },
  },
});

const create = createRoute({
  ...signedIn,
  method: 'post',
  path: '/',
  summary: 'Start a project (you become its first steward)',
  request: { body: JSON_BODY(CreateProjectSchema) },
  responses: { 201: detailResponse[200], ...SIGNED_IN_ERRORS, 409: problem('Slug taken; `proposedSlug` is free') },
});

const detail = createRoute({
  method: 'get',
  path: '/{slug}',
  tags,
  summary: 'A project: summary, description (sanitised HTML), members by attribution name, media library (one read)',
  request: { params: SlugParamSchema },
  responses: { ...detailResponse, 400: problem('Invalid slug'), ...notFound },
});

const update = createRoute({
  ...signedIn,
  method: 'patch',
  path: '/{slug}',
  summary: 'Edit the project (stewards)',
  request: { params: SlugParamSchema, body: JSON_BODY(ProjectUpdateSchema) },
  responses: { ...detailResponse, ...SIGNED_IN_ERRORS, ...notFound, 409: problem('Changed meanwhile') },
});

const journal = createRoute({
  method: 'get',
  path: '/{slug}/journal',
  tags,
  summary: 'The journal, newest first (cursor-paginated, one read)',
  request: { params: SlugParamSchema, query: PageQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: pageOf(JournalPostSchema) } }, description: 'A page of posts' },
    400: problem('Invalid query'),
    ...notFound,
  },
});

const post = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{slug}/journal',
  summary: 'Post an update (members; Markdown, optionally one of your media)',
  request: { params: SlugParamSchema, body: JSON_BODY(JournalPostInputSchema) },
  responses: {
    201: { content: { 'application/json': { schema: JournalPostSchema } }, description: 'Posted' },
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('The medium is not published'),
  },
});

const activity = createRoute({
  method: 'get',
  path: '/{slug}/activity',
  tags,
  summary: 'Who changed what, when (newest first, cursor-paginated)',
  request: { params: SlugParamSchema, query: PageQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: pageOf(ActivitySchema) } }, description: 'A page of the log' },
    400: problem('Invalid query'),
    ...notFound,
  },
});

const attach = createRoute({
  ...signedIn,
  method: 'post',
  path: '/{slug}/media',
  summary: 'Add one of your published media to the project library (members)',
  request: { params: SlugParamSchema, body: JSON_BODY(z.strictObject({ mediaId: z.uuid() })) },
  responses: {
    201: { content: { 'application/json': { schema: AttachedMediaSchema } }, description: 'Attached' },
    ...SIGNED_IN_ERRORS,
    ...notFound,
    409: problem('Already attached, or not published'),
  },
});

const flag = createRoute({
  method: 'post',
  path: '/{slug}/flags',
  tags,
  summary: 'Report a project (anyone; once each; rate-limited)',
  request: { params: SlugParamSchema, body: JSON_BODY(FlagRequestSchema) },
  responses: reportResponses('No such project (or not visible to you)'),
});

export const projectRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(list, async (c) => {
      const { cursor, limit, featured, ...filters } = c.req.valid('query');
      const index = await readSearchIndex(deps);
      const results = searchProjects(index.entries, {
        ...filters,
        featured: featured === undefined ? undefined : featured === 'true',
      });
      c.header('cache-control', PUBLIC_LIST_CACHE);
      return c.json(pageOfResults(results, { cursor, limit }), 200);
    })
    .openapi(map, async (c) => {
      const index = await readSearchIndex(deps);
      const items = Object.values(index.entries).flatMap(({ slug, title, summary, place }) =>
        place ? [{ slug, title, summary, place }] : [],
      );
      c.header('cache-control', PUBLIC_LIST_CACHE);
      return c.json({ items }, 200);
    })
    .openapi(create, async (c) => {
      const project = await createProject(deps, { viewer: viewerOrThrow(c.var.viewer), input: c.req.valid('json') });
      const page = toProjectDetail(await getProjectPage(deps, project.slug));
      if (!page) throw new AppError('internal', 'The project vanished after creation.');
      return c.json(page, 201);
    })
    .openapi(detail, async (c) => {
      const { slug } = c.req.valid('param');
      const page = toProjectDetail(await getProjectPage(deps, slug));
      if (!page) throw new AppError('not-found', `There is no project "${slug}".`);
      if (page.visibility !== 'public' || page.hidden) {
        // Drafts and hidden projects: only their members (and admins) see them, never cached.
        await visibleProject(deps, slug, c.var.viewer);
        c.header('cache-control', PRIVATE_NO_STORE);
      } else {
        c.header('cache-control', PUBLIC_DETAIL_CACHE);
      }
      return c.json(page, 200);
    })
    .openapi(update, async (c) => {
      const { slug } = c.req.valid('param');
      await updateProject(deps, { viewer: viewerOrThrow(c.var.viewer), slug, changes: c.req.valid('json') });
      const page = toProjectDetail(await getProjectPage(deps, slug));
      if (!page) throw new AppError('not-found', `There is no project "${slug}".`);
      return c.json(page, 200);
    })
    .openapi(journal, async (c) => {
      const { slug } = c.req.valid('param');
      const { cursor, limit } = c.req.valid('query');
      const { project } = await visibleProject(deps, slug, c.var.viewer);
      const page = await readJournal(deps, slug, { limit, startKey: decodeCursor(cursor) });
      c.header('cache-control', isListedPublicly(project) ? PUBLIC_LIST_CACHE : PRIVATE_NO_STORE);
      return c.json({ items: page.posts.map(toJournalPost), nextCursor: encodeCursor(page.lastKey) }, 200);
    })
    .openapi(post, async (c) => {
      const { slug } = c.req.valid('param');
      const { body, mediaId } = c.req.valid('json');
      const created = await postToJournal(deps, { viewer: viewerOrThrow(c.var.viewer), slug, body, mediaId });
      return c.json(toJournalPost(created), 201);
    })
    .openapi(activity, async (c) => {
      const { slug } = c.req.valid('param');
      const { cursor, limit } = c.req.valid('query');
      const { project } = await visibleProject(deps, slug, c.var.viewer);
      const page = await queryCollection(deps, slug, 'L#', { limit, startKey: decodeCursor(cursor) });
      c.header('cache-control', isListedPublicly(project) ? PUBLIC_LIST_CACHE : PRIVATE_NO_STORE);
      return c.json(
        {
          items: page.items.map((item) => ({
            at: String(item.at),
            actorName: String(item.actorName),
            action: String(item.action),
            detail: item.detail === undefined ? undefined : String(item.detail),
          })),
          nextCursor: encodeCursor(page.lastKey),
        },
        200,
      );
    })
    .openapi(attach, async (c) => {
      const { slug } = c.req.valid('param');
      return c.json(
        await attachMedia(deps, { viewer: viewerOrThrow(c.var.viewer), slug, mediaId: c.req.valid('json').mediaId }),
        201,
      );
    })
    .openapi(flag, async (c) => {
      const result = await flagProject(deps, {
        slug: c.req.valid('param').slug,
        reason: c.req.valid('json').reason,
        viewer: c.var.viewer,
        clientIp: clientIp(c),
      });
      return c.json(result, 201);
    });
