import type { InferRequestType, InferResponseType } from 'hono/client';
import type { api } from '../api.ts';

/** The media shapes as the API returns them, inferred from its routes (never copied by hand). */
export type OwnMedia = InferResponseType<(typeof api.api.me.media)[':id']['$get'], 200>;
export type MyMediaPage = InferResponseType<typeof api.api.me.media.$get, 200>;
export type PublicMedia = InferResponseType<(typeof api.api.media)[':id']['$get'], 200>;
export type Contributor = InferResponseType<(typeof api.api.contributors)[':id']['$get'], 200>;
export type ModerationItem = InferResponseType<typeof api.api.moderation.queue.$get, 200>['items'][number];
export type UploadRequest = InferRequestType<typeof api.api.uploads.$post>['json'];
export type UploadAnswer = InferResponseType<typeof api.api.uploads.$post, 201>;
export type MediaStatus = OwnMedia['status'];
export type MediaFamily = PublicMedia['family'];
export type LicenceId = PublicMedia['licence'];
