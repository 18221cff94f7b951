/**
 * The one DynamoDB table: its keys, indexes and TTL attribute.
 *
 * Read by the CDK stateful stack AND by the local runtime (CreateTable on DynamoDB Local), so the
 * two cannot drift, and by the functions (which attributes are keys). It lives on the functions'
 * ground floor because infra may import the functions and the functions never import infra.
 * Entities put their key formats in their feature's `store.ts`; this file only says which
 * attributes exist and what each index is for.
 */

export interface IndexDefinition {
  /** Index name, named after the access patterns it serves. */
  readonly name: string;
  readonly partitionKey: string;
  readonly sortKey: string;
  /** What the index is for, so a feature knows which one to reuse. */
  readonly purpose: string;
}

export const TABLE = {
  partitionKey: 'pk',
  sortKey: 'sk',
  /** Epoch seconds; DynamoDB deletes the item some time after (sessions, tokens, counters). */
  timeToLiveAttribute: 'expiresAt',
  indexes: [
    {
      name: 'byOwner',
      partitionKey: 'ownerPk',
      sortKey: 'ownerSk',
      purpose:
        "Everything one person owns or takes part in, newest first: a citizen's media, memberships, trail contributions; export and erasure walk it.",
    },
    {
      name: 'byKind',
      partitionKey: 'kindPk',
      sortKey: 'kindSk',
      purpose:
        'Listings of one kind of entity in one state, ordered: public project and trail lists, moderation queues, the admin user list.',
    },
    {
      name: 'byLookup',
      partitionKey: 'lookupPk',
      sortKey: 'lookupSk',
      purpose:
        'Secondary identifiers resolved to an entity: an e-mail to a user, a slug to a project, a session to its user.',
    },
  ] satisfies IndexDefinition[],
} as const;

export type IndexName = (typeof TABLE.indexes)[number]['name'];

/** Every key attribute (table and indexes) is a string. */
export const keyAttributeNames = (): string[] => [
  TABLE.partitionKey,
  TABLE.sortKey,
  ...TABLE.indexes.flatMap((index) => [index.partitionKey, index.sortKey]),
];
