import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { LOCAL_MEDIA_BUCKET } from '../../infra/local/local-aws.ts';
import { runSmoke } from '../../infra/smoke/checks.ts';

describe('npm run smoke (what a city runs after deploying)', () => {
  it('passes on the local portal, which behaves as the deployed one', async () => {
    const results = await runSmoke({
      url: inject('baseUrl'),
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
