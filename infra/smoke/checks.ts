import { createHash } from 'node:crypto';

/** One thing a city checks on its deployed portal, and what to do when it fails. */
export interface SmokeResult {
  name: string;
  ok: boolean;
  /** What was seen, and when it failed, what to fix. */
  detail: string;
}

export interface SmokeOptions {
  /** The portal's public URL (its publicUrl setting). */
  url: string;
  /** An address that may receive a sign-in link; without it the sign-in check is skipped (no mail is sent). */
  email?: string;
  /**
   * The media bucket's name when the upload endpoint is path-style (s3rver, for a local portal);
   * AWS's regional endpoint names the bucket in its host.
   */
  uploadBucket?: string;
  /** Request timeout per check, in ms. */
  timeoutMs?: number;
}

const SECURITY_HEADERS = [
  'strict-transport-security',
  'content-security-policy',
  'x-content-type-options',
  'referrer-policy',
  'x-frame-options',
];

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

type Check = (context: {
  base: string;
  get: Get;
  post: Post;
  options: SmokeOptions;
}) => Promise<Omit<SmokeResult, 'name'>>;
type Get = (path: string, init?: RequestInit) => Promise<Response>;
type Post = (path: string, body: unknown, headers?: Record<string, string>) => Promise<Response>;

const pass = (detail: string) => ({ ok: true, detail });
const fail = (detail: string) => ({ ok: false, detail });

/**
 * The checks, in order: each one is what a resident or a browser would run into if it failed.
 * They read only, except two harmless writes (a sign-in request, only with --email, and a refused
 * one).
 */
const CHECKS: [string, Check][] = [
  [
    'health',
    async ({ get }) => {
      const response = await get('/api/health');
      const body = (await response.json().catch(() => ({}))) as { status?: string };
      return response.ok
        ? pass(`200 ${JSON.stringify(body)}`)
        : fail(
            `${response.status} ${JSON.stringify(body)}: a dependency is down (see the function's logs and the dashboard)`,
          );
    },
  ],
  [
    'security headers',
    async ({ get }) => {
      const response = await get('/');
      const missing = SECURITY_HEADERS.filter((name) => !response.headers.get(name));
      return missing.length === 0
        ? pass(SECURITY_HEADERS.join(', '))
        : fail(`missing ${missing.join(', ')}: the response headers policy is not on every behaviour`);
    },
  ],
  [
    '404 page',
    async ({ get }) => {
      const response = await get(`/nulle-part-${Date.now()}`);
      const type = response.headers.get('content-type') ?? '';
      return response.status === 404 && type.startsWith('text/html')
        ? pass('404 text/html')
        : fail(
            `${response.status} ${type}: unknown paths should get the site's 404 page (was the site built before deploying?)`,
          );
    },
  ],
  [
    'cache headers',
    async ({ get }) => {
      const page = await get('/');
      const html = await page.text();
      const pageCache = page.headers.get('cache-control') ?? '';
      const asset = /(?:src|href)="(\/_astro\/[^"]+)"/.exec(html)?.[1];
      if (!asset) return fail('no /_astro/ bundle referenced by the home page');
      const assetCache = (await get(asset)).headers.get('cache-control') ?? '';
      return pageCache.includes('no-cache') && assetCache.includes('immutable')
        ? pass(`pages "${pageCache}", bundles "${assetCache}"`)
        : fail(
            `pages "${pageCache}", bundles "${assetCache}": pages must be no-cache and /_astro/ immutable (redeploy the site)`,
          );
    },
  ],
  [
    'upload CORS',
    async ({ get, base, options }) => {
      const csp = (await get('/')).headers.get('content-security-policy') ?? '';
      const uploadOrigin = /connect-src ([^;]+)/
        .exec(csp)?.[1]
        ?.split(' ')
        .find((source) => source.startsWith('http'));
      if (!uploadOrigin) return fail('the CSP names no upload origin in connect-src');
      const path = options.uploadBucket ? `/${options.uploadBucket}/uploads/smoke` : '/uploads/smoke';
      const preflight = await fetch(`${uploadOrigin}${path}`, {
        method: 'OPTIONS',
        headers: { origin: base, 'access-control-request-method': 'POST' },
      });
      const allowed = preflight.headers.get('access-control-allow-origin');
      return allowed === base || allowed === '*'
        ? pass(`${uploadOrigin} allows ${base}`)
        : fail(
            `${uploadOrigin} answered ${preflight.status}, allow-origin "${allowed}": the media bucket's CORS origin is not publicUrl`,
          );
    },
  ],
  [
    'write with Origin',
    async ({ post, options }) => {
      if (!options.email) return pass('skipped: pass --email to send a real sign-in link and check it is accepted');
      const response = await post('/api/auth/sign-in', { email: options.email });
      return response.status === 202
        ? pass(`202: a sign-in link was sent to ${options.email}`)
        : fail(`${response.status} ${await response.text()}: writes from the portal are refused (publicUrl, or SES)`);
    },
  ],
  [
    'write without Origin refused',
    async ({ base }) => {
      const body = JSON.stringify({ email: 'smoke@example.invalid' });
      const response = await fetch(`${base}/api/auth/sign-in`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-amz-content-sha256': sha256(body) },
        body,
      });
      const problem = (await response.json().catch(() => ({}))) as { type?: string };
      return response.status === 403
        ? pass(`403 ${problem.type ?? ''}`)
        : fail(`${response.status}: a cross-site write must be refused (CSRF)`);
    },
  ],
  [
    'OpenAPI document',
    async ({ get }) => {
      const response = await get('/api/openapi.json');
      const document = (await response.json().catch(() => ({}))) as { openapi?: string; paths?: object };
      return response.ok && document.openapi?.startsWith('3.1')
        ? pass(`OpenAPI ${document.openapi}, ${Object.keys(document.paths ?? {}).length} paths`)
        : fail(`${response.status}: /api/openapi.json is not served`);
    },
  ],
  [
    'media file',
    async ({ get }) => {
      const path = await anyPublishedMediaPath(get);
      if (!path) return pass('skipped: no published trail with media yet');
      const response = await get(path, { headers: { range: 'bytes=0-15' } });
      const type = response.headers.get('content-type') ?? '';
      return response.ok && /^(audio|video|image)\//.test(type) && response.headers.get('x-content-type-options')
        ? pass(`${path}: ${response.status} ${type}`)
        : fail(`${response.status} ${type}: published media must be served under /media/ with their type`);
    },
  ],
];

