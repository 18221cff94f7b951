/**
 * The two key prefixes of the media bucket. Browsers upload under `uploads/` (never served); the
 * media-processing job checks each upload and publishes it under `media/`, the only prefix
 * CloudFront may read.
 */
export const MEDIA_KEYS = {
  uploads: 'uploads/',
  published: 'media/',
} as const;
