import { Duration } from 'aws-cdk-lib';
import {
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
} from 'aws-cdk-lib/aws-cloudfront';
import { Construct } from 'constructs';
import { API_CACHE_TTL, CACHE_KEY_COOKIES } from '../../functions/platform/edge-cache-policy.ts';
import { API_REQUEST_HEADER_NAMES } from '../../functions/platform/request-headers.ts';

/**
 * What the `/api/*` behaviour caches and what it passes to the function URL.
 *
 * Caching: the API decides, with Cache-Control. Default TTL 0 means "not cached unless the response
 * says so"; public reads answer `public, max-age=…` and CloudFront absorbs resident traffic, while
 * anything personal answers `private` or `no-store` and is never cached. The key is the path, the
 * query string and the session cookie (edge-cache-policy.ts): a request with a session never
 * reads the copy kept for residents, and the API answers it `private` (cache.ts).
 *
 * Forwarding: cookies (sessions), the query string, and the few headers the API reads. Never the
 * viewer's Host header: a function URL only answers to its own host name.
 */
export class ApiRequestPolicies extends Construct {
  readonly cachePolicy: CachePolicy;
  readonly originRequestPolicy: OriginRequestPolicy;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.cachePolicy = new CachePolicy(this, 'Cache', {
      comment: 'API: cached only when the response Cache-Control allows it',
      defaultTtl: Duration.seconds(API_CACHE_TTL.defaultSeconds),
      minTtl: Duration.seconds(API_CACHE_TTL.minSeconds),
      maxTtl: Duration.seconds(API_CACHE_TTL.maxSeconds),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      headerBehavior: CacheHeaderBehavior.none(),
      // The session cookie is in the key: an editor's request never gets the residents' cached copy.
      cookieBehavior: CacheCookieBehavior.allowList(...CACHE_KEY_COOKIES),
      enableAcceptEncodingGzip: true,
      enableAcceptEncodingBrotli: true,
    });
    this.originRequestPolicy = new OriginRequestPolicy(this, 'OriginRequest', {
      comment: 'API: cookies, query strings and the headers the API reads; not Host',
      cookieBehavior: OriginRequestCookieBehavior.all(),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      // Exactly the headers the API reads (each with its reason in request-headers.ts): the
      // viewer's address among them, or every rate limit would be one bucket for the whole city.
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_REQUEST_HEADER_NAMES),
    });
  }
}
