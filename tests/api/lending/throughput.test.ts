import { createServer, request as httpRequest } from 'node:http';
import { afterAll, expect, inject, it } from 'vitest';
import { makeTestApp, problemOf } from '../support.ts';
import { CAPUCINS, modelFixture, pointFixture } from './fixtures.ts';
import { borrowerCounters, call, citizen, lendingClock, reserve, unitDays } from './reservations-support.ts';

/**
 * DynamoDB refusing a reservation's transaction for throughput: a stand-in endpoint in front of
 * the run's DynamoDB Local passes every request through, except TransactWriteItems, which it
 * answers as DynamoDB does when over capacity (the SDK's own error, after its retries), or as a
 * transaction cancelled for throttling. The answer must be a 503 problem, and nothing written.
 */
type Refusal = 'throughput-exception' | 'cancelled-throttled';

const startThrottlingEndpoint = async (target: string) => {
  let refusal: Refusal | undefined;
  const server = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = Buffer.concat(chunks);
      if (refusal && incoming.headers['x-amz-target'] === 'DynamoDB_20120810.TransactWriteItems') {
        const answer =
          refusal === 'throughput-exception'
            ? {
                __type: 'com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException',
                message: 'The level of configured provisioned throughput for the table was exceeded.',
              }
            : {
                __type: 'com.amazonaws.dynamodb.v20120810#TransactionCanceledException',
                message:
                  'Transaction cancelled, please refer cancellation reasons for specific reasons [ThrottlingError]',
                CancellationReasons: [{ Code: 'ThrottlingError', Message: 'Throughput exceeds the current capacity.' }],
              };
        outgoing.writeHead(400, { 'content-type': 'application/x-amz-json-1.0' });
        outgoing.end(JSON.stringify(answer));
        return;
      }
      const url = new URL(incoming.url ?? '/', target);
      const forwarded = httpRequest(
        url,
        { method: incoming.method, headers: { ...incoming.headers, host: url.host } },
        (answer) => {
          outgoing.writeHead(answer.statusCode ?? 500, answer.headers);
          answer.pipe(outgoing);
        },
      );
      forwarded.on('error', () => outgoing.destroy());
      forwarded.end(body);
    });
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    refuse: (next: Refusal | undefined) => {
      refusal = next;
    },
    stop: () => new Promise<void>((closed) => server.close(() => closed())),
  };
};

const endpoint = await startThrottlingEndpoint(inject('dynamoEndpoint'));
afterAll(() => endpoint.stop());

it.each(['throughput-exception', 'cancelled-throttled'] as const)(
  'answers a 503 problem and writes nothing when DynamoDB refuses the transaction for throughput (%s)',
  async (refusal) => {
    const test = await makeTestApp({ clock: lendingClock(), dynamoEndpoint: endpoint.endpoint });
    const point = await pointFixture(test.deps, CAPUCINS);
    const { model, units } = await modelFixture(test.deps, { pointIds: [point.id], units: 1 });
    const person = await citizen(test.deps);
    const days = { modelId: model.id, pointId: point.id, pickUp: '2026-12-02', returnDay: '2026-12-04' };

    endpoint.refuse(refusal);
    const refused = await reserve(test, person.cookie, days);
    endpoint.refuse(undefined);

    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBeTruthy();
    expect((await problemOf(refused)).type).toBe('urn:communs:problem:dependency-unavailable');
    expect(await unitDays(test.deps, units[0]?.id ?? '')).toEqual([]);
    expect((await borrowerCounters(test.deps, person.user.id)).size).toBe(0);
    const loans = (await (await call(test, '/api/me/lending', 'GET', person.cookie)).json()) as { upcoming: unknown[] };
    expect(loans.upcoming).toEqual([]);
    // Once DynamoDB has capacity again, the same request lands.
    expect((await reserve(test, person.cookie, days)).status).toBe(201);
  },
  30_000,
);
