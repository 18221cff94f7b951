import type { Context } from 'aws-lambda';
import { CONTRIBUTIONS } from '../features.ts';
import { createAwsDeps } from '../platform/aws-deps.ts';
import type { WorkRef } from '../platform/work.ts';
import { runWorkAndContinue } from './run-work.ts';

// The function continues itself: its own name is the work function's (set by Lambda, not by the
// stack, which cannot give a function its own name without a dependency cycle).
const deps = createAwsDeps(
  CONTRIBUTIONS.hooks,
  { ...process.env, WORK_FUNCTION_NAME: process.env.AWS_LAMBDA_FUNCTION_NAME },
  'job',
);

/** Asynchronous invocation entry: one run on one work item, within the time Lambda gives it. */
export const handler = async (event: WorkRef, context: Context) =>
  runWorkAndContinue(deps, { kind: event.kind, id: event.id }, () => context.getRemainingTimeInMillis());
