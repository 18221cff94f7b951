import { describe, expect, it } from 'vitest';
import { siteNotFoundCode, sitePathsCode } from '../../infra/constructs/site-paths-function.ts';

// Runs the CloudFront Functions' source as CloudFront would: a global `handler(event)`.
const load = <E, R>(code: string) => new Function(`${code}; return handler;`)() as (event: E) => R;
type Request = { uri: string };
const SITE = ['/index.html', '/404.html', '/projets/index.html', '/en/trails/index.html', '/favicon.svg', '/sw.js'];

const rewrite = (uri: string, files: string[] | null = SITE) =>
  load<{ request: Request }, Request>(sitePathsCode(files ?? undefined))({ request: { uri } }).uri;
const status = (uri: string, files: string[] | null = SITE) =>
  load<{ request: Request; response: { statusCode: number } }, { statusCode: number }>(
    siteNotFoundCode(files ?? undefined),
  )({
    request: { uri },
    response: { statusCode: 200 },
  }).statusCode;

describe('site paths (CloudFront Functions on the site behaviour)', () => {
  it('serves a folder page from its index.html, with or without the trailing slash', () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/projets/')).toBe('/projets/index.html');
    expect(rewrite('/projets')).toBe('/projets/index.html');
    expect(rewrite('/en/trails')).toBe('/en/trails/index.html');
    expect(status('/projets')).toBe(200);
  });

  it('leaves files alone', () => {
    expect(rewrite('/favicon.svg')).toBe('/favicon.svg');
    expect(rewrite('/_astro/index.B2x9.css')).toBe('/_astro/index.B2x9.css');
    expect(rewrite('/404.html')).toBe('/404.html');
    expect(status('/_astro/index.B2x9.css')).toBe(200);
  });

  it('answers a path the build does not have with the 404 page and status 404 (not S3 403 XML)', () => {
    for (const uri of ['/nulle-part', '/projets/inconnu/', '/robots.txt']) {
      expect(rewrite(uri)).toBe('/404.html');
      expect(status(uri)).toBe(404);
    }
  });

  it('sends everything to S3 as before when the site was not built at synth', () => {
    expect(rewrite('/nulle-part', null)).toBe('/nulle-part/index.html');
    expect(status('/nulle-part', null)).toBe(200);
  });
});
