import { type MediaCard, mediaCard } from '../media/public.ts';
import type { Viewer } from '../platform/auth.ts';
import type { AppDeps } from '../platform/deps.ts';
import { AppError } from '../platform/errors.ts';
import { ownReadyMedia } from '../projects/public.ts';
import { isAllowedByPolicy, licenceOutsidePolicy } from './licence-policy.ts';
import { accessibilityGap } from './publication-rule.ts';
import type { StopMediaRecord, TrailRecord } from './schema.ts';

/** A medium checked for a trail: its card and file size, as a stop will carry them. */
export type CheckedMedia = Pick<StopMediaRecord, 'mediaId' | 'card' | 'size'>;

/** Once a trail is published, every medium joining it must be accessible (409 otherwise): it never falls below the rule. */
export const requireAccessibleOnPublished = (trail: Pick<TrailRecord, 'status'>, card: MediaCard) => {
  const gap = accessibilityGap(card);
  if (gap && trail.status === 'published')
    throw new AppError('conflict', `${gap.message} A published trail only takes accessible media.`, {
      extensions: { reason: 'not-accessible', missing: [gap] },
    });
};

/** Says which medium an ownership or readiness refusal is about, so a form can point at it. */
const whichMedium = (error: unknown, { mediaId, path }: { mediaId: string; path: string }) => {
  if (!(error instanceof AppError)) return error;
  if (error.kind === 'validation')
    return new AppError('validation', error.message, {
      extensions: { errors: [{ in: 'body', path, message: 'Not one of your media' }] },
    });
  if (error.kind === 'conflict')
    return new AppError('conflict', error.message, { extensions: { reason: 'not-ready', mediaId } });
  return error;
};

/**
 * The media a person brings to a trail, each checked: their own (400 otherwise), ready (409),
 * under a licence of the trail's policy (409 naming the allowed ones), and — once the trail is
 * published — accessible (audio with a transcript, video with captions: 409), so a published
 * trail never stops meeting its publication rule.
 */
export const checkContributionMedia = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  {
    viewer,
    trail,
    mediaIds,
    field,
  }: {
    viewer: Viewer;
    trail: TrailRecord;
    mediaIds: readonly string[];
    /** Where each medium sits in the request body, for field errors (`mediaIds.0`, `mediaId`). */
    field: (index: number) => string;
  },
): Promise<CheckedMedia[]> => {
  if (new Set(mediaIds).size !== mediaIds.length)
    throw new AppError('validation', 'Each medium can be added once.', {
      extensions: { errors: [{ in: 'body', path: 'mediaIds', message: 'Duplicate medium' }] },
    });
  const checked: CheckedMedia[] = [];
  for (const [index, mediaId] of mediaIds.entries()) {
    const media = await ownReadyMedia(deps, viewer, mediaId).catch((error: unknown) => {
      throw whichMedium(error, { mediaId, path: field(index) });
    });
    if (!isAllowedByPolicy(media.licence, trail.licencePolicy)) throw licenceOutsidePolicy(media, trail.licencePolicy);
    const card = mediaCard(media);
    requireAccessibleOnPublished(trail, card);
    checked.push({ mediaId, card, size: media.size ?? 0 });
  }
  return checked;
};
