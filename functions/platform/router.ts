import { OpenAPIHono, z } from '@hono/zod-openapi';
import type { AuthVariables } from './auth.ts';
import type { AppDeps } from './deps.ts';
import { validationError } from './problem.ts';

/** What every request carries through the middleware chain. */
export interface AppEnv {
  Variables: AuthVariables & {
    deps: AppDeps;
  };
}

const TARGET_NAMES: Record<string, string> = { json: 'body', form: 'body', query: 'query', param: 'path' };

/**
 * A feature's sub-app. Validation failures of any route become a 400 problem listing the field
 * paths, so no handler ever sees unchecked input.
 */
export const createRouter = () =>
  new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw validationError(result.error, TARGET_NAMES[result.target] ?? result.target);
    },
  });

/** The problem+json body, for the OpenAPI document. */
export const ProblemSchema = z
  .object({
    type: z.string().openapi({ example: 'urn:communs:problem:validation' }),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ in: z.string(), path: z.string(), message: z.string() })).optional(),
  })
  .openapi('Problem');

/** An error response entry for a route's `responses`. */
export const problem = (description: string) => ({
  content: { 'application/problem+json': { schema: ProblemSchema } },
  description,
});
