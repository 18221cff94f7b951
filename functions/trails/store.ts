/**
 * The trails store: the one door to trails' data. Its parts live in `store/` — the key formats
 * (`keys.ts`, the only place that knows them), the stored items (`items.ts`), and the reads and
 * named writes of the trail, its stops, the proposals and a person's share. Use cases speak in
 * records and these names; none of them builds a key, a condition or a transaction item.
 */
import type { AppDeps } from '../platform/deps.ts';
import { queryAll } from '../platform/query-all.ts';
import { trailKeys } from './store/keys.ts';

// Reports on trails are written by moderate-trail.ts, which the one moderation capability is
// taking over (with its own keys); until then it reads and writes them through these.
export { transact } from '../platform/transact.ts';
export { isPublic } from './store/items.ts';
export { trailKeys } from './store/keys.ts';
export {
  listMediaPlacedBy,
  listProposalsOf,
  listStopsOf,
  saveMediaOfErasedPerson,
  saveStopOfErasedPerson,
} from './store/person.ts';
export {
  acceptMediaProposal,
  acceptStopProposal,
  dropProposal,
  getProposal,
  listProposals,
  saveProposal,
} from './store/proposals.ts';
export {
  addMediaToStop,
  addStop,
  getStop,
  removeMediaFromStop,
  removeStopOver,
  saveStop,
  saveStopOrderOver,
} from './store/stops.ts';
export {
  addTrail,
  deleteTrailCollection,
  getTrail,
  getTrailPage,
  listPublishedTrails,
  listTrailsOfProject,
  type StopWithMedia,
  saveTrailOver,
  saveTrailSummary,
  saveTrailVisibility,
  type TrailPage,
  type TrailSummaryRecord,
  type TrailVisibility,
  updateTrailFields,
} from './store/trail.ts';

/** Items of a trail under a private prefix (`X#FLAG#`), oldest first. */
export const queryTrailPrivate = (deps: Pick<AppDeps, 'db' | 'tableName'>, id: string, prefix: string) =>
  queryAll(deps, {
    TableName: deps.tableName,
    KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
    ExpressionAttributeValues: { ':pk': trailKeys.collection(id), ':prefix': prefix },
  });
