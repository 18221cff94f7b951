import { randomUUID } from 'node:crypto';
import type { MediaRecord } from '../../functions/media/schema.ts';
import { putMediaItem, transact } from '../../functions/media/store.ts';
import type { AppDeps } from '../../functions/platform/deps.ts';

/**
 * A published medium written straight to the table (for authorization and moderation tests that
 * need one without running the pipeline; media-pipeline.test.ts runs the real one).
 */
export const readyMediaFixture = async (deps: AppDeps, ownerId: string, overrides: Partial<MediaRecord> = {}) => {
  const id = randomUUID();
  const now = deps.clock.now().toISOString();
  const record: MediaRecord = {
    id,
    ownerId,
    status: 'ready',
    family: 'audio',
    declaredType: 'audio/mpeg',
    declaredSize: 1000,
    originalName: 'fixture.mp3',
    title: 'Fixture',
    language: 'fr',
    licence: 'CC-BY-SA-4.0',
    authorship: { kind: 'own' },
    attributionName: 'Fixture Author',
    target: { kind: 'library' },
    upload: { mode: 'post', key: `uploads/${id}` },
    publishedKey: `media/${id}/fixture.mp3`,
    publishedType: 'audio/mpeg',
    size: 1000,
    openFlags: 0,
    createdAt: now,
    updatedAt: now,
    processedAt: now,
    ...overrides,
  };
  if (!(await transact(deps, [putMediaItem(deps, record)]))) throw new Error('fixture not written');
  return record;
};

/** A valid upload request body for a small mp3. */
export const uploadRequestBody = (overrides: Record<string, unknown> = {}) => ({
  fileName: 'Le port.mp3',
  contentType: 'audio/mpeg',
  size: 20_000,
  title: 'Le port au petit matin',
  language: 'fr',
  licence: 'CC-BY-SA-4.0',
  authorship: { kind: 'own' },
  ...overrides,
});
