import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_MEDIA_BUCKET } from '../../infra/local/local-aws.ts';
import { type LocalStack, startLocalStack } from '../../infra/local/stack.ts';
import { runSmoke } from '../../infra/smoke/checks.ts';

describe('npm run smoke (what a city runs after deploying)', () => {
  // A portal as a city has it after its first weeks: the demo city, whose published trails play
  // media, so every check has something to check (the shared e2e stack starts empty).
  let demo: LocalStack;
  beforeAll(async () => {
    demo = await startLocalStack({ inMemory: true, port: 0, quiet: true, buildSite: false });
  });
  afterAll(() => demo?.stop());

  it('passes on the local portal, which behaves as the deployed one', async () => {
    const results = await runSmoke({
      url: demo.url,
      email: 'smoke@e2e.test',
      uploadBucket: LOCAL_MEDIA_BUCKET,
    });
    expect(results.map((result) => result.name)).toEqual([
      'health',
      'security headers',
      '404 page',
      'cache headers',
      'upload CORS',
      'write with Origin',
      'write without Origin refused',
      'OpenAPI document',
      'media file',
    ]);
    for (const result of results) expect(result, result.detail).toMatchObject({ ok: true });
    expect(results.find((result) => result.name === 'media file')?.detail).toMatch(
      /^\/media\/.+: 20[06] (audio|video|image)\//,
    );
  });

  it('says what to fix on a portal that answers like a bare S3 bucket', async () => {
    const server = createServer((_request, response) => {
      response.writeHead(403, { 'content-type': 'application/xml' });
      response.end('<Error><Code>AccessDenied</Code></Error>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const results = await runSmoke({ url: `http://127.0.0.1:${port}` });
      const failed = results.filter((result) => !result.ok);
      expect(failed.map((result) => result.name)).toEqual(
        expect.arrayContaining(['health', 'security headers', '404 page', 'cache headers', 'OpenAPI document']),
      );
      expect(failed.find((result) => result.name === '404 page')?.detail).toMatch(/403 application\/xml.*404 page/);
    } finally {
      server.close();
    }
  });
});
