/**
 * Spread into a GetItem or a Query of the base table: the read sees every write acknowledged
 * before it (DynamoDB's strongly consistent read, at twice the read cost of the default).
 *
 * DynamoDB's default read is eventually consistent: for a moment after a write it may still
 * answer the item as it was, or not at all when it was just created. The next request of the
 * person who wrote must see it (a session just started, a project just created), and so must a
 * compare-and-set loop re-reading the version it lost to, so stores read the base table this way.
 *
 * The indexes (byOwner, byKind, byLookup) cannot be read this way: what is read from them may lag
 * a moment behind the table, and what they feed (lists, erasure walks) must tolerate that.
 * DynamoDB Local is always consistent; `COMMUNS_LOCAL_STALE_READS` makes it behave like AWS.
 */
export const CONSISTENT_READ = { ConsistentRead: true } as const;
