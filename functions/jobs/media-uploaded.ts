import type { S3Event } from 'aws-lambda';
import { CONTRIBUTIONS } from '../features.ts';
import { createAwsDeps } from '../platform/aws-deps.ts';
import { objectsOfS3Event, processUploadedObjects } from './uploaded-object.ts';

const deps = createAwsDeps(CONTRIBUTIONS.hooks, process.env, 'job');

/** S3 ObjectCreated entry for `uploads/`. A thrown error makes Lambda retry the event. */
export const handler = async (event: S3Event) => processUploadedObjects(deps, objectsOfS3Event(event));
