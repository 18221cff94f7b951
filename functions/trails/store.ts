/**
 * The trails store: the one door to trails' data. Its parts live in `store/` — the key formats
 * (`keys.ts`, the only place that knows them), the stored items (`items.ts`), and the reads and
 * named writes of the trail, its stops, the proposals and a person's share. Use cases speak in
 * records and these names; none of them builds a key, a condition or a transaction item.
 */
import { trailKeys } from './store/keys.ts';

export { isPublic } from './store/items.ts';

/** The key of a trail's item collection, where moderation keeps its reports and queue entry. */
export const trailCollection = (id: string) => trailKeys.collection(id);
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
  countTrailReport,
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
  trailVisibilityChange,
  updateTrailFields,
} from './store/trail.ts';
