import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from '../../infra/constructs/communs-function.ts';
import { bundleLambda, bundleShares } from '../../infra/lambda-bundle.ts';

/**
 * The API Lambda's bundle, built as CDK builds it. The upload inspection (audio and video parsers,
 * file-type sniffing) runs in the upload processor only; a feature list that pulled it into the
 * API once grew the bundle by 260 KB. Sizes are `npm run bench`'s; this checks what is inside.
 */
describe('API Lambda bundle', () => {
  let dir: string;
  let owners: string[];
  let inputs: string[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'communs-api-bundle-'));
    const metafile = await bundleLambda(REPOSITORY_ROOT, 'functions/api/lambda.ts', join(dir, 'api.mjs'));
    owners = bundleShares(metafile).map(([owner]) => owner);
    inputs = Object.keys(metafile.inputs);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('carries none of the upload inspection', () => {
    expect(owners).not.toContain('music-metadata');
    expect(owners).not.toContain('file-type');
    expect(owners).not.toContain('strtok3');
    expect(inputs.filter((input) => input.startsWith('functions/media/inspect/'))).toEqual([]);
  });

  it('carries no background work of any feature', () => {
    expect(inputs.filter((input) => /^functions\/([^/]+\/)?background\.ts$/.test(input))).toEqual([]);
  });
});
