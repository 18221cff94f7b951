import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';

/**
 * The esbuild settings of every Lambda bundle: the house construct (`constructs/communs-function.ts`)
 * hands them to CDK, and `bundleLambda` builds with them for `npm run bench` and the bundle test,
 * so what is measured is what is deployed.
 */
export const LAMBDA_BUNDLE_SETTINGS = {
  target: 'node24',
  // Prefer the ESM builds of dependencies (smaller, tree-shaken).
  mainFields: ['module', 'main'],
  // CommonJS dependencies inside an ESM bundle still call require() for Node built-ins.
  banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  minify: true,
} as const;

/** Builds one function's bundle as CDK would (AWS SDK included) into `outfile`; returns its metafile. */
export const bundleLambda = async (root: string, entry: string, outfile: string): Promise<Metafile> => {
  const { metafile } = await build({
    entryPoints: [join(root, entry)],
    bundle: true,
    platform: 'node',
    format: 'esm',
    ...LAMBDA_BUNDLE_SETTINGS,
    mainFields: [...LAMBDA_BUNDLE_SETTINGS.mainFields],
    banner: { js: LAMBDA_BUNDLE_SETTINGS.banner },
    outfile,
    metafile: true,
    logLevel: 'silent',
  });
  return metafile;
};

/** The npm packages (or repository folders) in a bundle, with the bytes each adds, largest first. */
export const bundleShares = (metafile: Metafile): [string, number][] => {
  const shares = new Map<string, number>();
  for (const output of Object.values(metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      const owner = input.match(/node_modules\/((@[^/]+\/)?[^/]+)/)?.[1] ?? input.split('/').slice(0, 2).join('/');
      shares.set(owner, (shares.get(owner) ?? 0) + bytesInOutput);
    }
  }
  return [...shares].sort((a, b) => b[1] - a[1]);
};
