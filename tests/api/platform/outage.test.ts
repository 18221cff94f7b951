import { createServer, type Socket } from 'node:net';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { afterAll, expect, it } from 'vitest';
import { ensureTable, type RunningDynamoDb, startDynamoDbLocal } from '../../../infra/local/dynamodb-local.ts';
import { freePort } from '../../../infra/local/free-port.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION, LOCAL_TABLE_NAME } from '../../../infra/local/local-aws.ts';
import { makeTestApp, problemOf } from '../support.ts';

let dynamo: RunningDynamoDb | undefined;
afterAll(() => dynamo?.stop());

const startDynamo = async (port: number) => {
  dynamo = await startDynamoDbLocal({ port });
  const client = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: LOCAL_REGION,
    credentials: LOCAL_CREDENTIALS,
  });
  await ensureTable(client, LOCAL_TABLE_NAME);
  client.destroy();
};

it('turns a DynamoDB outage into 503 problems and recovers by itself when it returns', async () => {
  const port = await freePort();
  await startDynamo(port);
  const { app } = await makeTestApp({ dynamoEndpoint: `http://127.0.0.1:${port}`, dynamoBudget: 'request' });
  expect((await app.request('/api/health')).status).toBe(200);

  await dynamo?.stop();
  const health = await app.request('/api/health');
  expect(health.status).toBe(503);
  expect(await problemOf(health)).toMatchObject({ checks: { table: 'down', media: 'ok' } });
  const list = await app.request('/api/projects');
  expect(list.status).toBe(503);
  const problem = await problemOf(list);
  expect(problem.type).toBe('urn:communs:problem:dependency-unavailable');
  expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+/); // no stack trace

  await startDynamo(port);
  expect((await app.request('/api/health')).status).toBe(200);
  expect((await app.request('/api/projects')).status).toBe(200);
}, 60_000);

/** A DynamoDB endpoint that accepts connections and reads requests, but never answers (a hung dependency). */
const startSilentEndpoint = async () => {
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('data', () => {});
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as { port: number };
  return {
    endpoint: `http://127.0.0.1:${port}`,
    stop: () => {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((closed) => server.close(() => closed()));
    },
  };
};

it('answers a 503 problem well within the 15 seconds a request has when DynamoDB never answers', async () => {
  const silent = await startSilentEndpoint();
  try {
    const { app } = await makeTestApp({ dynamoEndpoint: silent.endpoint, dynamoBudget: 'request' });
    const started = Date.now();
    const list = await app.request('/api/projects');
    const elapsed = Date.now() - started;
    expect(list.status).toBe(503);
    expect((await problemOf(list)).type).toBe('urn:communs:problem:dependency-unavailable');
    // Every attempt of the SDK within its time limit, with room left before Lambda's 15 s.
    expect(elapsed).toBeLessThan(10_000);
  } finally {
    await silent.stop();
  }
}, 30_000);
