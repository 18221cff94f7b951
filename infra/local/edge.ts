import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join, normalize, sep } from 'node:path';
import { Readable } from 'node:stream';
import { GetObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import type { HttpBindings } from '@hono/node-server';
import { type Context, Hono } from 'hono';
import { getMimeType } from 'hono/utils/mime';
import { API_REQUEST_HEADER_NAMES } from '../../functions/platform/request-headers.ts';
import { securityHeaders } from '../security-headers.ts';
import { siteCacheControl } from '../site-cache.ts';
import type { LocalEdgeCache } from './edge-cache.ts';

const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const SIGNED_BODY_METHODS = new Set(['POST', 'PUT']);

// Whatever was stored, these are never served as a document that could run script.
const ACTIVE_TYPES = /^(text\/html|image\/svg\+xml|application\/xhtml\+xml|text\/xml|application\/xml)/i;

/**
 * What CloudFront does in AWS, on one local origin: `/api/*` to the API app, `/media/*` to the
 * media bucket's `media/` prefix (never `uploads/`), everything else to the built site, with the
 * same security headers on every response.
 */
export const createEdge = (options: {
  api: { fetch: (request: Request) => Response | Promise<Response> };
  s3: S3Client;
  mediaBucket: string;
  siteDir: string;
  /** Origins browsers upload to directly (s3rver locally, the bucket's endpoint in AWS). */
  uploadOrigins: string[];
  /** What the `/api/*` behaviour caches (the app's use cases invalidate it); none: every read reaches the API. */
  apiCache?: LocalEdgeCache;
}) => {
  // Tiles from wherever the site was built to load them (PUBLIC_TILE_URL), as the deployed CSP.
  const headers = Object.entries(
    securityHeaders({ extraConnectSrc: options.uploadOrigins, tileUrl: process.env.PUBLIC_TILE_URL || undefined }),
  );
  const edge = new Hono<{ Bindings: Partial<HttpBindings> }>();
  edge.use('*', async (c, next) => {
    await next();
    for (const [name, value] of headers) c.res.headers.set(name, value);
  });

  // As CloudFront does: the viewer's address in CloudFront-Viewer-Address, whatever the client sent.
  const toApi = async (c: Context<{ Bindings: Partial<HttpBindings> }>) => {
    const socket = c.env?.incoming?.socket;
    const body = BODY_METHODS.has(c.req.method) ? await c.req.arrayBuffer() : undefined;
    // As Lambda behind CloudFront's origin access control: POST and PUT must carry the body's
    // SHA-256, and a hash that does not match is refused, whatever the method.
    const declared = c.req.header('x-amz-content-sha256');
    if (body !== undefined && (declared || SIGNED_BODY_METHODS.has(c.req.method))) {
      const actual = createHash('sha256').update(Buffer.from(body)).digest('hex');
      if (declared !== actual) {
        return c.json(
          {
            message: 'x-amz-content-sha256 is missing or does not match the request body (as the API in AWS requires).',
          },
          403,
        );
      }
    }
    // As the origin request policy: the headers the API reads and the cookies, nothing else.
    const forwarded = new Headers();
    for (const name of [...API_REQUEST_HEADER_NAMES, 'cookie']) {
      const value = c.req.header(name);
      if (value !== undefined) forwarded.set(name, value);
    }
    forwarded.set('cloudfront-viewer-address', `${socket?.remoteAddress ?? 'unknown'}:${socket?.remotePort ?? 0}`);
    const request = new Request(c.req.url, { method: c.req.method, headers: forwarded, body });
    const origin = async () => options.api.fetch(request);
    return options.apiCache ? options.apiCache.serve(request, origin) : origin();
  };
  edge.all('/api/*', toApi);
  edge.all('/api', toApi);

  edge.get('/media/*', async (c) => {
    const key = decodeURIComponent(c.req.path.slice(1));
    if (key.includes('..')) return c.notFound();
    try {
      const object = await options.s3.send(new GetObjectCommand({ Bucket: options.mediaBucket, Key: key }));
      const type =
        object.ContentType && !ACTIVE_TYPES.test(object.ContentType) ? object.ContentType : 'application/octet-stream';
      const headers = new Headers({ 'content-type': type, 'x-content-type-options': 'nosniff' });
      if (object.ContentLength !== undefined) headers.set('content-length', String(object.ContentLength));
      if (object.CacheControl) headers.set('cache-control', object.CacheControl);
      if (object.ContentDisposition) headers.set('content-disposition', object.ContentDisposition);
      if (object.ETag) headers.set('etag', object.ETag);
      return new Response(Readable.toWeb(object.Body as Readable) as ReadableStream, { headers });
    } catch (error) {
      if ((error as Error).name === 'NoSuchKey') return c.text('Not found', 404);
      throw error;
    }
  });

  edge.get('*', async (c) => {
    const file = await findSiteFile(options.siteDir, c.req.path);
    if (file) return fileResponse(file, 200);
    const notFound = join(options.siteDir, '404.html');
    return (await isFile(notFound)) ? fileResponse(notFound, 404) : c.text('Not found', 404);
  });
  return edge;
};

const isFile = async (path: string) => (await stat(path).catch(() => null))?.isFile() ?? false;

/** `/a/b` → site/a/b, site/a/b/index.html or site/a/b.html; nothing outside the site folder. */
const findSiteFile = async (siteDir: string, urlPath: string): Promise<string | null> => {
  const relative = normalize(decodeURIComponent(urlPath)).replace(/^([/\\])+/, '');
  const base = join(siteDir, relative);
  if (base !== siteDir && !base.startsWith(siteDir + sep)) return null;
  for (const candidate of [base, join(base, 'index.html'), `${base}.html`]) {
    if (await isFile(candidate)) return candidate;
  }
  return null;
};

const fileResponse = async (path: string, status: number) => {
  const { size } = await stat(path);
  return new Response(Readable.toWeb(createReadStream(path)) as ReadableStream, {
    status,
    headers: {
      'content-type': getMimeType(path) ?? 'application/octet-stream',
      'content-length': String(size),
      // The same values the site deployment gives each object in S3.
      'cache-control': siteCacheControl(path),
    },
  });
};
