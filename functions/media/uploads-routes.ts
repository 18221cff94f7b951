import { z } from '@hono/zod-openapi';
import { eligibleLoansOf } from '../lending/public.ts';
import { viewerOrThrow } from '../platform/auth.ts';
import { PRIVATE_NO_STORE } from '../platform/cache.ts';
import type { AppDeps } from '../platform/deps.ts';
import { JSON_BODY, JSON_RESPONSE } from '../platform/openapi-common.ts';
import { routeDeclarations } from '../platform/route-declarations.ts';
import { createRouter, problem } from '../platform/router.ts';
import { abortUpload, completeMultipartUpload, listUploadedParts, signUploadParts } from './multipart-upload.ts';
import { requestUpload } from './request-upload.ts';
import { MediaIdParamSchema, UploadRequestSchema } from './schema.ts';

const uploadRoute = routeDeclarations(['Uploads']);

const UploadInstructionsSchema = z
  .discriminatedUnion('mode', [
    z.object({
      mode: z.literal('post'),
      url: z.string(),
      fields: z.record(z.string(), z.string()),
      expiresInSeconds: z.number(),
    }),
    z.object({ mode: z.literal('multipart'), partSize: z.number(), partCount: z.number() }),
  ])
  .openapi('UploadInstructions');

const PartListSchema = z.object({
  parts: z.array(z.object({ partNumber: z.number().int(), etag: z.string(), size: z.number() })),
});

const create = uploadRoute.signedIn('post', '/', {
  summary: 'Ask to upload a file: checks type, size and quota, answers how to send the bytes to storage',
  request: { body: JSON_BODY(UploadRequestSchema) },
  responses: {
    201: JSON_RESPONSE(
      z.object({ mediaId: z.string(), upload: UploadInstructionsSchema }),
      'Pending medium created; send the bytes as instructed',
    ),
    403: problem('The loan named in `recordedWithLoan` is someone else’s'),
    404: problem('No such loan (`recordedWithLoan`)'),
    409: problem('Too many uploads in progress, or the loan named was never handed over or ended over 30 days ago'),
    413: problem('File too large for its type, or over the storage quota'),
    415: problem('Type not accepted'),
  },
});

const RecordableLoanSchema = z
  .object({
    reservationId: z.string(),
    modelId: z.string(),
    modelName: z.string(),
    assetTag: z.string(),
    pointId: z.string(),
    pointName: z.string(),
    status: z.enum(['out', 'returned']),
    returnedAt: z.string().optional(),
  })
  .openapi('RecordableLoan');

const recordableLoans = uploadRoute.signedInRead('/recorded-with', {
  summary: 'My loans a recording may say it was made with: current ones, and those returned in the last 30 days',
  responses: {
    200: JSON_RESPONSE(z.object({ loans: z.array(RecordableLoanSchema) }), 'The loans, current ones first'),
  },
});

const signParts = uploadRoute.signedIn('post', '/{id}/parts', {
  summary: 'Presigned URLs for some parts of a multipart upload',
  request: {
    params: MediaIdParamSchema,
    body: JSON_BODY(z.strictObject({ partNumbers: z.array(z.number().int().min(1).max(10_000)).min(1).max(100) })),
  },
  responses: {
    200: JSON_RESPONSE(
      z.object({ parts: z.array(z.object({ partNumber: z.number(), url: z.string() })) }),
      'One URL per part',
    ),
    404: problem('No such upload'),
    409: problem('Not a multipart upload, or already complete'),
  },
});

const listParts = uploadRoute.signedIn('get', '/{id}/parts', {
  summary: 'Parts storage already has (to resume an interrupted upload)',
  request: { params: MediaIdParamSchema },
  responses: {
    200: JSON_RESPONSE(PartListSchema, 'Uploaded parts'),
    404: problem('No such upload'),
    409: problem('Not a multipart upload, or already complete'),
  },
});

const complete = uploadRoute.signedIn('post', '/{id}/complete', {
  summary: 'Assemble the parts; processing starts when storage has the whole file',
  request: {
    params: MediaIdParamSchema,
    body: JSON_BODY(
      z.strictObject({
        parts: z
          .array(z.strictObject({ partNumber: z.number().int().min(1), etag: z.string().min(1).max(200) }))
          .min(1)
          .max(10_000),
      }),
    ),
  },
  responses: {
    200: JSON_RESPONSE(z.object({ mediaId: z.string(), status: z.literal('pending') }), 'Assembled'),
    404: problem('No such upload'),
    409: problem('Already complete, or parts missing'),
  },
});

const abort = uploadRoute.signedIn('delete', '/{id}', {
  summary: 'Cancel an upload that has not finished',
  request: { params: MediaIdParamSchema },
  responses: {
    204: { description: 'Cancelled' },
    404: problem('No such upload'),
    409: problem('Already finished'),
  },
});

export const uploadRoutes = (deps: AppDeps) =>
  createRouter()
    .openapi(create, async (c) => {
      const result = await requestUpload(deps, { viewer: viewerOrThrow(c.var.viewer), request: c.req.valid('json') });
      return c.json(result, 201);
    })
    .openapi(recordableLoans, async (c) => {
      const loans = await eligibleLoansOf(deps, viewerOrThrow(c.var.viewer).id);
      c.header('cache-control', PRIVATE_NO_STORE);
      return c.json({ loans }, 200);
    })
    .openapi(signParts, async (c) => {
      const { id } = c.req.valid('param');
      const { partNumbers } = c.req.valid('json');
      return c.json(
        await signUploadParts(deps, { viewer: viewerOrThrow(c.var.viewer), mediaId: id, partNumbers }),
        200,
      );
    })
    .openapi(listParts, async (c) => {
      const { id } = c.req.valid('param');
      return c.json(await listUploadedParts(deps, { viewer: viewerOrThrow(c.var.viewer), mediaId: id }), 200);
    })
    .openapi(complete, async (c) => {
      const { id } = c.req.valid('param');
      const { parts } = c.req.valid('json');
      return c.json(
        await completeMultipartUpload(deps, { viewer: viewerOrThrow(c.var.viewer), mediaId: id, parts }),
        200,
      );
    })
    .openapi(abort, async (c) => {
      const { id } = c.req.valid('param');
      await abortUpload(deps, { viewer: viewerOrThrow(c.var.viewer), mediaId: id });
      return c.body(null, 204);
    });
