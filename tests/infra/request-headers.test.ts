import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { beforeAll, describe, expect, it } from 'vitest';
import { API_REQUEST_HEADER_NAMES, CLIENT_HEADER } from '../../functions/platform/request-headers.ts';
import { REPOSITORY_ROOT } from '../../infra/constructs/communs-function.ts';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';

/** Every TypeScript file under functions/. */
const sources = (dir = join(REPOSITORY_ROOT, 'functions')): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );

/** Header names the code reads: `.header('x')`, `.header(CLIENT_HEADER)`, `headers.get('x')`. */
const headersReadByTheCode = () => {
  const constants: Record<string, string> = { CLIENT_HEADER };
  const read = new Map<string, string>();
  for (const file of sources()) {
    const text = readFileSync(file, 'utf8');
    for (const match of text.matchAll(
      /\.header\(\s*(?:'([^']+)'|"([^"]+)"|([A-Z_]+))\s*\)|headers\.get\(\s*'([^']+)'\s*\)/g,
    )) {
      const name = match[1] ?? match[2] ?? match[4] ?? constants[match[3] ?? ''];
      if (!name) throw new Error(`${file}: reads a header through ${match[3]}, which this test does not know`);
      read.set(name.toLowerCase(), file.slice(REPOSITORY_ROOT.length + 1));
    }
  }
  return read;
};

describe('the request headers the API reads', () => {
  let forwarded: string[];
  beforeAll(() => {
    const { app, appStack } = buildApp({ context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [] } });
    app.synth();
    const policies = Template.fromStack(appStack).findResources('AWS::CloudFront::OriginRequestPolicy');
    const [policy] = Object.values(policies);
    forwarded = policy?.Properties.OriginRequestPolicyConfig.HeadersConfig.Headers.map((h: string) => h.toLowerCase());
  });

  it('are exactly what CloudFront forwards to the function URL', () => {
    expect([...forwarded].sort()).toEqual([...API_REQUEST_HEADER_NAMES].sort());
  });

  it('include every header the code reads (a header CloudFront drops reads as absent in AWS only)', () => {
    const read = headersReadByTheCode();
    expect(read.size).toBeGreaterThan(3);
    for (const [name, file] of read) {
      expect(API_REQUEST_HEADER_NAMES, `${file} reads "${name}"`).toContain(name);
    }
  });

  it("include the viewer's address, so rate limits are per viewer and not one bucket for the city", () => {
    expect(forwarded).toContain('cloudfront-viewer-address');
    expect(forwarded).toContain(CLIENT_HEADER);
    expect(forwarded).toContain('user-agent');
    expect(forwarded).not.toContain('host');
  });
});
