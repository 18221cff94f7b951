import { describe, expect, it } from 'vitest';
import { ERASURE_BATCH } from '../../../functions/accounts/my-data.ts';
import { getUser } from '../../../functions/accounts/store.ts';
import { CONTRIBUTIONS } from '../../../functions/features.ts';
import { runWork } from '../../../functions/jobs/run-work.ts';
import { allMediaOfOwner } from '../../../functions/media/store.ts';
import type { AppDeps } from '../../../functions/platform/deps.ts';
import { getWork, recordWork } from '../../../functions/platform/work-store.ts';
import { listMembershipsOf } from '../../../functions/projects/store.ts';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { followFixture, joinFixture, projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp } from '../support.ts';

/** More media than one step of an erasure handles. */
const MEDIA_COUNT = ERASURE_BATCH + 5;

/** The parts erased before media (in erasure order: the features built on media first), one step each. */
const partNames = CONTRIBUTIONS.personalData.map((part) => part.name);
const partsBeforeMedia = partNames.slice(0, partNames.indexOf('media'));

/** A heavy contributor: many media, a membership and a follow in someone else's project. */
const heavyContributor = async (deps: AppDeps) => {
  const person = await personWithRole(deps, 'citizen');
  const steward = await personWithRole(deps, 'citizen');
  const project = await projectFixture(deps, steward.user.id);
  await joinFixture(deps, project.slug, person.user.id);
  await followFixture(deps, project.slug, person.user.id);
  for (let i = 0; i < MEDIA_COUNT; i++) await readyMediaFixture(deps, person.user.id);
  return person;
};

describe('erasing a heavy contributor', () => {
  it('answers 202 at once; the work job erases in steps, each run stopping partway and continuing', async () => {
    // Each run of the job has (almost) no time: one step, then it continues itself.
    const test = await makeTestApp({ work: { budgetMs: 1 } });
    const person = await heavyContributor(test.deps);

    const answer = await test.app.request('/api/me', {
      method: 'DELETE',
      headers: browserHeaders(person.cookie),
      body: JSON.stringify({ confirmEmail: person.user.email, contributions: 'withdraw' }),
    });
    expect(answer.status).toBe(202);
    // The account is unusable from the answer on, whatever the work job has done yet.
    expect((await test.app.request('/api/me', { headers: { cookie: person.cookie } })).status).toBe(401);

    await test.work.idle();
    const runs = test.work.runs.filter((run) => run.ref.id === person.user.id).map((run) => run.outcome);
    // One step per part before media (training's, trails, projects), media in two batches, then the account itself.
    expect(partsBeforeMedia).toEqual(expect.arrayContaining(['trails', 'projects']));
    const steps = partsBeforeMedia.length + 2 + 1;
    expect(runs).toEqual([...Array<string>(steps - 1).fill('more'), 'done']);
    expect(await getUser(test.deps, person.user.id)).toBeUndefined();
    expect(await allMediaOfOwner(test.deps, person.user.id)).toEqual([]);
    expect(await listMembershipsOf(test.deps, person.user.id)).toEqual([]);
    expect(await getWork(test.deps, { kind: 'account-erasure', id: person.user.id })).toMatchObject({
      state: 'done',
      steps,
    });
  }, 60_000);

  it('a run cut by its time limit keeps what it did on the item; the next run finishes', async () => {
    const test = await makeTestApp();
    const person = await heavyContributor(test.deps);
    const ref = { kind: 'account-erasure', id: person.user.id };
    await recordWork(test.deps, ref, { input: { contributions: 'withdraw' }, at: new Date().toISOString() });

    // Runs given no time: one per part before media, then the first batch of media.
    for (let run = 0; run <= partsBeforeMedia.length; run++)
      expect(await runWork(test.deps, ref, () => 0)).toBe('more');
    expect(await getWork(test.deps, ref)).toMatchObject({
      state: 'pending',
      progress: { partsDone: partsBeforeMedia },
    });
    expect(await allMediaOfOwner(test.deps, person.user.id)).toHaveLength(MEDIA_COUNT - ERASURE_BATCH);
    expect(await getUser(test.deps, person.user.id)).toMatchObject({ id: person.user.id });

    expect(await runWork(test.deps, ref, () => 15 * 60_000)).toBe('done');
    expect(await allMediaOfOwner(test.deps, person.user.id)).toEqual([]);
    expect(await getUser(test.deps, person.user.id)).toBeUndefined();
    expect(await getWork(test.deps, ref)).toMatchObject({ state: 'done' });
  }, 60_000);
});
