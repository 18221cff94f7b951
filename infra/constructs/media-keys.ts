/**
 * The key prefixes of the media bucket. Browsers upload under `uploads/` (never served); the
 * media-processing job checks each upload and publishes it under `media/`, the only prefix
 * CloudFront may read. Files of media hidden by moderation wait under `withheld/` (never served)
 * until they are restored or deleted.
 */
export const MEDIA_KEYS = {
  uploads: 'uploads/',
  published: 'media/',
  withheld: 'withheld/',
} as const;
