import { Function as CloudFrontFunction, FunctionCode, FunctionRuntime } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';

/**
 * Viewer-request code for the site behaviour: the Astro build writes each page as
 * `/path/index.html`, and S3 (private, through OAC) has no notion of an index document below the
 * root. So `/projects/` and `/projects` both become `/projects/index.html`; files (a dot in the
 * last segment) are left alone. Plain ES5: CloudFront Functions run their own JavaScript engine.
 */
export const SITE_PATHS_CODE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  var lastSegment = uri.substring(uri.lastIndexOf('/') + 1);
  if (lastSegment === '') {
    request.uri = uri + 'index.html';
  } else if (lastSegment.indexOf('.') === -1) {
    request.uri = uri + '/index.html';
  }
  return request;
}`;

export const createSitePathsFunction = (scope: Construct, id: string): CloudFrontFunction =>
  new CloudFrontFunction(scope, id, {
    comment: 'Site pages: /path and /path/ are served from /path/index.html',
    code: FunctionCode.fromInline(SITE_PATHS_CODE),
    runtime: FunctionRuntime.JS_2_0,
  });
