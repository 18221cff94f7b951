import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { WorkStarter } from './work.ts';

/**
 * Starts the work function (WORK_FUNCTION_NAME) on an item with an asynchronous invocation: Lambda
 * queues the event and answers at once, runs it with the work function's own time limit (not the
 * API's 15 seconds), retries it if it fails, and sends it to the failure queue in the end.
 */
export const createLambdaWorkStarter = (functionName: string, lambda: LambdaClient): WorkStarter => ({
  async start(ref) {
    await lambda.send(
      new InvokeCommand({
        FunctionName: functionName,
        InvocationType: 'Event',
        Payload: new TextEncoder().encode(JSON.stringify(ref)),
      }),
    );
  },
});
