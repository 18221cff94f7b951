import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Annotations as CoreAnnotations, Validations } from 'aws-cdk-lib';
import { Annotations, Match } from 'aws-cdk-lib/assertions';
import { BlockPublicAccess, Bucket, BucketEncryption } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks } from 'cdk-nag';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, cdkJsonContext } from '../../infra/stacks/build-app.ts';
import { CITY_DOMAIN, CITY_SETTINGS, settingsFile } from './settings-support.ts';

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

const builtSite = () => {
  const siteDir = tempDir('communs-site');
  writeFileSync(join(siteDir, 'index.html'), '<!doctype html><title>Communs</title>');
  return siteDir;
};

/** Each shape the app can take: every one must come out clean. Code bundling is irrelevant to nag. */
const VARIANTS: Record<string, () => Record<string, unknown>> = {
  'with a built site': () => ({ siteDir: builtSite() }),
  'without a built site': () => ({ siteDir: join(tmpdir(), 'communs-no-site') }),
  'with a custom domain and an existing mail identity': () => ({
    siteDir: builtSite(),
    settingsFile: settingsFile({ ...CITY_SETTINGS, ...CITY_DOMAIN, manageMailIdentity: false }),
  }),
};

const build = (context: Record<string, unknown> = {}) =>
  buildApp({
    context: { ...cdkJsonContext(), 'aws:cdk:bundling-stacks': [], ...context },
    outdir: tempDir('communs-nag'),
  });

describe.each(Object.entries(VARIANTS))('AwsSolutions checks, %s', (_name, context) => {
  let built: ReturnType<typeof build>;
  beforeAll(() => {
    built = build(context());
  });

  it('synthesizes (a remaining error or warning would throw, with the report)', () => {
    expect(() => built.app.synth()).not.toThrow();
  });

  it('leaves no unacknowledged finding, error or warning', () => {
    const report = new AwsSolutionsChecks(undefined, { verbose: true }).validateScope(built.app);
    const findings = report.violations.map(
      (v) => `${v.severity} ${v.ruleName} at ${v.violatingResources.map((r) => r.constructPath).join(', ')}`,
    );
    expect(findings).toEqual([]);
  });

  it('leaves no warning or error annotation on either stack', () => {
    for (const stack of [built.dataStack, built.appStack]) {
      expect(Annotations.fromStack(stack).findError('*', Match.anyValue())).toEqual([]);
      expect(Annotations.fromStack(stack).findWarning('*', Match.anyValue())).toEqual([]);
      expect(Annotations.fromStack(stack).findWarning('*', Match.stringLikeRegexp('AwsSolutions-.*'))).toEqual([]);
    }
  });

  it('gives a real reason for every acknowledgment', () => {
    const acknowledgments = built.app.node
      .findAll()
      .flatMap((construct) =>
        construct.node.metadata
          .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((entry) => Object.entries(entry.data as Record<string, string>)),
      );
    expect(acknowledgments.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgments) {
      expect.soft(reason.length, `reason of ${id}`).toBeGreaterThanOrEqual(60);
      expect.soft(reason, `reason of ${id}`).not.toMatch(/TODO|FIXME|suppress/i);
    }
  });
});

describe('the gate itself', () => {
  it('fails the synth on an unacknowledged cdk-nag error', () => {
    const { app, appStack } = build({ siteDir: join(tmpdir(), 'communs-no-site') });
    // A bucket without server access logs: AwsSolutions-S1.
    new Bucket(appStack, 'Unlogged', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
    });
    expect(() => app.synth()).toThrow(/server access logs disabled[\s\S]*Unlogged/);
  });

  it('fails the synth on an unacknowledged warning, not only on errors', () => {
    const { app, appStack } = build({ siteDir: join(tmpdir(), 'communs-no-site') });
    CoreAnnotations.of(appStack).addWarningV2('communs:test', 'A warning nobody acknowledged');
    expect(() => app.synth()).toThrow(/A warning nobody acknowledged/);
  });
});