/**
 * A published medium's path, from the first published trail that plays one (public reads,
 * cacheable). The API gives media URLs relative to the portal (`/media/…`).
 */
const anyPublishedMediaPath = async (get: Get): Promise<string | undefined> => {
  const list = (await (await get('/api/trails')).json().catch(() => ({}))) as { items?: { id: string }[] };
  for (const { id } of list.items ?? []) {
    const trail = JSON.stringify(await (await get(`/api/trails/${encodeURIComponent(id)}`)).json().catch(() => ({})));
    const url = /"url":"((?:https?:\/\/[^"/]+)?\/media\/[^"]+)"/.exec(trail)?.[1];
    if (url) return new URL(url, 'https://portal.invalid').pathname;
  }
  return undefined;
};

/** Runs every check against a portal; never throws for a failing portal, only reports. */
export const runSmoke = async (options: SmokeOptions): Promise<SmokeResult[]> => {
  const base = new URL(options.url).origin;
  const timeout = () => AbortSignal.timeout(options.timeoutMs ?? 10_000);
  const get: Get = (path, init = {}) => fetch(`${base}${path}`, { ...init, signal: timeout() });
  const post: Post = (path, body, headers = {}) => {
    const text = JSON.stringify(body);
    return fetch(`${base}${path}`, {
      method: 'POST',
      signal: timeout(),
      headers: { origin: base, 'content-type': 'application/json', 'x-amz-content-sha256': sha256(text), ...headers },
      body: text,
    });
  };
  const results: SmokeResult[] = [];
  for (const [name, check] of CHECKS) {
    try {
      results.push({ name, ...(await check({ base, get, post, options })) });
    } catch (error) {
      results.push({ name, ok: false, detail: `no answer: ${(error as Error).message}` });
    }
  }
  return results;
};
