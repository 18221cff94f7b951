import { hc } from 'hono/client';
// Type-only: the browser bundle gets the client (a few hundred bytes), never the server code.
import type { ApiType } from '../../../functions/api/app.ts';

const EMPTY_BODY_SHA256 = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

const hex = (buffer: ArrayBuffer) => [...new Uint8Array(buffer)].map((b) => b.toString(16).padStart(2, '0')).join('');

const bodyBytes = async (body: BodyInit | null | undefined): Promise<ArrayBuffer | Uint8Array | undefined> => {
  if (body == null) return undefined;
  if (typeof body === 'string') return new TextEncoder().encode(body);
  if (body instanceof Blob) return body.arrayBuffer();
  if (body instanceof ArrayBuffer || ArrayBuffer.isView(body)) return body as ArrayBuffer;
  return new Response(body).arrayBuffer();
};

/**
 * `fetch` for the API. In AWS, CloudFront signs requests to the API Lambda (origin access
 * control), and Lambda then needs the SHA-256 of every request body in `x-amz-content-sha256`:
 * the browser computes it. The local server checks it the same way, so a page that forgets it
 * fails locally too.
 */
export const apiFetch: typeof fetch = async (input, init = {}) => {
  const method = (init.method ?? 'GET').toUpperCase();
  if (method === 'GET' || method === 'HEAD') return fetch(input, init);
  const bytes = await bodyBytes(init.body);
  const headers = new Headers(init.headers);
  headers.set(
    'x-amz-content-sha256',
    bytes && bytes.byteLength > 0
      ? hex(await crypto.subtle.digest('SHA-256', bytes as BufferSource))
      : EMPTY_BODY_SHA256,
  );
  return fetch(input, { ...init, headers, body: bytes && bytes.byteLength > 0 ? (bytes as BodyInit) : init.body });
};

/**
 * The one way the site calls the API: a client typed from the API's own routes, so request and
 * response types are never copied by hand. Same origin (`/api/*`), in AWS as locally.
 */
export const api = hc<ApiType>('/', { fetch: apiFetch });
