import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { Function as CloudFrontFunction, FunctionCode, FunctionRuntime } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/** Hashed bundles: never listed (they change with every build) and never rewritten. */
const HASHED_ASSETS = '/_astro/';

/**
 * The site's paths as the viewer asks for them, for the viewer-request and viewer-response code.
 * The Astro build writes each page as `/path/index.html`, and S3 (private, through OAC) has no
 * notion of an index document below the root: `/projects/` and `/projects` both become
 * `/projects/index.html`; files (a dot in the last segment) are left alone. A path the build does
 * not have is served the site's 404 page with a 404 status: S3 alone would answer its own 403 XML,
 * and a distribution-wide error response would also rewrite the API's own 403 and 404 problems.
 * Plain ES5: CloudFront Functions run their own JavaScript engine.
 */
const sharedCode = (knownFiles: readonly string[] | undefined) => `var KNOWN = ${
  knownFiles ? JSON.stringify(Object.fromEntries(knownFiles.map((file) => [file, 1]))) : 'null'
};
function sitePath(uri) {
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment === '') return uri + 'index.html';
  if (lastSegment.indexOf('.') === -1) return uri + '/index.html';
  return uri;
}
function isMissing(path) {
  return KNOWN !== null && path.indexOf('${HASHED_ASSETS}') !== 0 && !KNOWN[path];
}`;

/** Viewer request: the object to read, or the 404 page. */
export const sitePathsCode = (knownFiles?: readonly string[]) => `${sharedCode(knownFiles)}
function handler(event) {
  var request = event.request;
  var path = sitePath(request.uri);
  request.uri = isMissing(path) ? '/404.html' : path;
  return request;
}`;

/** Viewer response: the same decision, on the viewer's own path (the event carries the original request). */
export const siteNotFoundCode = (knownFiles?: readonly string[]) => `${sharedCode(knownFiles)}
function handler(event) {
  var response = event.response;
  if (isMissing(sitePath(event.request.uri))) {
    response.statusCode = 404;
    response.statusDescription = 'Not Found';
  }
  return response;
}`;

/** The built site's files as URL paths (`/projets/index.html`), without the hashed bundles. */
export const siteFiles = (siteDir: string): string[] =>
  readdirSync(siteDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => `/${relative(siteDir, join(entry.parentPath, entry.name)).split(sep).join('/')}`)
    .filter((path) => !path.startsWith(HASHED_ASSETS))
    .sort();

/** The pair of functions of the site behaviour; without a built site, every path goes to S3. */
export const createSitePathsFunctions = (scope: Construct, id: string, knownFiles?: readonly string[]) => ({
  viewerRequest: new CloudFrontFunction(scope, id, {
    comment: 'Site pages: /path and /path/ are served from /path/index.html; unknown paths get the 404 page',
    code: FunctionCode.fromInline(sitePathsCode(knownFiles)),
    runtime: FunctionRuntime.JS_2_0,
  }),
  viewerResponse: new CloudFrontFunction(scope, `${id}NotFound`, {
    comment: 'Site pages: the 404 page is answered with status 404',
    code: FunctionCode.fromInline(siteNotFoundCode(knownFiles)),
    runtime: FunctionRuntime.JS_2_0,
  }),
});
