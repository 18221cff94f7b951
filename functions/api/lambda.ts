import { handle } from 'hono/aws-lambda';
import { CONTRIBUTIONS } from '../features.ts';
import { createAwsDeps } from '../platform/aws-deps.ts';
import { createApp } from './app.ts';

// Built once per Lambda instance, not per request.
export const handler = handle(createApp(createAwsDeps(CONTRIBUTIONS.hooks)));
