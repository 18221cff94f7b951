import { PutObjectCommand } from '@aws-sdk/client-s3';
import { z } from 'zod';
import { demoViewer } from '../accounts/public.ts';
import { LicenceIdSchema } from '../licences/schema.ts';
import type { AppDeps } from '../platform/deps.ts';
import { processUpload } from './process-upload.ts';
import { requestUpload } from './request-upload.ts';
import { UploadRequestSchema } from './schema.ts';
import { stagedKey } from './storage-keys.ts';

export const DemoMediaSchema = z.array(
  z.object({
    file: z.string(),
    contentType: z.string(),
    title: z.string(),
    description: z.string().optional(),
    transcript: z.string().optional(),
    alt: z.object({ fr: z.string(), en: z.string() }).optional(),
    language: z.string().default('fr'),
    licence: LicenceIdSchema,
    attributionName: z.string(),
    ownerEmail: z.string(),
    place: z.object({ lat: z.number(), lng: z.number() }).optional(),
  }),
);

export type DemoMedia = z.infer<typeof DemoMediaSchema>[number];

/**
 * Publishes the demo city's media through the real pipeline (upload request, staged bytes,
 * processing), so demo media are checked and published exactly like a citizen's.
 * Returns the media ids by file name, for the demo projects and trails that use them.
 */
export const seedDemoMedia = async (
  deps: AppDeps,
  items: DemoMedia[],
  readBytes: (file: string) => Promise<Uint8Array>,
): Promise<Map<string, string>> => {
  const ids = new Map<string, string>();
  for (const item of items) {
    const owner = await demoViewer(deps, item.ownerEmail);
    const bytes = await readBytes(item.file);
    const request = UploadRequestSchema.parse({
      fileName: item.file,
      contentType: item.contentType,
      size: bytes.byteLength,
      title: item.title,
      description: item.description,
      language: item.language,
      licence: item.licence,
      authorship: { kind: 'own' },
      attributionName: item.attributionName,
      place: item.place,
      transcript: item.transcript,
      alt: item.alt?.[item.language === 'en' ? 'en' : 'fr'],
    });
    const { mediaId } = await requestUpload(deps, { viewer: owner, request });
    const key = stagedKey(mediaId);
    await deps.s3.send(
      new PutObjectCommand({ Bucket: deps.mediaBucket, Key: key, Body: bytes, ContentType: item.contentType }),
    );
    // Storage's event also triggers processing; both runs are safe (processing is idempotent).
    await processUpload(deps, { bucket: deps.mediaBucket, key, size: bytes.byteLength });
    ids.set(item.file, mediaId);
  }
  return ids;
};
