import type { AppDeps } from '../platform/deps.ts';
import type { WorkHandler } from '../platform/feature.ts';
import { startRecordedWork } from '../platform/request-work.ts';
import { workRequestItem } from '../platform/work-store.ts';
import { mediumShownChanged } from './public-paths.ts';
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
    const record = await getMedia(deps, work.id);
    const towards = record?.status === 'hidden' ? 'withheld' : record?.status === 'ready' ? 'published' : undefined;
    // Gone or not published: its files are the deletion's business, not a move's.
    if (!record || !towards) return { done: true };
    const { moved, left } = await (towards === 'withheld' ? withholdSomeFiles : republishSomeFiles)(deps, work.id);
    if (!left) {
      // The edge must not keep serving files that were just withheld (nor a 404 for restored ones).
      await mediumShownChanged(deps, record);
      return { done: true };
    }
    const before = work.progress.towards === towards ? Number(work.progress.moved ?? 0) : 0;
    return { done: false, progress: { towards, moved: before + moved } };
  },
};

/**
 * What a hide or a restore writes in its own transaction: the medium's files must follow its
 * status. Recorded with the change, so no change can land without its files following.
 */
export const filesFollowStatusItem = (deps: AppDeps, mediaId: string, at: string) =>
  workRequestItem(deps, { kind: KIND, id: mediaId }, { input: {}, at });

/** Once that transaction landed: the work job starts moving the files. */
export const startFilesFollowingStatus = (deps: AppDeps, mediaId: string) =>
  startRecordedWork(deps, { kind: KIND, id: mediaId });
