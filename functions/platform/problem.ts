import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ZodError } from 'zod';
import { AppError, type FieldError, isDependencyFailure, type ProblemDetails } from './errors.ts';
import { logger } from './logger.ts';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

export const problemResponse = (problem: ProblemDetails, headers: Record<string, string> = {}): Response =>
  new Response(JSON.stringify(problem), {
    status: problem.status,
    headers: { 'content-type': PROBLEM_CONTENT_TYPE, 'cache-control': 'no-store', ...headers },
  });

export const appErrorResponse = (error: AppError): Response => problemResponse(error.toProblem(), error.headers);

/** Zod issues as field errors a form can attach to its inputs. */
export const fieldErrors = (error: ZodError, where: string): FieldError[] =>
  error.issues.map((issue) => ({
    in: where,
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));

export const validationError = (error: ZodError, where: string): AppError => {
  const errors = fieldErrors(error, where);
  const fields = errors.map((e) => e.path || '(root)').join(', ');
  return new AppError('validation', `Some fields are not valid: ${fields}.`, { extensions: { errors } });
};

/**
 * The API's one error handler: known failures become their problem, HTTP exceptions raised by
 * Hono's middleware keep their status, a dependency outage is a 503, anything else a 500 whose
 * details stay in the logs.
 */
export const handleError = (error: Error, c: Context): Response => {
  if (error instanceof AppError) return appErrorResponse(error);
  if (error instanceof HTTPException) {
    const status = error.status;
    const kind =
      status === 413
        ? 'payload-too-large'
        : status === 415
          ? 'unsupported-media-type'
          : status === 401
            ? 'unauthenticated'
            : status === 403
              ? 'forbidden'
              : status === 404
                ? 'not-found'
                : 'malformed-request';
    return appErrorResponse(new AppError(kind, error.message || 'The request could not be read.'));
  }
  if (isDependencyFailure(error)) {
    logger.warn('dependency unavailable', { path: c.req.path, error });
    return appErrorResponse(
      new AppError('dependency-unavailable', 'A storage service is not answering. Please try again in a moment.', {
        headers: { 'retry-after': '5' },
      }),
    );
  }
  logger.error('unhandled error', { path: c.req.path, error });
  return appErrorResponse(new AppError('internal', 'An unexpected error occurred. It has been logged.'));
};
