import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Stack } from 'aws-cdk-lib';
import { Annotations, Match, Template } from 'aws-cdk-lib/assertions';
import type { CfnFunction } from 'aws-cdk-lib/aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAwsDeps } from '../../functions/platform/aws-deps.ts';
import { CLIENT_BUDGETS, type ClientBudget } from '../../functions/platform/clients.ts';
import { CACHE_KEY_COOKIES } from '../../functions/platform/edge-cache-policy.ts';
import { TABLE } from '../../functions/platform/table-shape.ts';
import type { CommunsFunction } from '../../infra/constructs/communs-function.ts';
import { siteNotFoundCode, sitePathsCode } from '../../infra/constructs/site-paths-function.ts';
import { WORK_FUNCTION_TIMEOUT_MS } from '../../infra/local/local-work.ts';
import { contentSecurityPolicy, HSTS_MAX_AGE_SECONDS } from '../../infra/security-headers.ts';
import { SITE_CACHE_CONTROL } from '../../infra/site-cache.ts';
import type { AppStack } from '../../infra/stacks/app-stack.ts';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';
import { CITY_DOMAIN, CITY_SETTINGS, EXAMPLE_SETTINGS, settingsFile } from './settings-support.ts';

/** Temporary folders (cloud assemblies, site fixtures), removed after the file. */
const tempDirs: string[] = [];
const tempDir = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `${prefix}-`));
  tempDirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

/** CloudFormation JSON, as the assertions library types it. */
type Json = ReturnType<Template['toJSON']>;

const PUBLIC_URL = 'https://communs.brest.example.org';
const TIME_ZONE = 'America/Martinique';

let appStack: AppStack;
let template: Template;
let resources: Record<string, Json>;
let outdir: string;

beforeAll(() => {
  // A built site of one page, so the site deployment is part of the synth (CI has no web/dist).
  const siteDir = tempDir('communs-site');
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Communs</title>');
  outdir = tempDir('communs-app');
  const built = buildApp({
    context: { ...cdkJsonContext(), siteDir, publicUrl: PUBLIC_URL, timeZone: TIME_ZONE },
    outdir,
  });
  built.app.synth();
  appStack = built.appStack;
  template = Template.fromStack(appStack);
  resources = template.toJSON().Resources;
});

const idOf = (stack: Stack, fn: CommunsFunction) => stack.getLogicalId(fn.function.node.defaultChild as CfnFunction);
const ofType = (type: string) => Object.entries(resources).filter(([, r]) => r.Type === type);
const distributionConfig = (): Json => {
  const [distribution] = ofType('AWS::CloudFront::Distribution');
  if (!distribution) throw new Error('no distribution');
  return distribution[1].Properties.DistributionConfig;
};
const behaviour = (pattern: string): Json =>
  distributionConfig().CacheBehaviors.find((b: Json) => b.PathPattern === pattern);
const originOf = (b: Json): Json => distributionConfig().Origins.find((o: Json) => o.Id === b.TargetOriginId);
/** A CloudFormation value as text: imports and references by name. */
const flatten = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : ((value as Json)['Fn::ImportValue'] ?? (value as Json).Ref ?? JSON.stringify(value));
const functions = () => [appStack.api, appStack.mediaUploaded, appStack.dailyJob, appStack.work];

