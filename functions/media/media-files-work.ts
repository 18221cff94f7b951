import type { AppDeps } from '../platform/deps.ts';
import type { WorkHandler } from '../platform/feature.ts';
import { requestWork } from '../platform/request-work.ts';
import { republishSomeFiles, withholdSomeFiles } from './published-files.ts';
import { getMedia } from './store.ts';

const KIND = 'media-files';

/**
 * A medium's files follow its status: hidden → under `withheld/`, shown → under `media/`. The
 * work item only says "check this medium's files"; each step reads the medium's status as it is
 * now, so a hide and a quick restore never race each other: whatever the order of the runs, the
 * files end where the last decision put them.
 */
export const mediaFilesWork: WorkHandler = {
  kind: KIND,
  step: async (deps, work) => {
    const record = await getMedia(deps, work.id, { consistent: true });
    const towards = record?.status === 'hidden' ? 'withheld' : record?.status === 'ready' ? 'published' : undefined;
    // Gone or not published: its files are the deletion's business, not a move's.
    if (!towards) return { done: true };
    const { moved, left } = await (towards === 'withheld' ? withholdSomeFiles : republishSomeFiles)(deps, work.id);
    if (!left) return { done: true };
    const before = work.progress.towards === towards ? Number(work.progress.moved ?? 0) : 0;
    return { done: false, progress: { towards, moved: before + moved } };
  },
};

/** Asks the work job to move a medium's files to where its status says (after a hide or a restore). */
export const requestFilesFollowStatus = (deps: AppDeps, mediaId: string) =>
  requestWork(deps, { kind: KIND, id: mediaId });
