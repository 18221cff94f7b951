import { Duration } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachedMethods,
  CachePolicy,
  Distribution,
  FunctionEventType,
  HttpVersion,
  PriceClass,
  S3OriginAccessControl,
  SecurityPolicyProtocol,
  Signing,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { FunctionUrlOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import type { IFunctionUrl } from 'aws-cdk-lib/aws-lambda';
import type { IBucket } from 'aws-cdk-lib/aws-s3';
import { Construct } from 'constructs';
import { acknowledge } from './acknowledge.ts';
import { ApiRequestPolicies } from './api-request-policies.ts';
import { MEDIA_KEYS } from './media-keys.ts';
import { createSecurityHeadersPolicy } from './security-headers-policy.ts';
import { createSitePathsFunctions } from './site-paths-function.ts';

export interface PortalDistributionProps {
  /** The built site (private, from the data stack). */
  readonly siteBucket: IBucket;
  /** The media bucket (private, from the data stack); only its `media/` prefix is served. */
  readonly mediaBucket: IBucket;
  /** The API, an IAM-authenticated function URL. */
  readonly apiUrl: IFunctionUrl;
  /** Where CloudFront writes its standard logs. */
  readonly logBucket: IBucket;
  /** Map tiles the site loads (its PUBLIC_TILE_URL): allowed by the CSP. */
  readonly tileUrl: string;
  /** The built site's files (URL paths, hashed bundles aside): any other path is answered with the 404 page. */
  readonly siteFiles?: readonly string[];
  /** The city's domain and its certificate (us-east-1), if it has one. */
  readonly customDomain?: { readonly domainName: string; readonly certificate: ICertificate };
}

/**
 * The one public entry point of the portal (see ARCHITECTURE.md, "Shape"): the site by default,
 * `/api/*` to the API function URL, `/media/*` to published media. Every origin is private and
 * reached through origin access control; every response carries the security headers.
 */
export class PortalDistribution extends Construct {
  readonly distribution: Distribution;

  constructor(scope: Construct, id: string, props: PortalDistributionProps) {
    super(scope, id);

    const securityHeaders = createSecurityHeadersPolicy(this, 'SecurityHeaders', {
      mediaUploadOrigin: `https://${props.mediaBucket.bucketRegionalDomainName}`,
      tileUrl: props.tileUrl,
    });
    const api = new ApiRequestPolicies(this, 'Api');
    const sitePaths = createSitePathsFunctions(this, 'SitePaths', props.siteFiles);
    const s3Access = new S3OriginAccessControl(this, 'S3Access', { signing: Signing.SIGV4_ALWAYS });
    const s3Origin = (bucket: IBucket) =>
      S3BucketOrigin.withOriginAccessControl(bucket, { originAccessControl: s3Access });

    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Communs portal',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // North America and Europe edges: a city portal's audience, at the lowest price.
      priceClass: PriceClass.PRICE_CLASS_100,
      ...(props.customDomain && {
        domainNames: [props.customDomain.domainName],
        certificate: props.customDomain.certificate,
        minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021,
      }),
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: s3Origin(props.siteBucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        // The 404 page is this behaviour's own: no distribution-wide error response, which would
        // also rewrite the API's 403 and 404 problems.
        functionAssociations: [
          { function: sitePaths.viewerRequest, eventType: FunctionEventType.VIEWER_REQUEST },
          { function: sitePaths.viewerResponse, eventType: FunctionEventType.VIEWER_RESPONSE },
        ],
      },
      additionalBehaviors: {
        '/api/*': {
          origin: FunctionUrlOrigin.withOriginAccessControl(props.apiUrl, { readTimeout: Duration.seconds(30) }),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachedMethods: CachedMethods.CACHE_GET_HEAD,
          cachePolicy: api.cachePolicy,
          originRequestPolicy: api.originRequestPolicy,
          responseHeadersPolicy: securityHeaders,
        },
        // Same path in the bucket: /media/x is the object media/x. The bucket policy lets CloudFront
        // read media/* and nothing else, so uploads/ can never be served.
        [`/${MEDIA_KEYS.published}*`]: {
          origin: s3Origin(props.mediaBucket),
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });

    acknowledge(
      this.distribution,
      '@aws-cdk/aws-cloudfront-origins:updateImportedBucketPolicyOac',
      'The buckets belong to the data stack, whose bucket policies already let CloudFront read site objects and media/* (see allowCloudFrontToRead); naming this distribution there would make the two stacks depend on each other.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR1',
      'A city portal is public and its residents travel; there is no country to exclude.',
    );
    acknowledge(
      this.distribution,
      'AwsSolutions-CFR2',
      'No WAF: it costs more than the rest of the stack for a city-sized audience. Origins are private (OAC), the API validates every input, and CloudFront absorbs volumetric traffic (Shield Standard).',
    );
    if (!props.customDomain) {
      acknowledge(
        this.distribution,
        'AwsSolutions-CFR4',
        'Without a custom domain the distribution must use the default *.cloudfront.net certificate, whose security policy CloudFront fixes. Setting the domainName and certificateArn context values switches to TLS 1.2 (2021) minimum.',
      );
    }
  }
}
