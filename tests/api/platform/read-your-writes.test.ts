import { randomUUID } from 'node:crypto';
import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import { createDocumentClient } from '../../../functions/platform/clients.ts';
import { refreshSearchEntry } from '../../../functions/projects/search-index.ts';
import { readSearchIndex } from '../../../functions/projects/store.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../../infra/local/local-aws.ts';
import { simulateStaleReads } from '../../../infra/local/stale-reads.ts';
import { personWithRole } from '../accounts-support.ts';
import { uploadRequestBody } from '../media-support.ts';
import { projectFixture } from '../projects-support.ts';
import { browserHeaders, makeTestApp, signIn } from '../support.ts';

// AWS answers reads eventually consistent unless told otherwise; DynamoDB Local never lags. With
// stale reads on, reads without ConsistentRead miss this app's recent writes, as AWS may: what
// a person does and then sees must read the base table consistently.

/** Long enough that every write of a test is still "recent" when it reads. */
const STALE = { staleReads: { lagMs: 60_000 } };

type Test = Awaited<ReturnType<typeof makeTestApp>>;
const call = (test: Test, path: string, method = 'GET', cookie?: string, body?: unknown) =>
  test.app.request(path, {
    method,
    headers: browserHeaders(cookie),
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('the stale-reads switch (what the tests below rely on)', () => {
  it('answers a recent write as it was before to reads without ConsistentRead, the truth to consistent ones, until the lag has passed', async () => {
    const plain = await makeTestApp();
    const { tableName } = plain.deps;
    let now = 0;
    const db = simulateStaleReads(
      createDocumentClient({
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
        dynamoEndpoint: inject('dynamoEndpoint'),
      }),
      { lagMs: 1000 },
      () => now,
    );
    const key = { pk: `TEST#${randomUUID()}`, sk: 'ITEM' };
    const kindPk = `TEST#${randomUUID()}`;
    // Written by another client: not "recent" for the stale one.
    await plain.deps.db.send(new PutCommand({ TableName: tableName, Item: { ...key, value: 'first' } }));

    await db.send(
      new UpdateCommand({
        TableName: tableName,
        Key: key,
        UpdateExpression: 'SET #value = :second, kindPk = :kind, kindSk = :kind',
        ExpressionAttributeNames: { '#value': 'value' },
        ExpressionAttributeValues: { ':second': 'second', ':kind': kindPk },
      }),
    );
    const read = async (consistent: boolean) =>
      (await db.send(new GetCommand({ TableName: tableName, Key: key, ConsistentRead: consistent }))).Item?.value;
    const queried = async () =>
      (
        await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk',
            ExpressionAttributeValues: { ':pk': key.pk },
            ProjectionExpression: '#value',
            ExpressionAttributeNames: { '#value': 'value' },
          }),
        )
      ).Items;
    const listed = async () =>
      (
        await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'byKind',
            KeyConditionExpression: 'kindPk = :kind',
            ExpressionAttributeValues: { ':kind': kindPk },
          }),
        )
      ).Items?.length;

    now = 999;
    expect(await read(true)).toBe('second');
    expect(await read(false)).toBe('first');
    expect(await queried()).toEqual([{ value: 'first' }]);
    // The previous value was not in this listing: the index does not show it yet.
    expect(await listed()).toBe(0);
    // Without the switch, the same reads see the write at once (DynamoDB Local).
    expect((await plain.deps.db.send(new GetCommand({ TableName: tableName, Key: key }))).Item?.value).toBe('second');

    now = 1000;
    expect(await read(false)).toBe('second');
    expect(await queried()).toEqual([{ value: 'second' }]);
    expect(await listed()).toBe(1);
  });

  it('still lists an item deleted a moment ago to queries without ConsistentRead, on the table and on an index', async () => {
    const plain = await makeTestApp();
    const { tableName } = plain.deps;
    let now = 0;
    const db = simulateStaleReads(
      createDocumentClient({
        region: LOCAL_REGION,
        credentials: LOCAL_CREDENTIALS,
        dynamoEndpoint: inject('dynamoEndpoint'),
      }),
      { lagMs: 1000 },
      () => now,
    );
    const kindPk = `TEST#${randomUUID()}`;
    const item = { pk: `TEST#${randomUUID()}`, sk: 'ITEM', kindPk, kindSk: '2026' };
    await plain.deps.db.send(new PutCommand({ TableName: tableName, Item: item }));
    await db.send(new DeleteCommand({ TableName: tableName, Key: { pk: item.pk, sk: item.sk } }));
    const onTable = async (ConsistentRead: boolean) =>
      (
        await db.send(
          new QueryCommand({
            TableName: tableName,
            KeyConditionExpression: 'pk = :pk AND begins_with(sk, :prefix)',
            ExpressionAttributeValues: { ':pk': item.pk, ':prefix': 'IT' },
            ConsistentRead,
          }),
        )
      ).Items;
    const onIndex = async () =>
      (
        await db.send(
          new QueryCommand({
            TableName: tableName,
            IndexName: 'byKind',
            KeyConditionExpression: 'kindPk = :kind AND kindSk > :since',
            ExpressionAttributeValues: { ':kind': kindPk, ':since': '2025' },
          }),
        )
      ).Items;

    now = 999;
    expect(await onTable(true)).toEqual([]);
    expect(await onTable(false)).toEqual([item]);
    expect(await onIndex()).toEqual([item]);
    now = 1000;
    expect(await onTable(false)).toEqual([]);
    expect(await onIndex()).toEqual([]);
  });

  it('does not show an item created a moment ago to a read without ConsistentRead', async () => {
    const test = await makeTestApp(STALE);
    const key = { pk: `TEST#${randomUUID()}`, sk: 'ITEM' };
    await test.deps.db.send(new PutCommand({ TableName: test.deps.tableName, Item: key }));
    const read = (ConsistentRead: boolean) =>
      test.deps.db.send(new GetCommand({ TableName: test.deps.tableName, Key: key, ConsistentRead }));
    expect((await read(false)).Item).toBeUndefined();
    expect((await read(true)).Item).toEqual(key);
  });
});

