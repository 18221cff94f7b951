import { z } from '@hono/zod-openapi';
import { cacheControl, PUBLIC_DETAIL_CACHE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { validationError } from '../platform/problem.ts';
import { createRouter, problem } from '../platform/router.ts';
import { readPublishedTrail } from './read-trail.ts';
import { TrailIdParamSchema } from './schema.ts';
import { type ExportContext, trailCreditsText, trailGeoJson, trailGpx } from './trail-exports.ts';

/** The open-data files of a published trail; each is one read and cacheable like the page. */
const EXPORTS = {
  geojson: {
    suffix: '.geojson',
    contentType: 'application/geo+json; charset=utf-8',
    summary: 'The trail as GeoJSON: stops as Points (media, licences, attributions), the route as a LineString',
    build: (trail: Parameters<typeof trailGeoJson>[0], context: ExportContext) =>
      JSON.stringify(trailGeoJson(trail, context), null, 1),
  },
  gpx: {
    suffix: '.gpx',
    contentType: 'application/gpx+xml; charset=utf-8',
    summary: 'The trail as GPX 1.1: stops as waypoints, the route as a track, with its attribution',
    build: trailGpx,
  },
  credits: {
    suffix: '/credits.txt',
    contentType: 'text/plain; charset=utf-8',
    summary: 'The trail’s credits: every contributor, work and licence (and the original’s, for a fork)',
    build: trailCreditsText,
  },
} as const;

/**
 * `GET /api/trails/{id}.geojson`, `.gpx` and `/credits.txt`. Hono needs a regular expression to
 * match an id followed by a suffix, which zod-openapi's paths cannot say: these routes are plain
 * Hono routes that validate the id with the same zod schema, and are registered in the OpenAPI
 * document by hand.
 */
export const trailExportRoutes = (deps: AppDeps) => {
  const router = createRouter();
  for (const [name, format] of Object.entries(EXPORTS)) {
    router.openAPIRegistry.registerPath({
      method: 'get',
      path: `/{id}${format.suffix}`,
      tags: ['Trails'],
      summary: format.summary,
      request: { params: TrailIdParamSchema },
      responses: {
        200: {
          content: { [format.contentType.split(';')[0] ?? 'text/plain']: { schema: z.string() } },
          description: 'The file',
        },
        400: problem('Invalid id'),
        404: problem('No such published trail'),
      },
    });
    const pattern = format.suffix.startsWith('/') ? `/:id${format.suffix}` : `/:file{[^/]+\\${format.suffix}}`;
    router.get(pattern, async (c) => {
      const raw = c.req.param('id') ?? c.req.param('file')?.slice(0, -format.suffix.length);
      const parsed = TrailIdParamSchema.safeParse({ id: raw });
      if (!parsed.success) throw validationError(parsed.error, 'path');
      const read = await readPublishedTrail(deps, parsed.data.id);
      return c.body(format.build(read.view, { publicUrl: deps.config.publicUrl }), 200, {
        'content-type': format.contentType,
        'content-disposition': `attachment; filename="${parsed.data.id}${name === 'credits' ? '-credits.txt' : format.suffix}"`,
        'cache-control': cacheControl(read.cache, PUBLIC_DETAIL_CACHE),
      });
    });
  }
  return router;
};
