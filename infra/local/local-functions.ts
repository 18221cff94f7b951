import { randomUUID } from 'node:crypto';
import { logger } from '../../functions/platform/logger.ts';
import { retriesExhausted } from '../operations/failure-record.ts';
import { keepFailure } from './failure-folder.ts';
import { LOCAL_REGION } from './local-aws.ts';

/** The functions Lambda invokes asynchronously, by the names of their CDK constructs. */
export type LocalFunctionName = 'MediaUploaded' | 'DailyJob';
export type LocalFunctions = Record<LocalFunctionName, (event: unknown) => Promise<unknown>>;

/** Lambda tries an asynchronous event three times in all: the first attempt and two retries. */
const ATTEMPTS = 3;

export const localFunctionArn = (name: LocalFunctionName) =>
  `arn:aws:lambda:${LOCAL_REGION}:000000000000:function:${name}`;

/**
 * The local twin of Lambda's asynchronous invocation with an on-failure destination (the stack's
 * `configureAsyncInvoke`): an event whose every attempt throws is not dropped but kept, in the
 * shape Lambda sends to the failure queue, in the local failure folder.
 */
export const invokeAsync = async (options: {
  functions: LocalFunctions;
  name: LocalFunctionName;
  event: unknown;
  failureFolder: string;
  /** Between attempts (Lambda waits a minute, then two); short locally. */
  retryDelayMs: number;
  now: () => Date;
}) => {
  let lastError: Error = new Error('not run');
  for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
    try {
      await options.functions[options.name](options.event);
      return;
    } catch (error) {
      lastError = error as Error;
      logger.warn('asynchronous invocation failed', { function: options.name, attempt, error: lastError });
      if (attempt < ATTEMPTS) await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs * attempt));
    }
  }
  logger.error('asynchronous invocation failed after its retries; kept in the failure queue', {
    function: options.name,
    error: lastError,
  });
  await keepFailure(
    options.failureFolder,
    retriesExhausted({
      requestId: randomUUID(),
      functionArn: `${localFunctionArn(options.name)}:$LATEST`,
      payload: options.event,
      attempts: ATTEMPTS,
      error: lastError,
      at: options.now(),
    }),
  );
};
