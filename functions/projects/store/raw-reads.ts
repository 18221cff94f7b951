import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { CONSISTENT_READ } from '../../platform/consistent-read.ts';
import { personItems } from './person.ts';
import { type Db, queryPartItems } from './reads.ts';

// Untyped, key-level reads, kept only while code outside this feature's use cases still calls
// them (trails through public.ts, and moderate-project.ts until one moderation replaces it).
// New code uses the named reads; delete this file once nothing imports it.

/** @deprecated Use a named read (getProject, getMember, getFollower…) or the caller's own store. */
export const getItem = async <T>({ db, tableName }: Db, key: { pk: string; sk: string }) =>
  (await db.send(new GetCommand({ TableName: tableName, Key: key, ...CONSISTENT_READ }))).Item as T | undefined;

/** @deprecated Use a named read (listMembers, listStewards, readJournalPage…). */
export const queryCollection = queryPartItems;

/** @deprecated Use listMembershipsOf (or joinRequestsOf, postsOf, followsOf). */
export const listOfPerson = personItems;
