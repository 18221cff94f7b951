/**
 * What other features may use of media: a medium's public card and the item fields that record
 * where it is used, the shared request and place schemas, and a medium by id.
 */
export { recordDemoProvenance } from './demo-recorded-with.ts';
export { type MediaCard, mediaCard } from './media-views.ts';
export { mediaPaths } from './public-paths.ts';
export {
  FlagRequestSchema,
  HideRequestSchema,
  LanguageTagSchema,
  type MediaRecord,
  OwnMediaSchema,
  PlaceSchema,
  PublicMediaSchema,
} from './schema.ts';
export { MEDIA_KEY_PREFIXES } from './storage-keys.ts';
export { getMedia, mediaUseItem, mediaUseKeys, mediaUseShownAt } from './store.ts';
