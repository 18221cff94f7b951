import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { AppError } from './errors.ts';
import { appErrorResponse } from './problem.ts';

/**
 * A route whose requests may carry more than the API's usual limit (`maxBodyBytes`), with its own
 * documented maximum: text a person writes offline and sends whole, such as a long video's captions.
 */
export interface LargeBody {
  method: string;
  /** The route's full path, Hono style: `/api/media/:id/captions/:language`. */
  path: string;
  maxBytes: number;
}

const patternOf = (path: string) =>
  new RegExp(`^${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z]+/g, '[^/]+')}$`);

/**
 * Refuses a request body over the limit of its route (413 problem), judged by the bytes really
 * received, not only by the announced Content-Length.
 */
export const limitBodies = (defaultMaxBytes: number, largeBodies: readonly LargeBody[]): MiddlewareHandler => {
  const limiter = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () =>
        appErrorResponse(new AppError('payload-too-large', `The request body is larger than ${maxSize} bytes.`)),
    });
  const routes = largeBodies.map((body) => ({ ...body, pattern: patternOf(body.path), limit: limiter(body.maxBytes) }));
  const usual = limiter(defaultMaxBytes);
  return (c, next) => {
    const route = routes.find((r) => r.method === c.req.method && r.pattern.test(c.req.path));
    return (route?.limit ?? usual)(c, next);
  };
};
