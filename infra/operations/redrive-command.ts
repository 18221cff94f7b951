import { LambdaClient } from '@aws-sdk/client-lambda';
import { SQSClient } from '@aws-sdk/client-sqs';
import { failureFolderIn, folderFailureQueue } from '../local/failure-folder.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../local/local-aws.ts';
import { readRuntimeFile } from '../local/runtime-file.ts';
import { sqsFailureQueue } from './aws-failure-queue.ts';
import { lambdaInvoke } from './lambda-invoke.ts';
import { type RedriveOutcome, redriveFailures } from './redrive.ts';

/**
 * `npm run admin -- redrive-failures`: in AWS (FAILURE_QUEUE_URL set, the stack's `FailureQueueUrl`
 * output) the SQS failure queue and the deployed functions; locally, DATA_DIR/failures/ and the
 * functions of the running `npm start`.
 */
export const redriveCommand = async (
  env: NodeJS.ProcessEnv,
  dataDir: string,
  print: (line: string) => void,
): Promise<RedriveOutcome> => {
  if (env.FAILURE_QUEUE_URL) {
    const sqs = new SQSClient({});
    // The media function may run two minutes: wait for its answer.
    const lambda = new LambdaClient({ requestHandler: { requestTimeout: 16 * 60 * 1000 } });
    try {
      return await redriveFailures(sqsFailureQueue(sqs, env.FAILURE_QUEUE_URL), lambdaInvoke(lambda), print);
    } finally {
      sqs.destroy();
      lambda.destroy();
    }
  }
  const running = readRuntimeFile(dataDir);
  if (!running) {
    throw new Error(
      `no portal is running on ${dataDir}: start it (npm start), the failed events are sent again to its functions.`,
    );
  }
  const lambda = new LambdaClient({
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
    endpoint: running.lambdaEndpoint,
  });
  try {
    return await redriveFailures(folderFailureQueue(failureFolderIn(dataDir)), lambdaInvoke(lambda), print);
  } finally {
    lambda.destroy();
  }
};
