import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * The failures the portal can explain to a client. Each has a stable problem `type`
 * (`urn:communs:problem:<kind>`), a title and an HTTP status; use cases throw `AppError`
 * with one of these kinds and routes never build error bodies by hand.
 */
export const PROBLEM_KINDS = {
  validation: { status: 400, title: 'The request is not valid' },
  'malformed-request': { status: 400, title: 'The request could not be read' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  forbidden: { status: 403, title: 'Not allowed' },
  'csrf-rejected': { status: 403, title: 'Cross-site request refused' },
  'not-found': { status: 404, title: 'Not found' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  conflict: { status: 409, title: 'Conflict with the current state' },
  gone: { status: 410, title: 'No longer available' },
  'payload-too-large': { status: 413, title: 'Request too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported content type' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  internal: { status: 500, title: 'Something went wrong on our side' },
  'dependency-unavailable': { status: 503, title: 'A service the portal depends on is unavailable' },
} as const satisfies Record<string, { status: ContentfulStatusCode; title: string }>;

export type ProblemKind = keyof typeof PROBLEM_KINDS;

export interface FieldError {
  /** Where the field is: body, query, param, header, cookie. */
  in: string;
  /** Dotted path to the failing field, e.g. `place.lat`. */
  path: string;
  message: string;
}

export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

export const problemType = (kind: ProblemKind): string => `urn:communs:problem:${kind}`;

/** A failure a use case knows how to describe; the API turns it into problem+json. */
export class AppError extends Error {
  readonly kind: ProblemKind;
  readonly extensions: Record<string, unknown>;
  /** Response headers the failure implies, e.g. `Retry-After` on a 429. */
  readonly headers: Record<string, string>;

  constructor(
    kind: ProblemKind,
    detail: string,
    options: { extensions?: Record<string, unknown>; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(detail, { cause: options.cause });
    this.name = 'AppError';
    this.kind = kind;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }

  get status(): ContentfulStatusCode {
    return PROBLEM_KINDS[this.kind].status;
  }

  toProblem(): ProblemDetails {
    const { status, title } = PROBLEM_KINDS[this.kind];
    // Extensions first: they can never overwrite the problem's own members.
    return { ...this.extensions, type: problemType(this.kind), title, status, detail: this.message };
  }
}

/**
 * True when an error comes from an AWS dependency being unreachable or failing on its side
 * (network refused, time-out, throttling, 5xx), as opposed to a bug in our request.
 */
export const isDependencyFailure = (error: unknown): boolean => {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: string }).code;
  if (code && ['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN'].includes(code))
    return true;
  if (
    [
      'TimeoutError',
      'RequestTimeout',
      'ProvisionedThroughputExceededException',
      'ThrottlingException',
      'RequestLimitExceeded',
    ].includes(error.name)
  )
    return true;
  const metadata = (error as { $metadata?: { httpStatusCode?: number } }).$metadata;
  if (metadata?.httpStatusCode && metadata.httpStatusCode >= 500) return true;
  // The SDK wraps socket errors; look one level down.
  return error.cause !== undefined && error.cause !== error && isDependencyFailure(error.cause);
};
