import { DeleteMessageCommand, ReceiveMessageCommand, type SQSClient } from '@aws-sdk/client-sqs';
import type { FailureQueue } from './failure-queue.ts';

/** While a message is being sent again it stays hidden from other readers (Lambda's longest run). */
const VISIBILITY_SECONDS = 15 * 60;

/**
 * The stack's failure queue (SQS). A message that fails again is simply not deleted: it shows
 * again once its visibility timeout ends, for a later run; this run never reads it twice.
 */
export const sqsFailureQueue = (sqs: SQSClient, queueUrl: string): FailureQueue => {
  const seen = new Set<string>();
  return {
    async receive() {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: queueUrl,
          MaxNumberOfMessages: 10,
          WaitTimeSeconds: 1,
          VisibilityTimeout: VISIBILITY_SECONDS,
        }),
      );
      const fresh = Messages.filter((message) => message.MessageId && !seen.has(message.MessageId));
      for (const message of fresh) seen.add(message.MessageId as string);
      return fresh.map((message) => ({ handle: message.ReceiptHandle ?? '', body: message.Body ?? '' }));
    },
    async remove(handle) {
      await sqs.send(new DeleteMessageCommand({ QueueUrl: queueUrl, ReceiptHandle: handle }));
    },
  };
};