describe('read-your-writes with stale reads on', () => {
  it('the request after sign-in finds its new session', async () => {
    const test = await makeTestApp(STALE);
    const { cookie, email } = await signIn(test);
    const me = await call(test, '/api/me', 'GET', cookie);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { email: string }).email).toBe(email);
  });

  it('signing out everywhere also ends a session started a moment ago, which the index does not list yet', async () => {
    const test = await makeTestApp(STALE);
    const phone = await signIn(test);
    const laptop = await signIn(test, phone.email);
    expect((await call(test, '/api/auth/sign-out-everywhere', 'POST', laptop.cookie)).status).toBe(204);
    for (const { cookie } of [phone, laptop]) expect((await call(test, '/api/me', 'GET', cookie)).status).toBe(401);
    // A new sign-in starts under the new generation.
    const again = await signIn(test, phone.email);
    expect((await call(test, '/api/me', 'GET', again.cookie)).status).toBe(200);
  });

  it('creating a project answers it, and the next requests read and edit it', async () => {
    const test = await makeTestApp(STALE);
    const steward = await personWithRole(test.deps, 'citizen');
    const created = await call(test, '/api/projects', 'POST', steward.cookie, {
      title: 'Les voix du port',
      summary: 'Des souvenirs de dockers.',
      visibility: 'public',
      joinMode: 'open',
      status: 'active',
    });
    expect(created.status).toBe(201);
    const { slug } = (await created.json()) as { slug: string };

    expect((await call(test, `/api/projects/${slug}`)).status).toBe(200);
    const edited = await call(test, `/api/projects/${slug}`, 'PATCH', steward.cookie, { summary: 'Et leurs chants.' });
    expect(edited.status).toBe(200);
    expect(((await edited.json()) as { summary: string }).summary).toBe('Et leurs chants.');
  });

  it('creating a trail answers its editor, and a stop can be added at once', async () => {
    const test = await makeTestApp(STALE);
    const steward = await personWithRole(test.deps, 'citizen');
    const project = await projectFixture(test.deps, steward.user.id);
    const created = await call(test, '/api/trails', 'POST', steward.cookie, {
      projectSlug: project.slug,
      title: 'Rive droite à l’oreille',
      languages: ['fr'],
      area: 'Recouvrance',
    });
    expect(created.status).toBe(201);
    const { trail } = (await created.json()) as { trail: { id: string } };

    const stop = await call(test, `/api/trails/${trail.id}/stops`, 'POST', steward.cookie, {
      title: 'Le pont',
      lat: 48.3841,
      lng: -4.4953,
    });
    expect(stop.status).toBe(201);
    const editor = await call(test, `/api/trails/${trail.id}/editor`, 'GET', steward.cookie);
    expect(editor.status).toBe(200);
    expect(((await editor.json()) as { trail: { stops: unknown[] } }).trail.stops).toHaveLength(1);
  });

  it('an upload just reserved is found by the next request', async () => {
    const test = await makeTestApp(STALE);
    const citizen = await personWithRole(test.deps, 'citizen');
    const reserved = await call(test, '/api/uploads', 'POST', citizen.cookie, uploadRequestBody());
    expect(reserved.status).toBe(201);
    const { mediaId } = (await reserved.json()) as { mediaId: string };
    const mine = await call(test, `/api/me/media/${mediaId}`, 'GET', citizen.cookie);
    expect(mine.status).toBe(200);
  });

  it('the search index compare-and-set loop re-reads the version it lost to', async () => {
    const test = await makeTestApp(STALE);
    const steward = await personWithRole(test.deps, 'citizen');
    // Each creation writes the index; each next one must read that write to save over it.
    const first = await projectFixture(test.deps, steward.user.id);
    const second = await projectFixture(test.deps, steward.user.id);
    await expect(refreshSearchEntry(test.deps, { ...first, title: 'Renommé' })).resolves.toBeUndefined();
    const { entries } = await readSearchIndex(test.deps);
    expect(entries[first.slug]?.title).toBe('Renommé');
    expect(entries[second.slug]?.title).toBe(second.title);
  });
});
