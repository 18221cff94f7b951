/**
 * The security headers of every response, as plain values.
 *
 * CloudFront adds them in AWS (a ResponseHeadersPolicy built from these values) and the local Node
 * server (`infra/local/`) adds the very same ones, so a page that works locally is not broken by a
 * stricter policy in production. No CDK import here on purpose: the local runtime imports this file.
 */

/** One year, the minimum the HSTS preload list and most audits accept. */
export const HSTS_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

/** The site's default map tiles (web/astro.config.mjs hands it to the islands), unless PUBLIC_TILE_URL says otherwise. */
export const DEFAULT_TILE_URL = 'https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png';

/**
 * The CSP source of a Leaflet tile URL template: its origin, with the `{s}` subdomain as a wildcard
 * (`https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png` → `https://*.tile.openstreetmap.org`).
 */
export const tileSource = (tileUrl: string): string => {
  const url = new URL(tileUrl.replace(/\{s\}/g, 'tiles-subdomain'));
  return `${url.protocol}//${url.host.replace('tiles-subdomain', '*')}`;
};

export interface ContentSecurityPolicyOptions {
  /**
   * Extra origins the browser may `fetch`/`XMLHttpRequest` to, besides the portal itself: the media
   * bucket's S3 endpoint in AWS, s3rver locally. Browsers upload media there directly (presigned
   * POST and multipart PUT), never through the API.
   */
  extraConnectSrc?: readonly string[];
  /** Where map tiles come from (the PUBLIC_TILE_URL the site was built with); OpenStreetMap by default. */
  tileUrl?: string;
}

/** The Content-Security-Policy value. Directives are listed one per line to keep diffs readable. */
export const contentSecurityPolicy = ({
  extraConnectSrc = [],
  tileUrl = DEFAULT_TILE_URL,
}: ContentSecurityPolicyOptions = {}): string =>
  [
    "default-src 'self'",
    `img-src 'self' data: ${tileSource(tileUrl)}`,
    "media-src 'self'",
    ['connect-src', "'self'", ...extraConnectSrc].join(' '),
    "script-src 'self'",
    // Astro scopes component styles with inline style attributes and <style> blocks.
    "style-src 'self' 'unsafe-inline'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

export const REFERRER_POLICY = 'strict-origin-when-cross-origin';

export type SecurityHeaderName =
  | 'strict-transport-security'
  | 'content-security-policy'
  | 'x-content-type-options'
  | 'referrer-policy'
  | 'x-frame-options';

/** Header name (lower case) → value, ready to set on a Node response. */
export const securityHeaders = (options: ContentSecurityPolicyOptions = {}): Record<SecurityHeaderName, string> => ({
  'strict-transport-security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  'content-security-policy': contentSecurityPolicy(options),
  'x-content-type-options': 'nosniff',
  'referrer-policy': REFERRER_POLICY,
  'x-frame-options': 'DENY',
});

/** The headers with no extra connect-src origin. Locally, use `securityHeaders({ extraConnectSrc })`. */
export const SECURITY_HEADERS: Readonly<Record<SecurityHeaderName, string>> = Object.freeze(securityHeaders());
