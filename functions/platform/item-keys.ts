import { keyAttributeNames } from './table-shape.ts';

const KEY_ATTRIBUTES = new Set<string>(keyAttributeNames());

/**
 * A record without its table and index keys. Items read back carry the keys they were written
 * with; a record is re-keyed from its current state on every write, so stale keys (an upload
 * that is no longer pending, a report that was resolved) must not ride along.
 */
export const withoutKeys = <T extends object>(item: T): T =>
  Object.fromEntries(Object.entries(item).filter(([name]) => !KEY_ATTRIBUTES.has(name))) as T;

/** An item as a Query returns it: the record with its keys (`withoutKeys` gives the record back). */
export type Keyed<T> = T & { pk: string; sk: string };
