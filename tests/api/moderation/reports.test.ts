import { randomBytes } from 'node:crypto';
import { QueryCommand, TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it, vi } from 'vitest';
import { personWithRole } from '../accounts-support.ts';
import { readyMediaFixture } from '../media-support.ts';
import { projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp } from '../support.ts';

type Test = Awaited<ReturnType<typeof makeTestApp>>;

/** A resident's network of its own (documentation range, random per call): reports are once per network. */
const network = () => `[2001:db8:${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}::1]:443`;

const reportFrom = (test: Test, path: string, from: string) =>
  test.app.request(`${path}/flags`, {
    method: 'POST',
    headers: browserHeaders(undefined, { 'cloudfront-viewer-address': from }),
    body: JSON.stringify({ reason: 'Ce contenu pose problème' }),
  });

const post = (test: Test, path: string, cookie: string) =>
  test.app.request(path, { method: 'POST', headers: browserHeaders(cookie) });

/** Every kind behaves the same: its public page, where it is reported, and where it is restored. */
const kinds = [
  {
    kind: 'media',
    reviewer: 'staff' as const,
    make: async (test: Test) => {
      const owner = await personWithRole(test.deps, 'citizen');
      const { id } = await readyMediaFixture(test.deps, owner.user.id);
      return { page: `/api/media/${id}`, restore: `/api/moderation/media/${id}/restore` };
    },
  },
  {
    kind: 'project',
    reviewer: 'admin' as const,
    make: async (test: Test) => {
      const steward = await personWithRole(test.deps, 'citizen');
      const { slug } = await projectFixture(test.deps, steward.user.id);
      return { page: `/api/projects/${slug}`, restore: `/api/moderation/projects/${slug}/restore` };
    },
  },
];

describe('reports after a restore', () => {
  for (const { kind, reviewer, make } of kinds) {
    it(`a restored ${kind} is hidden again only by people who had not reported it`, async () => {
      const test = await makeTestApp();
      const { page, restore } = await make(test);
      const first = [network(), network(), network()];
      for (const from of first) expect((await reportFrom(test, page, from)).status).toBe(201);
      expect((await test.app.request(page)).status).toBe(404);

      const admin = await personWithRole(test.deps, reviewer);
      expect((await post(test, restore, admin.cookie)).status).toBe(200);
      expect((await test.app.request(page)).status).toBe(200);

      // The same three again: their reports were reviewed already, so they are refused as before.
      for (const from of first) expect((await reportFrom(test, page, from)).status).toBe(409);
      expect((await test.app.request(page)).status).toBe(200);

      // Three people who had not reported it: at the threshold it is hidden again.
      const answers = [];
      for (const from of [network(), network(), network()])
        answers.push(await (await reportFrom(test, page, from)).json());
      expect(answers).toEqual([{ hidden: false }, { hidden: false }, { hidden: true }]);
      expect((await test.app.request(page)).status).toBe(404);
    });
  }
});

describe('reports arriving together', () => {
  it('counts 50 concurrent reports exactly and hides the medium once', async () => {
    const test = await makeTestApp();
    const owner = await personWithRole(test.deps, 'citizen');
    const media = await readyMediaFixture(test.deps, owner.user.id);
    // Count the transactions that landed a hide (a put of the medium as hidden).
    let hides = 0;
    const send = test.deps.db.send.bind(test.deps.db);
    vi.spyOn(test.deps.db, 'send').mockImplementation(async (command: Parameters<typeof send>[0]) => {
      const result = await send(command);
      if (
        command instanceof TransactWriteCommand &&
        command.input.TransactItems?.some(
          (item) => item.Put?.Item?.id === media.id && item.Put.Item.status === 'hidden',
        )
      )
        hides++;
      return result;
    });

    const statuses = await Promise.all(
      Array.from({ length: 50 }, async () => (await reportFrom(test, `/api/media/${media.id}`, network())).status),
    );
    expect(statuses.filter((status) => status === 201)).toHaveLength(50);
    vi.restoreAllMocks();

    const collection = await test.deps.db.send(
      new QueryCommand({
        TableName: test.deps.tableName,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `MEDIA#${media.id}` },
      }),
    );
    const items = collection.Items ?? [];
    const reports = items.filter((item) => String(item.sk).startsWith('X#FLAG#'));
    const record = items.find((item) => item.sk === 'MEDIA');
    const entry = items.find((item) => item.sk === 'X#MODERATION');
    expect(reports).toHaveLength(50);
    expect(record).toMatchObject({ status: 'hidden', openFlags: 50, hidden: { by: 'flags' } });
    expect(entry).toMatchObject({ kind: 'media', id: media.id, reports: 50 });
    expect(hides).toBe(1);
  });
});
