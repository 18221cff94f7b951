/**
 * The security headers on every response: CloudFront's response-headers policy in AWS and the
 * local server use these very values. Plain data: no CDK import here.
 */

/** Map tiles come from OpenStreetMap unless the city configures another tile server. */
export const TILE_ORIGINS = ['https://*.tile.openstreetmap.org'];

export const contentSecurityPolicy = ({ extraConnectSrc = [] as string[] } = {}): string =>
  [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    `img-src 'self' data: ${TILE_ORIGINS.join(' ')}`,
    "media-src 'self'",
    `connect-src ${["'self'", ...extraConnectSrc].join(' ')}`,
    "font-src 'self'",
    "frame-ancestors 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');

export const HSTS_MAX_AGE_SECONDS = 63_072_000; // two years

export const SECURITY_HEADERS: Record<string, string> = {
  'strict-transport-security': `max-age=${HSTS_MAX_AGE_SECONDS}; includeSubDomains`,
  'content-security-policy': contentSecurityPolicy(),
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
};
