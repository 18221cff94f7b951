import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import type { AppDeps } from '../platform/deps.ts';
import { queryAll } from '../platform/query-all.ts';
import { toPublicMedia } from './media-views.ts';
import type { MediaRecord } from './schema.ts';

/**
 * Other features show media inside their own items (a project's library, a journal post, a
 * trail stop) so their pages stay one read. Each such item is a *use* of the medium: it carries
 * `lookupPk = MEDIA_USE#<mediaId>` (byLookup index) and a `card` — what a player and its TASL
 * attribution need. When the medium changes (hidden, restored, credit anonymised) its uses are
 * refreshed; when it is deleted, they go with it.
 */
export const mediaUseKeys = (mediaId: string, where: string) => ({ lookupPk: `MEDIA_USE#${mediaId}`, lookupSk: where });

export type MediaCard = ReturnType<typeof mediaCard>;

/** What a use keeps of a medium: enough for the player and its attribution. */
export const mediaCard = (media: MediaRecord) => {
  const view = toPublicMedia(media);
  return {
    id: view.id,
    family: view.family,
    title: view.title,
    licence: view.licence,
    attributionName: view.attributionName,
    contributorId: view.contributorId,
    url: view.url,
    contentType: view.contentType,
    transcript: view.transcript,
    alt: view.alt,
    captions: view.captions,
  };
};

const usesOf = (deps: Pick<AppDeps, 'db' | 'tableName'>, mediaId: string) =>
  queryAll<{ pk: string; sk: string }>(deps, {
    TableName: deps.tableName,
    IndexName: 'byLookup',
    KeyConditionExpression: 'lookupPk = :use',
    ExpressionAttributeValues: { ':use': `MEDIA_USE#${mediaId}` },
    ProjectionExpression: 'pk, sk',
  });

/** Brings every use of a medium up to date (`null`: the medium is gone, so are its uses). */
export const refreshMediaUses = async (
  deps: Pick<AppDeps, 'db' | 'tableName'>,
  mediaId: string,
  media: MediaRecord | null,
) => {
  for (const key of await usesOf(deps, mediaId)) {
    if (!media) {
      await deps.db.send(new DeleteCommand({ TableName: deps.tableName, Key: key }));
      continue;
    }
    await deps.db
      .send(
        new UpdateCommand({
          TableName: deps.tableName,
          Key: key,
          UpdateExpression: 'SET card = :card, mediaHidden = :hidden',
          ConditionExpression: 'attribute_exists(pk)',
          ExpressionAttributeValues: { ':card': mediaCard(media), ':hidden': media.status !== 'ready' },
        }),
      )
      .catch((error: Error) => {
        if (error.name !== 'ConditionalCheckFailedException') throw error;
      });
  }
};