describe('functions', () => {
  it('each start with the environment the stack gives them (createAwsDeps throws on a missing variable)', () => {
    for (const fn of functions()) {
      const variables = (resources[idOf(appStack, fn)] as Json).Properties.Environment.Variables as Json;
      // References (a table name, a bucket) resolve at deploy time: any string stands for them here.
      const env: NodeJS.ProcessEnv = Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [
          name,
          typeof value === 'string' ? value : 'resolved-at-deploy',
        ]),
      );
      // The work function is given its own name by Lambda (functions/jobs/work.ts), not by the stack.
      if (fn === appStack.work) env.WORK_FUNCTION_NAME = 'the-work-function-itself';
      expect(() => createAwsDeps({ projectVisibilityListeners: [], staffPlaces: [] }, env), fn.node.id).not.toThrow();
    }
  });

  it('run Node.js 24 on arm64, from an ESM bundle built by the local esbuild (no Docker)', () => {
    for (const fn of functions()) {
      const resource = resources[idOf(appStack, fn)] as Json;
      expect(resource.Properties.Runtime).toBe('nodejs24.x');
      expect(resource.Properties.Architectures).toEqual(['arm64']);
      expect(resource.Properties.Handler).toBe('index.handler');
      // The code asset is staged as asset.<hash>/ next to the templates.
      const assetDir = join(outdir, `asset.${resource.Properties.Code.S3Key.replace(/\.zip$/, '')}`);
      expect(existsSync(join(assetDir, 'index.mjs'))).toBe(true);
      expect(existsSync(join(assetDir, 'index.mjs.map'))).toBe(true);
    }
  });

  it('get their settings and resource names through the environment', () => {
    for (const fn of functions()) {
      const variables = (resources[idOf(appStack, fn)] as Json).Properties.Environment.Variables;
      expect(variables).toMatchObject({
        TABLE_NAME: { 'Fn::ImportValue': 'Communs-Data:TableName' },
        MEDIA_BUCKET: { 'Fn::ImportValue': 'Communs-Data:MediaBucketName' },
        MAIL_FROM: EXAMPLE_SETTINGS.mailFrom,
        ADMIN_EMAILS: EXAMPLE_SETTINGS.adminEmails,
        TIME_ZONE,
      });
      // From context, never from the distribution: the API is one of its origins (no cycle).
      expect(variables.PUBLIC_URL).toBe(PUBLIC_URL);
    }
  });

  it('write only to their own log group, kept for a limited time', () => {
    for (const fn of functions()) {
      const logGroupId = appStack.getLogicalId(fn.logGroup.node.defaultChild as never);
      expect((resources[logGroupId] as Json).Properties.RetentionInDays).toBeGreaterThan(0);
      expect((resources[idOf(appStack, fn)] as Json).Properties.LoggingConfig.LogGroup).toEqual({ Ref: logGroupId });
      const roleId = appStack.getLogicalId(fn.role.node.defaultChild as never);
      expect((resources[roleId] as Json).Properties.ManagedPolicyArns).toBeUndefined();
    }
  });

  it('may use the table and each named index, and only background jobs may Scan', () => {
    const statementsOf = (fn: CommunsFunction) =>
      Object.values(
        template.findResources('AWS::IAM::Policy', {
          Properties: { Roles: [{ Ref: appStack.getLogicalId(fn.role.node.defaultChild as never) }] },
        }),
      ).flatMap((policy: Json) => policy.Properties.PolicyDocument.Statement as Json[]);
    const tableStatement = (fn: CommunsFunction) =>
      statementsOf(fn).find((s) => [s.Action].flat().includes('dynamodb:Query')) as Json;

    const resourcesOfApi = JSON.stringify(tableStatement(appStack.api).Resource);
    for (const index of TABLE.indexes) expect(resourcesOfApi).toContain(`/index/${index.name}`);
    expect(resourcesOfApi).not.toContain('/index/*');
    expect(tableStatement(appStack.api).Action).not.toContain('dynamodb:Scan');
    expect(tableStatement(appStack.dailyJob).Action).toContain('dynamodb:Scan');

    const s3Resources = JSON.stringify(
      statementsOf(appStack.mediaUploaded).filter((s) => JSON.stringify(s.Action).includes('s3:')),
    );
    expect(s3Resources).toContain('/uploads/*');
    expect(s3Resources).toContain('/media/*');
    expect(s3Resources).toContain('/withheld/*');
    expect(statementsOf(appStack.api)).toContainEqual(expect.objectContaining({ Action: 'ses:SendEmail' }));
  });

  it('give up on a hung dependency before their time limit, so the API answers a 503 problem, not a 502', () => {
    // Each attempt's timers run from its start; the SDK's back-off between attempts is well under a second.
    const worstCase = ({ maxAttempts, connectionTimeout, requestTimeout }: (typeof CLIENT_BUDGETS)[ClientBudget]) =>
      maxAttempts * Math.max(connectionTimeout, requestTimeout) + 1000;
    const timeoutMs = (fn: CommunsFunction) => (resources[idOf(appStack, fn)] as Json).Properties.Timeout * 1000;
    // Half the API's time at most: a request may make a call or two before the one that hangs.
    expect(worstCase(CLIENT_BUDGETS.request)).toBeLessThanOrEqual(timeoutMs(appStack.api) / 2);
    for (const job of [appStack.mediaUploaded, appStack.dailyJob, appStack.work]) {
      expect(worstCase(CLIENT_BUDGETS.job)).toBeLessThan(timeoutMs(job));
    }
  });

  it('set no physical names', () => {
    const naming: Record<string, string> = {
      'AWS::Lambda::Function': 'FunctionName',
      'AWS::IAM::Role': 'RoleName',
      'AWS::Logs::LogGroup': 'LogGroupName',
      'AWS::S3::Bucket': 'BucketName',
      'AWS::DynamoDB::Table': 'TableName',
    };
    for (const resource of Object.values(resources)) {
      const property = naming[resource.Type];
      if (property) expect(resource.Properties ?? {}).not.toHaveProperty(property);
    }
  });
});

