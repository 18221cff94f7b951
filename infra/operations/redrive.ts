import type { FailureQueue, Invoke } from './failure-queue.ts';
import { FailureRecordSchema } from './failure-record.ts';

export interface RedriveOutcome {
  /** Sent again, succeeded, removed from the queue. */
  redriven: number;
  /** Sent again and failed again, or not a record this command can send: left in the queue. */
  left: number;
}

/**
 * Sends each failed invocation in the queue again to the function it was meant for, with its
 * original event, and removes the message only when that invocation succeeds: a cause not yet
 * fixed leaves the message for the next try (the queue keeps it 14 days).
 */
export const redriveFailures = async (
  queue: FailureQueue,
  invoke: Invoke,
  print: (line: string) => void,
): Promise<RedriveOutcome> => {
  const outcome: RedriveOutcome = { redriven: 0, left: 0 };
  for (let messages = await queue.receive(); messages.length > 0; messages = await queue.receive()) {
    for (const message of messages) {
      const record = parse(message.body);
      if (!record) {
        print(`left: a message that is not a Lambda failure record (${message.body.slice(0, 120)})`);
        outcome.left++;
        continue;
      }
      const { functionArn, requestId } = record.requestContext;
      const what = `${functionName(functionArn)} (${record.timestamp}, request ${requestId})`;
      try {
        await invoke(functionArn, record.requestPayload);
      } catch (error) {
        print(`left: ${what} failed again: ${(error as Error).message}`);
        outcome.left++;
        continue;
      }
      await queue.remove(message.handle);
      print(`sent again: ${what}`);
      outcome.redriven++;
    }
  }
  return outcome;
};

const parse = (body: string) => {
  try {
    const parsed = FailureRecordSchema.safeParse(JSON.parse(body));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

/** `arn:aws:lambda:region:account:function:NAME[:qualifier]` → NAME. */
export const functionName = (functionArn: string) => functionArn.split(':')[6] ?? functionArn;
