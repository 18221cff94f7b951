import { describe, expect, it } from 'vitest';
import { SITE_PATHS_CODE } from '../../infra/constructs/site-paths-function.ts';

// Runs the CloudFront Function's source as CloudFront would: a global `handler(event)`.
const handler = new Function(`${SITE_PATHS_CODE}; return handler;`)() as (event: { request: { uri: string } }) => {
  uri: string;
};
const rewrite = (uri: string) => handler({ request: { uri } }).uri;

describe('site paths (CloudFront Function, viewer request)', () => {
  it('serves a folder page from its index.html, with or without the trailing slash', () => {
    expect(rewrite('/')).toBe('/index.html');
    expect(rewrite('/projets/')).toBe('/projets/index.html');
    expect(rewrite('/projets')).toBe('/projets/index.html');
    expect(rewrite('/en/trails/le-conquet')).toBe('/en/trails/le-conquet/index.html');
  });

  it('leaves files alone', () => {
    expect(rewrite('/favicon.svg')).toBe('/favicon.svg');
    expect(rewrite('/_astro/index.B2x9.css')).toBe('/_astro/index.B2x9.css');
    expect(rewrite('/404.html')).toBe('/404.html');
  });
});
