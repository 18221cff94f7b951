/**
 * What other features may use of media: a medium's public card and the item that records where
 * it is used, the shared request and place schemas, and a medium by id.
 */
export { type MediaCard, mediaCard, mediaUseKeys } from './media-uses.ts';
export {
  FlagRequestSchema,
  HideRequestSchema,
  LanguageTagSchema,
  type MediaRecord,
  PlaceSchema,
  PublicMediaSchema,
} from './schema.ts';
export { getMedia } from './store.ts';
