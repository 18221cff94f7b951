import { Duration } from 'aws-cdk-lib';
import { HeadersFrameOption, type HeadersReferrerPolicy, ResponseHeadersPolicy } from 'aws-cdk-lib/aws-cloudfront';
import type { Construct } from 'constructs';
import { contentSecurityPolicy, HSTS_MAX_AGE_SECONDS, REFERRER_POLICY } from '../security-headers.ts';

/**
 * The security headers of infra/security-headers.ts as a CloudFront policy, on every behaviour.
 * `override: true` everywhere: the origin (S3 metadata, the API) cannot weaken them.
 */
export const createSecurityHeadersPolicy = (
  scope: Construct,
  id: string,
  options: { mediaUploadOrigin: string; tileUrl: string },
): ResponseHeadersPolicy =>
  new ResponseHeadersPolicy(scope, id, {
    comment: 'Communs security headers (same values as the local server)',
    securityHeadersBehavior: {
      strictTransportSecurity: {
        accessControlMaxAge: Duration.seconds(HSTS_MAX_AGE_SECONDS),
        includeSubdomains: true,
        override: true,
      },
      contentSecurityPolicy: {
        contentSecurityPolicy: contentSecurityPolicy({
          extraConnectSrc: [options.mediaUploadOrigin],
          tileUrl: options.tileUrl,
        }),
        override: true,
      },
      contentTypeOptions: { override: true },
      referrerPolicy: { referrerPolicy: REFERRER_POLICY as HeadersReferrerPolicy, override: true },
      frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
    },
  });
