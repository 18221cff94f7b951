import { z } from '@hono/zod-openapi';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { checkDependencies } from './check-dependencies.ts';

const CheckSchema = z.enum(['ok', 'down']);
const HealthSchema = z
  .object({ status: z.literal('ok'), checks: z.object({ table: CheckSchema, media: CheckSchema }) })
  .openapi('Health');

const getHealth = routeDeclarations(['Platform']).open('get', '/', {
  summary: 'Whether the table and the media bucket answer',
  responses: {
    200: JSON_RESPONSE(HealthSchema, 'Everything answers'),
    503: problem('A dependency is down; `checks` names it'),
  },
});

export const healthRoutes = (deps: AppDeps) =>
  createRouter().openapi(getHealth, async (c) => {
    const checks = await checkDependencies(deps);
    c.header('cache-control', 'no-store');
    const down = Object.entries(checks)
      .filter(([, status]) => status === 'down')
      .map(([name]) => name);
    if (down.length > 0) {
      throw new AppError('dependency-unavailable', `Not answering: ${down.join(', ')}.`, {
        extensions: { checks },
        headers: { 'retry-after': '5' },
      });
    }
    return c.json({ status: 'ok' as const, checks: { table: 'ok' as const, media: 'ok' as const } }, 200);
  });
