/**
 * The web's floor plan, checked: each feature's islands (`web/src/lib/<feature>/`) depend on the
 * island kit (`web/src/lib/ui/`) and the shared API client, never on another feature; the kit
 * depends on no feature. A feature can then be removed, or added, without touching the others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const LIB = resolve(import.meta.dirname, '../../../web/src/lib');
const KIT = 'ui';

const filesUnder = (folder: string): string[] =>
  readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|astro)$/.test(entry.name) ? [path] : [];
  });

/** The relative modules a file imports (static imports, re-exports and dynamic `import()`). */
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from\s+|import\s*\(\s*|import\s+)'(\.{1,2}\/[^']+)'/g)].map(
    (match) => match[1] as string,
  );

/** The top folder of `web/src/lib` a path lies in (`projects`, `ui`…), or undefined for its root files. */
const folderOf = (path: string): string | undefined => {
  const [first, ...rest] = relative(LIB, path).split(sep);
  return rest.length > 0 && first !== '..' ? first : undefined;
};

const folders = readdirSync(LIB, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

/** Every import of `folder` that lands in another folder of `web/src/lib` than the kit. */
const reachesOut = (folder: string, allowed: (target: string) => boolean): string[] =>
  filesUnder(join(LIB, folder)).flatMap((file) =>
    importsOf(file)
      .filter((specifier) => {
        const target = folderOf(resolve(dirname(file), specifier));
        return target !== undefined && target !== folder && !allowed(target);
      })
      .map((specifier) => `${relative(LIB, file)} → ${specifier}`),
  );

describe('web islands', () => {
  it('have a kit', () => {
    expect(folders).toContain(KIT);
  });

  it.each(folders.filter((folder) => folder !== KIT))('of %s import the kit, never another feature', (feature) => {
    expect(reachesOut(feature, (target) => target === KIT)).toEqual([]);
  });

  it('kit imports no feature', () => {
    expect(reachesOut(KIT, () => false)).toEqual([]);
  });
});
