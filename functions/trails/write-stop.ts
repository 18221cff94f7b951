import type { CheckedMedia } from './contribution-media.ts';
import type { StopMediaRecord, StopRecord } from './schema.ts';

/** The media a person brings to a stop, as the stop will carry them. Pure. */
export const stopMediaRecords = (
  stop: Pick<StopRecord, 'id' | 'trailId'>,
  media: readonly CheckedMedia[],
  by: { addedBy: string; addedAt: string },
): StopMediaRecord[] =>
  media.map(({ mediaId, card, size }, index) => ({
    trailId: stop.trailId,
    stopId: stop.id,
    mediaId,
    card,
    size,
    mediaHidden: false,
    addedBy: by.addedBy,
    // Keeps the order they were given in.
    addedAt: `${by.addedAt}#${String(index).padStart(2, '0')}`,
  }));
