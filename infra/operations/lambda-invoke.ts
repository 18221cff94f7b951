import { InvokeCommand, type LambdaClient } from '@aws-sdk/client-lambda';
import type { Invoke } from './failure-queue.ts';

/**
 * Invokes a function and waits for its answer, so the redrive knows whether it worked: Lambda
 * answers 200 even when the function threw, and says so in `FunctionError`. The local runtime
 * answers the same API (infra/local/lambda-invoke-server.ts).
 */
export const lambdaInvoke =
  (lambda: LambdaClient): Invoke =>
  async (functionArn, payload) => {
    const result = await lambda.send(
      new InvokeCommand({
        FunctionName: functionArn,
        InvocationType: 'RequestResponse',
        Payload: new TextEncoder().encode(JSON.stringify(payload ?? {})),
      }),
    );
    if (result.FunctionError) {
      const answer = result.Payload ? new TextDecoder().decode(result.Payload) : '';
      throw new Error(errorMessageOf(answer) ?? result.FunctionError);
    }
  };

const errorMessageOf = (answer: string): string | undefined => {
  try {
    return (JSON.parse(answer) as { errorMessage?: string }).errorMessage;
  } catch {
    return answer || undefined;
  }
};
