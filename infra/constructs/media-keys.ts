import { MEDIA_KEY_PREFIXES } from '../../functions/media/public.ts';

/**
 * The key prefixes of the media bucket, as the media feature writes them. Browsers upload under
 * `uploads/` (never served); the media-processing job checks each upload and publishes it under
 * `media/`, the only prefix CloudFront may read. Files of media hidden by moderation wait under
 * `withheld/` (never served) until they are restored or deleted.
 */
export const MEDIA_KEYS = {
  uploads: MEDIA_KEY_PREFIXES.staged,
  published: MEDIA_KEY_PREFIXES.published,
  withheld: MEDIA_KEY_PREFIXES.withheld,
} as const;
