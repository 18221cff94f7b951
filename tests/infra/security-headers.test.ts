import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS, securityHeaders, tileSource } from '../../infra/security-headers.ts';

const directives = (csp: string) => new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));

describe('security headers (shared by CloudFront and the local server)', () => {
  it('are plain header values, one per lower-case name', () => {
    expect(SECURITY_HEADERS).toEqual({
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'content-security-policy': contentSecurityPolicy(),
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'strict-origin-when-cross-origin',
      'x-frame-options': 'DENY',
    });
  });

  it('allow only the portal itself, map tiles and inline styles', () => {
    const csp = directives(contentSecurityPolicy());
    expect(Object.fromEntries(csp)).toEqual({
      'default-src': ["'self'"],
      'img-src': ["'self'", 'data:', 'https://*.tile.openstreetmap.org'],
      'media-src': ["'self'"],
      'connect-src': ["'self'"],
      'script-src': ["'self'"],
      'style-src': ["'self'", "'unsafe-inline'"],
      'frame-ancestors': ["'none'"],
      'object-src': ["'none'"],
      'base-uri': ["'self'"],
      'form-action': ["'self'"],
    });
  });

  it('let the browser upload to the media bucket (or s3rver locally) when told its origin', () => {
    const local = securityHeaders({ extraConnectSrc: ['http://localhost:4569'] });
    expect(directives(local['content-security-policy']).get('connect-src')).toEqual([
      "'self'",
      'http://localhost:4569',
    ]);
    expect(directives(local['content-security-policy']).get('script-src')).toEqual(["'self'"]);
  });
});

describe('the CSP follows the map tiles the site uses', () => {
  it('allows OpenStreetMap by default and the PUBLIC_TILE_URL host otherwise', () => {
    expect(tileSource('https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png')).toBe('https://*.tile.openstreetmap.org');
    expect(tileSource('https://tuiles.brest.fr/carte/{z}/{x}/{y}.png')).toBe('https://tuiles.brest.fr');
    expect(contentSecurityPolicy()).toContain("img-src 'self' data: https://*.tile.openstreetmap.org");
    expect(contentSecurityPolicy({ tileUrl: 'https://tuiles.brest.fr/{z}/{x}/{y}.png' })).toContain(
      "img-src 'self' data: https://tuiles.brest.fr;",
    );
  });
});
