import type { Context } from 'hono';

/**
 * The viewer's IP address, for rate limits. CloudFront sets `CloudFront-Viewer-Address`
 * (ip:port) and overwrites any value a client sent; the local server does the same from the
 * socket. Without it (a direct call) every caller shares one bucket, which errs on the safe side.
 */
export const clientIp = (c: Context): string => {
  const viewer = c.req.header('cloudfront-viewer-address');
  if (!viewer) return 'unknown';
  // "203.0.113.7:4123" or "[2001:db8::1]:4123" / "2001:db8::1:4123"
  const bracketed = /^\[([^\]]+)\]/.exec(viewer);
  if (bracketed?.[1]) return bracketed[1];
  const lastColon = viewer.lastIndexOf(':');
  return lastColon > 0 ? viewer.slice(0, lastColon) : viewer;
};
