import type { OpenAPIHono } from '@hono/zod-openapi';
import { Hono } from 'hono';
import type { AppEnv } from '../platform/router.ts';
import { renderReferencePage } from './reference-page.ts';

const DOCUMENT_CONFIG = {
  openapi: '3.1.0',
  info: {
    title: 'Communs API',
    version: '1',
    description: 'The API of Communs, a partner-state portal. Errors are application/problem+json (RFC 9457).',
  },
};

/** `GET /api/openapi.json` (generated from the route schemas) and `GET /api/docs` (readable). */
export const docsRoutes = (api: Pick<OpenAPIHono, 'getOpenAPI31Document'>) => {
  const document = () => api.getOpenAPI31Document(DOCUMENT_CONFIG);
  return new Hono<AppEnv>()
    .get('/openapi.json', (c) => {
      c.header('cache-control', 'public, max-age=300');
      return c.json(document());
    })
    .get('/docs', (c) => {
      c.header('cache-control', 'public, max-age=300');
      return c.html(renderReferencePage(document() as Parameters<typeof renderReferencePage>[0]));
    });
};