/** The logical ids a resource waits for: DependsOn, Ref, Fn::GetAtt and ${…} in Fn::Sub. */
const dependenciesOf = (resource: Json, ids: Set<string>): Set<string> => {
  const found = new Set<string>([resource.DependsOn ?? []].flat());
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) {
      for (const item of value) visit(item);
      return;
    }
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'Ref' && typeof inner === 'string') found.add(inner);
      else if (key === 'Fn::GetAtt') found.add(Array.isArray(inner) ? inner[0] : String(inner).split('.')[0]);
      else if (key === 'Fn::Sub') {
        const text = Array.isArray(inner) ? inner[0] : inner;
        for (const [, name] of String(text).matchAll(/\$\{([^.}]+)/g)) found.add(name as string);
        visit(inner);
      } else visit(inner);
    }
  };
  visit(resource.Properties);
  return new Set([...found].filter((id) => ids.has(id)));
};

describe('edge invalidation (public answers dropped after a change)', () => {
  const parameterName = '/communs/edge-distribution-id';
  const distributionId = () => ofType('AWS::CloudFront::Distribution')[0]?.[0];
  const policiesOf = (fn: CommunsFunction) =>
    Object.values(
      template.findResources('AWS::IAM::Policy', {
        Properties: { Roles: [{ Ref: appStack.getLogicalId(fn.role.node.defaultChild as never) }] },
      }),
    );

  it('the stack writes the distribution id to an SSM parameter whose plain name each function is given', () => {
    template.hasResourceProperties('AWS::SSM::Parameter', {
      Name: parameterName,
      Type: 'String',
      Value: { Ref: distributionId() },
    });
    for (const fn of functions()) {
      const variables = (resources[idOf(appStack, fn)] as Json).Properties.Environment.Variables;
      // A string, not a reference: the distribution fronts the API, it cannot be named in its environment.
      expect(variables.EDGE_DISTRIBUTION_PARAMETER).toBe(parameterName);
    }
  });

  it('each function may invalidate that one distribution and read that one parameter, nothing wider', () => {
    for (const fn of functions()) {
      const statements = policiesOf(fn).flatMap((policy: Json) => policy.Properties.PolicyDocument.Statement as Json[]);
      const cloudFront = statements.filter((s) => JSON.stringify(s.Action).includes('cloudfront:'));
      expect(cloudFront).toHaveLength(1);
      expect(cloudFront[0]?.Action).toBe('cloudfront:CreateInvalidation');
      const arn = JSON.stringify(cloudFront[0]?.Resource);
      expect(arn).toContain(':cloudfront::');
      expect(arn).toContain(`{"Ref":"${distributionId()}"}`);
      expect(arn).not.toContain('*');
      const ssm = statements.filter((s) => JSON.stringify(s.Action).includes('ssm:'));
      expect(ssm.map((s) => s.Action)).toEqual(['ssm:GetParameter']);
      expect(JSON.stringify(ssm[0]?.Resource)).toContain(`:parameter${parameterName}`);
    }
  });

  it('leaves no dependency cycle: the grant is a policy the functions do not wait for', () => {
    const ids = new Set(Object.keys(resources));
    const graph = new Map([...ids].map((id) => [id, dependenciesOf(resources[id] as Json, ids)]));
    const state = new Map<string, 'visiting' | 'done'>();
    const cycleFrom = (id: string, path: string[]): string[] | undefined => {
      if (state.get(id) === 'done') return undefined;
      if (state.get(id) === 'visiting') return [...path.slice(path.indexOf(id)), id];
      state.set(id, 'visiting');
      for (const next of graph.get(id) ?? []) {
        const cycle = cycleFrom(next, [...path, id]);
        if (cycle) return cycle;
      }
      state.set(id, 'done');
      return undefined;
    };
    const cycles = [...ids].map((id) => cycleFrom(id, [])).filter(Boolean);
    expect(cycles).toEqual([]);
    // And the functions really reach the distribution's own id through the grant (the graph is not vacuous).
    const api = idOf(appStack, appStack.api);
    expect(graph.get(api)?.size).toBeGreaterThan(0);
  });

  it("keys the API cache on the session cookie, so a signed-in read never gets the residents' copy", () => {
    const cachePolicy = resources[behaviour('/api/*').CachePolicyId.Ref]?.Properties.CachePolicyConfig;
    const cookies = cachePolicy.ParametersInCacheKeyAndForwardedToOrigin.CookiesConfig;
    expect(cookies.CookieBehavior).toBe('whitelist');
    expect(cookies.Cookies).toEqual(expect.arrayContaining([...CACHE_KEY_COOKIES]));
    expect(cookies.Cookies).toContain('__Host-communs_session');
  });
});

