import { z } from 'zod';

/**
 * What Lambda sends to an on-failure destination when an asynchronous invocation (an S3 event,
 * the schedule) still fails after its retries: the original event is `requestPayload`. The local
 * runtime writes the same shape, so one redrive command reads both.
 */
export const FailureRecordSchema = z.object({
  version: z.string(),
  timestamp: z.string(),
  requestContext: z.object({
    requestId: z.string(),
    functionArn: z.string().startsWith('arn:'),
    condition: z.string(),
    approximateInvokeCount: z.number(),
  }),
  requestPayload: z.unknown(),
  responseContext: z
    .object({ statusCode: z.number(), executedVersion: z.string(), functionError: z.string().optional() })
    .optional(),
  responsePayload: z.unknown().optional(),
});

export type FailureRecord = z.infer<typeof FailureRecordSchema>;

/** The record of an invocation whose every attempt threw (Lambda's "RetriesExhausted"). */
export const retriesExhausted = (options: {
  requestId: string;
  functionArn: string;
  payload: unknown;
  attempts: number;
  error: Error;
  at: Date;
}): FailureRecord => ({
  version: '1.0',
  timestamp: options.at.toISOString(),
  requestContext: {
    requestId: options.requestId,
    functionArn: options.functionArn,
    condition: 'RetriesExhausted',
    approximateInvokeCount: options.attempts,
  },
  requestPayload: options.payload,
  responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
  responsePayload: { errorType: options.error.name, errorMessage: options.error.message },
});
