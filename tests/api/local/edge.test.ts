import { createHash } from 'node:crypto';
import { PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, inject, it } from 'vitest';
import { makeTestApp } from '../support.ts';

const base = () => inject('stackUrl');
const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('the local origin (what CloudFront does in AWS)', () => {
  it('puts the security headers on every response', async () => {
    const response = await fetch(`${base()}/api/health`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  });

  it('refuses a POST without the body hash the API needs in AWS, and accepts it with', async () => {
    const body = JSON.stringify({ email: `edge-${crypto.randomUUID().slice(0, 6)}@example.test` });
    const headers = { origin: base(), 'content-type': 'application/json' };
    expect((await fetch(`${base()}/api/auth/sign-in`, { method: 'POST', headers, body })).status).toBe(403);
    const wrong = await fetch(`${base()}/api/auth/sign-in`, {
      method: 'POST',
      headers: { ...headers, 'x-amz-content-sha256': sha256('other') },
      body,
    });
    expect(wrong.status).toBe(403);
    const signed = await fetch(`${base()}/api/auth/sign-in`, {
      method: 'POST',
      headers: { ...headers, 'x-amz-content-sha256': sha256(body) },
      body,
    });
    expect(signed.status).toBe(202);
  });

  it('serves published media under /media only, never as HTML', async () => {
    const { deps } = await makeTestApp();
    const id = crypto.randomUUID();
    await deps.s3.send(
      new PutObjectCommand({
        Bucket: deps.mediaBucket,
        Key: `media/${id}/page.html`,
        Body: '<script>1</script>',
        ContentType: 'text/html',
      }),
    );
    await deps.s3.send(new PutObjectCommand({ Bucket: deps.mediaBucket, Key: `uploads/${id}`, Body: 'staged' }));
    const served = await fetch(`${base()}/media/${id}/page.html`);
    expect(served.status).toBe(200);
    expect(served.headers.get('content-type')).toBe('application/octet-stream');
    expect(served.headers.get('x-content-type-options')).toBe('nosniff');
    expect((await fetch(`${base()}/media/../uploads/${id}`)).status).toBe(404);
    expect((await fetch(`${base()}/media/%2e%2e/uploads/${id}`)).status).toBe(404);
  });
});

describe('the local edge forwards to the API what CloudFront forwards', () => {
  it('the headers the API reads and the cookies, nothing else; the viewer address is its own', async () => {
    const { createEdge } = await import('../../../infra/local/edge.ts');
    const { deps } = await makeTestApp();
    let received: Headers | undefined;
    const edge = createEdge({
      api: {
        fetch: (request) => {
          received = request.headers;
          return new Response('{}');
        },
      },
      s3: deps.s3,
      mediaBucket: deps.mediaBucket,
      siteDir: '/nonexistent',
      uploadOrigins: [],
    });
    await edge.fetch(
      new Request('http://communs.test/api/health', {
        headers: {
          'user-agent': 'Firefox',
          cookie: 'session=abc',
          'x-communs-client': 'cli',
          'accept-language': 'br',
          'x-forwarded-for': '203.0.113.9',
          'cloudfront-viewer-address': '198.51.100.1:5',
        },
      }),
    );
    expect(received?.get('user-agent')).toBe('Firefox');
    expect(received?.get('cookie')).toBe('session=abc');
    expect(received?.get('x-communs-client')).toBe('cli');
    expect(received?.get('accept-language')).toBeNull();
    expect(received?.get('x-forwarded-for')).toBeNull();
    expect(received?.get('cloudfront-viewer-address')).not.toBe('198.51.100.1:5');
  });
});
