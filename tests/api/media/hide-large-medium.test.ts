import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { runDailyJob } from '../../../functions/jobs/daily-job.ts';
import { restartPendingWork } from '../../../functions/jobs/restart-pending-work.ts';
import { runWork } from '../../../functions/jobs/run-work.ts';
import { FILES_PER_STEP } from '../../../functions/media/published-files.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { getWork, recordWork } from '../../../functions/platform/work-store.ts';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { browserHeaders, makeTestApp, manualClock } from '../support.ts';

/** More files than one step moves: a large medium (a video, its poster, captions in many languages). */
const FILE_COUNT = FILES_PER_STEP * 2 + 2;

const keysUnder = async (deps: AppDeps, prefix: string) =>
  ((await deps.s3.send(new ListObjectsV2Command({ Bucket: deps.mediaBucket, Prefix: prefix }))).Contents ?? [])
    .map((object) => object.Key ?? '')
    .sort();

/** A published medium with FILE_COUNT files under media/<id>/. */
const largeMedium = async (deps: AppDeps, overrides: { status?: 'ready' | 'hidden' } = {}) => {
  const owner = await personWithRole(deps, 'citizen');
  const medium = await readyMediaFixture(deps, owner.user.id, overrides);
  for (let i = 0; i < FILE_COUNT; i++) {
    await deps.s3.send(
      new PutObjectCommand({
        Bucket: deps.mediaBucket,
        Key: `media/${medium.id}/captions.l${String(i).padStart(2, '0')}.vtt`,
        Body: `WEBVTT\n\n${i}`,
      }),
    );
  }
  return medium;
};

describe('hiding a large medium', () => {
  it('answers with the hidden state and moves the files in the work job, which stops partway and resumes', async () => {
    // Each run of the job has (almost) no time: it does one step, then continues itself.
    const test = await makeTestApp({ work: { budgetMs: 1 } });
    const staff = await personWithRole(test.deps, 'staff');
    const medium = await largeMedium(test.deps);

    const hidden = await test.app.request(`/api/moderation/media/${medium.id}/hide`, {
      method: 'POST',
      headers: browserHeaders(staff.cookie),
      body: JSON.stringify({ reason: 'Recorded without consent' }),
    });
    expect(hidden.status).toBe(200);
    expect(await hidden.json()).toMatchObject({ status: 'hidden' });

    await test.work.idle();
    const runs = test.work.runs.filter((run) => run.ref.id === medium.id).map((run) => run.outcome);
    expect(runs).toEqual(['more', 'more', 'done']);
    expect(await keysUnder(test.deps, `media/${medium.id}/`)).toEqual([]);
    expect(await keysUnder(test.deps, `withheld/${medium.id}/`)).toHaveLength(FILE_COUNT);
    expect(await getWork(test.deps, { kind: 'media-files', id: medium.id })).toMatchObject({
      state: 'done',
      steps: 3,
    });
  });

  it('a run cut by its time limit leaves the item pending with what it moved; the next run finishes', async () => {
    const test = await makeTestApp();
    const medium = await largeMedium(test.deps, { status: 'hidden' });
    const ref = { kind: 'media-files', id: medium.id };
    await recordWork(test.deps, ref, { input: {}, at: new Date().toISOString() });

    // As if Lambda had given the run no time: one step, then it stops.
    expect(await runWork(test.deps, ref, () => 0)).toBe('more');
    expect(await keysUnder(test.deps, `withheld/${medium.id}/`)).toHaveLength(FILES_PER_STEP);
    expect(await keysUnder(test.deps, `media/${medium.id}/`)).toHaveLength(FILE_COUNT - FILES_PER_STEP);
    expect(await getWork(test.deps, ref)).toMatchObject({
      state: 'pending',
      progress: { towards: 'withheld', moved: FILES_PER_STEP },
    });

    expect(await runWork(test.deps, ref, () => 15 * 60_000)).toBe('done');
    expect(await keysUnder(test.deps, `media/${medium.id}/`)).toEqual([]);
    expect(await keysUnder(test.deps, `withheld/${medium.id}/`)).toHaveLength(FILE_COUNT);
    expect(await getWork(test.deps, ref)).toMatchObject({ state: 'done' });
    // Done is done: another run (a late continuation, the daily restart) finds nothing to do.
    expect(await runWork(test.deps, ref, () => 15 * 60_000)).toBe('none');
  });

  it('the daily job starts again what was left pending for an hour, not what may still be running', async () => {
    // A day of its own: the table is shared with the other test files' work.
    const clock = manualClock(new Date('2020-01-01T03:00:00Z'));
    const test = await makeTestApp({ clock });
    const stuck = await largeMedium(test.deps, { status: 'hidden' });
    const recent = await largeMedium(test.deps, { status: 'hidden' });
    const ref = { kind: 'media-files', id: stuck.id };
    await recordWork(test.deps, ref, { input: {}, at: '2020-01-01T01:00:00.000Z' });
    await recordWork(test.deps, { kind: 'media-files', id: recent.id }, { input: {}, at: '2020-01-01T02:30:00.000Z' });
    expect(await runWork(test.deps, ref, () => 0)).toBe('more');

    const results = await runDailyJob(test.deps, [restartPendingWork]);
    expect(results['restart-pending-work']).toEqual({ restarted: 1, failed: 0 });
    await test.work.idle();
    expect(await keysUnder(test.deps, `media/${stuck.id}/`)).toEqual([]);
    expect(await getWork(test.deps, ref)).toMatchObject({ state: 'done' });
    expect(await getWork(test.deps, { kind: 'media-files', id: recent.id })).toMatchObject({ state: 'pending' });
  });
});
