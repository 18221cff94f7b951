import { describe, expect, it } from 'vitest';
import { freePort } from '../../../infra/local/free-port.ts';
import { makeTestApp, problemOf } from '../support.ts';

describe('platform', () => {
  it('reports health only when the table and the bucket really answer', async () => {
    const { app } = await makeTestApp();
    const response = await app.request('/api/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', checks: { table: 'ok', media: 'ok' } });
  });

  it('names the bucket when storage does not answer', async () => {
    const { app } = await makeTestApp({ s3Endpoint: `http://127.0.0.1:${await freePort()}` });
    const response = await app.request('/api/health');
    expect(response.status).toBe(503);
    const problem = await problemOf(response);
    expect(problem).toMatchObject({ type: 'urn:communs:problem:dependency-unavailable', status: 503 });
    expect(problem.detail).toContain('media');
    expect(problem).toMatchObject({ checks: { table: 'ok', media: 'down' } });
  });

  it('answers unknown API paths with a 404 problem', async () => {
    const { app } = await makeTestApp();
    const response = await app.request('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:communs:problem:not-found', status: 404 });
  });

  it('refuses oversized bodies with a 413 problem before reading them', async () => {
    const { app } = await makeTestApp({ config: { maxBodyBytes: 1024 } });
    const response = await app.request('/api/projects', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ filler: 'x'.repeat(4096) }),
    });
    expect(response.status).toBe(413);
    expect(await problemOf(response)).toMatchObject({ type: 'urn:communs:problem:payload-too-large' });
  });

  it('serves an OpenAPI 3.1 document generated from the routes, and a readable reference', async () => {
    const { app } = await makeTestApp();
    const document = (await (await app.request('/api/openapi.json')).json()) as { openapi: string; paths: object };
    expect(document.openapi).toBe('3.1.0');
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/projects', '/api/trails']),
    );
    const page = await app.request('/api/docs');
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('/api/health');
  });
});

describe('public lists', () => {
  it.each(['/api/projects', '/api/trails'])('%s is a cacheable cursor page', async (path) => {
    const { app } = await makeTestApp();
    const response = await app.request(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(/public, .*s-maxage=\d+/);
    const body = (await response.json()) as { items: unknown[]; nextCursor: string | null };
    expect(Array.isArray(body.items)).toBe(true);
  });

  it('rejects a bad limit and a forged cursor with field paths', async () => {
    const { app } = await makeTestApp();
    const badLimit = await problemOf(await app.request('/api/projects?limit=1000'));
    expect(badLimit.status).toBe(400);
    expect(badLimit.errors).toEqual([expect.objectContaining({ in: 'query', path: 'limit' })]);
    const badCursor = await problemOf(await app.request('/api/projects?cursor=not-a-cursor'));
    expect(badCursor.errors).toEqual([expect.objectContaining({ in: 'query', path: 'cursor' })]);
  });
});
