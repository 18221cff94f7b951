import { describe, expect, it } from 'vitest';
import { makeTestApp } from '../support.ts';

/** The document with every object's keys in order: the order of a JSON object's keys means nothing. */
const withSortedKeys = (value: unknown): unknown => {
  if (Array.isArray(value)) return value.map(withSortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, withSortedKeys((value as Record<string, unknown>)[key])]),
  );
};

/**
 * The OpenAPI document is a contract with the site and other clients: a refactor of the route
 * declarations must leave it as it was. A deliberate change to a route updates the snapshot
 * (`vitest -u`), and the diff shows the change in review.
 */
describe('the OpenAPI document', () => {
  it('is the one the routes declared when this snapshot was taken', async () => {
    const { app } = await makeTestApp();
    const document = await (await app.request('/api/openapi.json')).json();
    await expect(`${JSON.stringify(withSortedKeys(document), null, 2)}\n`).toMatchFileSnapshot(
      './__snapshots__/openapi.json.snap',
    );
  });
});