describe('triggers', () => {
  it('the API is a function URL that requires IAM (only CloudFront signs requests)', () => {
    template.hasResourceProperties('AWS::Lambda::Url', {
      AuthType: 'AWS_IAM',
      TargetFunctionArn: { 'Fn::GetAtt': [idOf(appStack, appStack.api), 'Arn'] },
    });
    template.resourceCountIs('AWS::Lambda::Url', 1);
  });

  it('S3 calls the media job for objects created under uploads/ of the media bucket', () => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { 'Fn::ImportValue': 'Communs-Data:MediaBucketName' },
      // Imported bucket: merge with the bucket's other notifications instead of replacing them.
      Managed: false,
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            Filter: { Key: { FilterRules: [{ Name: 'prefix', Value: 'uploads/' }] } },
            LambdaFunctionArn: { 'Fn::GetAtt': [idOf(appStack, appStack.mediaUploaded), 'Arn'] },
          },
        ],
      },
    });
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      Principal: 's3.amazonaws.com',
      FunctionName: { 'Fn::GetAtt': [idOf(appStack, appStack.mediaUploaded), 'Arn'] },
      SourceArn: { 'Fn::ImportValue': 'Communs-Data:MediaBucketArn' },
    });
  });

  it('the API and the jobs may start the work function, that one only; it may start itself again', () => {
    const workArn = { 'Fn::GetAtt': [idOf(appStack, appStack.work), 'Arn'] };
    for (const fn of [appStack.api, appStack.mediaUploaded, appStack.dailyJob]) {
      const resource = resources[idOf(appStack, fn)] as Json;
      expect(resource.Properties.Environment.Variables.WORK_FUNCTION_NAME).toEqual({
        Ref: idOf(appStack, appStack.work),
      });
      const roleId = appStack.getLogicalId(fn.role.node.defaultChild as never);
      const invokes = Object.values(
        template.findResources('AWS::IAM::Policy', { Properties: { Roles: [{ Ref: roleId }] } }),
      )
        .flatMap((policy: Json) => policy.Properties.PolicyDocument.Statement as Json[])
        .filter((statement) => [statement.Action].flat().includes('lambda:InvokeFunction'));
      expect(invokes).toEqual([expect.objectContaining({ Resource: workArn })]);
    }
    // Its own name comes from Lambda: the stack cannot give a function its own name (a cycle).
    const work = resources[idOf(appStack, appStack.work)] as Json;
    expect(work.Properties.Environment.Variables.WORK_FUNCTION_NAME).toBeUndefined();
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunction',
      FunctionName: workArn,
      Principal: { 'Fn::GetAtt': [appStack.getLogicalId(appStack.work.role.node.defaultChild as never), 'Arn'] },
    });
    // The local runtime gives each run the time Lambda gives the function.
    expect(work.Properties.Timeout * 1000).toBe(WORK_FUNCTION_TIMEOUT_MS);
  });

  it('EventBridge Scheduler runs the daily job every day at 03:00 city time, with retries', () => {
    template.hasResourceProperties('AWS::Scheduler::Schedule', {
      ScheduleExpression: 'cron(0 3 * * ? *)',
      ScheduleExpressionTimezone: TIME_ZONE,
      State: 'ENABLED',
      Target: Match.objectLike({
        Arn: { 'Fn::GetAtt': [idOf(appStack, appStack.dailyJob), 'Arn'] },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
  });
});

describe('distribution', () => {
  it('serves the site by default from the private site bucket through OAC, with index.html pages', () => {
    const config = distributionConfig();
    expect(config.DefaultRootObject).toBe('index.html');
    const origin = originOf(config.DefaultCacheBehavior);
    expect(JSON.stringify(origin.DomainName)).toContain('Communs-Data:SiteBucketName');
    expect(origin.OriginAccessControlId).toBeDefined();
    expect(origin.S3OriginConfig).toEqual({ OriginAccessIdentity: '' });
    expect(config.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    expect(config.DefaultCacheBehavior.FunctionAssociations).toEqual([
      { EventType: 'viewer-request', FunctionARN: expect.anything() },
      { EventType: 'viewer-response', FunctionARN: expect.anything() },
    ]);
    // The built site of this test has one page: any other path is the 404 page, with status 404.
    for (const code of [sitePathsCode(['/index.html']), siteNotFoundCode(['/index.html'])]) {
      template.hasResourceProperties('AWS::CloudFront::Function', {
        FunctionCode: code,
        FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
      });
    }
  });

  it('has no distribution-wide error response, which would rewrite the API problems', () => {
    expect(distributionConfig().CustomErrorResponses).toBeUndefined();
  });

  it('rewrites only the default behaviour (not /api/*, not /media/*)', () => {
    expect(behaviour('/api/*').FunctionAssociations).toBeUndefined();
    expect(behaviour('/media/*').FunctionAssociations).toBeUndefined();
  });

  it('sends /api/* to the function URL, signed by origin access control, every method', () => {
    const api = behaviour('/api/*');
    expect(api.AllowedMethods).toEqual(
      expect.arrayContaining(['GET', 'HEAD', 'OPTIONS', 'PUT', 'PATCH', 'POST', 'DELETE']),
    );
    expect(api.ViewerProtocolPolicy).toBe('redirect-to-https');
    const origin = originOf(api);
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only' });
    expect(JSON.stringify(origin.DomainName)).toContain(
      `"${appStack.getLogicalId(appStack.api.function.node.findChild('FunctionUrl').node.defaultChild as never)}"`,
    );
    const oacId = origin.OriginAccessControlId['Fn::GetAtt'][0];
    expect(resources[oacId]?.Properties.OriginAccessControlConfig).toMatchObject({
      OriginAccessControlOriginType: 'lambda',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    // CloudFront, and only this distribution, may invoke the URL.
    template.hasResourceProperties('AWS::Lambda::Permission', {
      Action: 'lambda:InvokeFunctionUrl',
      Principal: 'cloudfront.amazonaws.com',
      SourceArn: Match.anyValue(),
    });
  });

  it('lets the API decide what is cached (TTL 0 by default) and forwards cookies, query and origin, not Host', () => {
    const api = behaviour('/api/*');
    const cachePolicy = resources[api.CachePolicyId.Ref]?.Properties.CachePolicyConfig;
    expect(cachePolicy).toMatchObject({ DefaultTTL: 0, MinTTL: 0, MaxTTL: 86400 });
    expect(cachePolicy.ParametersInCacheKeyAndForwardedToOrigin.QueryStringsConfig.QueryStringBehavior).toBe('all');
    const originRequest = resources[api.OriginRequestPolicyId.Ref]?.Properties.OriginRequestPolicyConfig;
    expect(originRequest.CookiesConfig.CookieBehavior).toBe('all');
    expect(originRequest.QueryStringsConfig.QueryStringBehavior).toBe('all');
    expect(originRequest.HeadersConfig.HeaderBehavior).toBe('whitelist');
    expect(originRequest.HeadersConfig.Headers).toContain('origin');
    expect(originRequest.HeadersConfig.Headers).toContain('x-amz-content-sha256');
    expect(originRequest.HeadersConfig.Headers.map((h: string) => h.toLowerCase())).not.toContain('host');
  });

  it('serves /media/* from the media bucket (same path, so only media/ keys) through OAC, read-only', () => {
    const media = behaviour('/media/*');
    expect(media.AllowedMethods).toEqual(['GET', 'HEAD']);
    const origin = originOf(media);
    expect(JSON.stringify(origin.DomainName)).toContain('Communs-Data:MediaBucketName');
    expect(origin.OriginPath).toBeUndefined();
    expect(origin.OriginAccessControlId).toBeDefined();
  });

  it('adds the security headers of infra/security-headers.ts to every response', () => {
    const config = distributionConfig();
    const policyIds = [config.DefaultCacheBehavior, ...config.CacheBehaviors].map(
      (b: Json) => b.ResponseHeadersPolicyId.Ref,
    );
    expect(new Set(policyIds).size).toBe(1);
    const headers = resources[policyIds[0]]?.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers.StrictTransportSecurity).toEqual({
      AccessControlMaxAgeSec: HSTS_MAX_AGE_SECONDS,
      IncludeSubdomains: true,
      Override: true,
    });
    expect(HSTS_MAX_AGE_SECONDS).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ContentTypeOptions).toEqual({ Override: true });
    expect(headers.FrameOptions).toEqual({ FrameOption: 'DENY', Override: true });
    expect(headers.ReferrerPolicy).toEqual({ ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true });
    // The CSP, with the media bucket's regional S3 endpoint for direct uploads.
    const csp = headers.ContentSecurityPolicy.ContentSecurityPolicy['Fn::Join'][1].map(flatten).join('');
    expect(csp).toBe(
      contentSecurityPolicy({
        extraConnectSrc: ['https://Communs-Data:MediaBucketName.s3.AWS::Region.AWS::URLSuffix'],
      }),
    );
  });

  it('logs to the access-log bucket', () => {
    expect(distributionConfig().Logging).toEqual({ Bucket: expect.anything(), Prefix: 'cloudfront/' });
    expect(JSON.stringify(distributionConfig().Logging.Bucket)).toContain('Communs-Data:LogBucketName');
  });
});

describe('site files and outputs', () => {
  it('deploys the built site to the site bucket and invalidates CloudFront', () => {
    template.hasResourceProperties('Custom::CDKBucketDeployment', {
      DestinationBucketName: { 'Fn::ImportValue': 'Communs-Data:SiteBucketName' },
      Prune: true,
      DistributionPaths: ['/*'],
    });
  });

  it('gives pages, bundles and other files the Cache-Control the local edge sends, and keeps old bundles', () => {
    const parts = Object.values(template.findResources('Custom::CDKBucketDeployment')).map((r) => r.Properties);
    const part = (cacheControl: string) => parts.find((p) => p.SystemMetadata?.['cache-control'] === cacheControl);
    expect(parts).toHaveLength(3);
    expect(part(SITE_CACHE_CONTROL.html)).toMatchObject({
      Prune: true,
      Include: ['*.html'],
      DistributionPaths: ['/*'],
    });
    expect(part(SITE_CACHE_CONTROL.other)).toMatchObject({ Prune: true, Exclude: ['*.html', '_astro/*'] });
    // Visitors' cached pages of the previous deploy still reference the old bundles.
    expect(part(SITE_CACHE_CONTROL.hashed)).toMatchObject({ Prune: false, Include: ['_astro/*'] });
  });

  it('outputs the distribution URL', () => {
    template.hasOutput('DistributionUrl', {
      Value: { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [Match.anyValue(), 'DomainName'] }]] },
    });
  });

  it('skips the site deployment, and says so, when the site is not built', () => {
    const { app, appStack: bare } = buildApp({
      context: { ...cdkJsonContext(), siteDir: join(tmpdir(), 'communs-no-site'), 'aws:cdk:bundling-stacks': [] },
      outdir: tempDir('communs-bare'),
    });
    app.synth();
    Template.fromStack(bare).resourceCountIs('Custom::CDKBucketDeployment', 0);
    Annotations.fromStack(bare).hasInfo('*', Match.stringLikeRegexp('npm run build:web'));
  });

  it('uses the city domain, its certificate and TLS 1.2 when domainName is set', () => {
    const { app, appStack: withDomain } = buildApp({
      context: {
        ...cdkJsonContext(),
        // As a city writes it: the domain and its certificate, no publicUrl (it follows the domain).
        settingsFile: settingsFile({ ...CITY_SETTINGS, ...CITY_DOMAIN }),
        'aws:cdk:bundling-stacks': [],
      },
      outdir: tempDir('communs-domain'),
    });
    app.synth();
    const domainTemplate = Template.fromStack(withDomain);
    domainTemplate.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        Aliases: ['communs.brest.fr'],
        ViewerCertificate: Match.objectLike({ MinimumProtocolVersion: 'TLSv1.2_2021', SslSupportMethod: 'sni-only' }),
      }),
    });
    const api =
      domainTemplate.toJSON().Resources[
        withDomain.getLogicalId(withDomain.api.function.node.defaultChild as CfnFunction)
      ];
    expect(api.Properties.Environment.Variables.PUBLIC_URL).toBe('https://communs.brest.fr');
  });
});
