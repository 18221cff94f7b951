/**
 * The import rules of functions/, checked: the house's floors only lean on the floors below.
 *
 *   functions/api, functions/jobs, functions/features.ts, functions/background.ts   entries, lists (top)
 *   functions/<feature>/   a folder with a feature.ts; others use it only through its public.ts
 *   functions/<library>/   a folder without one (licences, markdown): shared, knows no feature
 *   functions/platform/    the ground floor: clients, errors, the contracts; knows no feature
 *
 * and infra/ builds on the functions, never the reverse. There is no import cycle (type-only
 * imports included: they tie files together just the same). The API reaches no `background.ts`
 * (what runs outside requests stays out of its bundle).
 *
 * `node scripts/check-imports.ts` prints one line per violation and fails if there is any; it
 * runs in `npm run check`, and tests/infra/import-rules.test.ts runs it in `npm test`.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = resolve(import.meta.dirname, '..');

type Room =
  | { kind: 'top' }
  | { kind: 'platform' }
  | { kind: 'feature'; name: string }
  | { kind: 'library'; name: string }
  | { kind: 'infra' }
  | { kind: 'elsewhere' };

/** Every `.ts` file under `dir`, as repository paths with `/`. */
const sourceFiles = (root: string, dir: string): string[] =>
  readdirSync(join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return sourceFiles(root, path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });

const roomOf = (root: string, path: string): Room => {
  const [top, folder, file] = path.split('/');
  if (top === 'infra') return { kind: 'infra' };
  if (top !== 'functions' || !folder) return { kind: 'elsewhere' };
  if (file === undefined || folder === 'api' || folder === 'jobs') return { kind: 'top' };
  if (folder === 'platform') return { kind: 'platform' };
  return existsSync(join(root, 'functions', folder, 'feature.ts'))
    ? { kind: 'feature', name: folder }
    : { kind: 'library', name: folder };
};

const describe = (room: Room) =>
  room.kind === 'feature' || room.kind === 'library' ? `${room.kind} ${room.name}` : room.kind;

/** The repository path a relative import points to, or undefined for packages and missing files. */
const resolveImport = (root: string, from: string, specifier: string): string | undefined => {
  if (!specifier.startsWith('.')) return undefined;
  const base = resolve(root, dirname(from), specifier);
  const found = [base, `${base}.ts`, join(base, 'index.ts')].find(
    (candidate) => existsSync(candidate) && statSync(candidate).isFile(),
  );
  return found && relative(root, found).split(sep).join('/');
};

/** Each file's imports (static, type-only, re-exports and dynamic), resolved inside the repository. */
const importGraph = (root: string, files: string[]) =>
  new Map(
    files.map((file) => {
      const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), 'utf8'), true, true);
      const targets = importedFiles.flatMap(({ fileName }) => resolveImport(root, file, fileName) ?? []);
      return [file, [...new Set(targets)]] as const;
    }),
  );

/** Why importing `to` from `from` breaks the floors, or undefined when it is fine. */
const floorViolation = (root: string, from: string, to: string): string | undefined => {
  const source = roomOf(root, from);
  const target = roomOf(root, to);
  if (source.kind === 'top' || source.kind === 'infra' || source.kind === 'elsewhere') {
    return target.kind === 'infra' && source.kind !== 'infra' && source.kind !== 'elsewhere'
      ? 'functions import infra (infra builds on the functions, never the reverse)'
      : undefined;
  }
  if (target.kind === 'infra') return 'functions import infra (infra builds on the functions, never the reverse)';
  if (target.kind === 'top')
    return `${describe(source)} imports the API, the jobs or the feature list (they sit above it)`;
  if (source.kind === 'platform' && (target.kind === 'feature' || target.kind === 'library'))
    return `platform imports ${describe(target)} (the ground floor knows no feature)`;
  if (source.kind === 'library' && target.kind === 'feature')
    return `library ${source.name} imports feature ${target.name} (a shared library knows no feature)`;
  if (source.kind === 'feature' && target.kind === 'feature' && source.name !== target.name) {
    if (to !== `functions/${target.name}/public.ts`)
      return `feature ${source.name} reaches into feature ${target.name} (use functions/${target.name}/public.ts)`;
  }
  return undefined;
};

/** One cycle per strongly connected group of files (Tarjan), shown as a shortest loop. */
const cycles = (graph: Map<string, readonly string[]>): string[][] => {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];
  const visit = (file: string) => {
    index.set(file, index.size);
    low.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const next of graph.get(file) ?? []) {
      if (!graph.has(next)) continue;
      if (!index.has(next)) {
        visit(next);
        low.set(file, Math.min(low.get(file) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(file, Math.min(low.get(file) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    if (group.length > 1 || (graph.get(file) ?? []).includes(file)) groups.push(group.sort());
  };
  for (const file of [...graph.keys()].sort()) if (!index.has(file)) visit(file);
  return groups.map((group) => shortestLoop(graph, group));
};

/** The shortest path from the group's first file back to itself, staying inside the group. */
const shortestLoop = (graph: Map<string, readonly string[]>, group: string[]): string[] => {
  const [start] = group;
  if (start === undefined) return [];
  const members = new Set(group);
  const cameFrom = new Map<string, string>();
  const queue: string[] = [start];
  for (let at = 0; at < queue.length; at++) {
    const file: string = queue[at] ?? start;
    for (const next of graph.get(file) ?? []) {
      if (!members.has(next)) continue;
      if (next === start) {
        const loop = [start];
        for (let step: string | undefined = file; step !== undefined && step !== start; step = cameFrom.get(step))
          loop.splice(1, 0, step);
        return [...loop, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return group;
};

const isBackground = (file: string) => /^functions\/([^/]+\/)?background\.ts$/.test(file);

/**
 * The background work (`background.ts` files) the API's files reach, through any chain of
 * imports: the API Lambda would bundle it (the upload inspection's parsers, for one).
 */
const apiReachingBackground = (graph: Map<string, readonly string[]>): string[] => {
  const reached = new Set([...graph.keys()].filter((file) => file.startsWith('functions/api/')));
  for (const file of reached) for (const next of graph.get(file) ?? []) reached.add(next);
  return [...reached]
    .filter(isBackground)
    .map((file) => `functions/api → ${file}: the API reaches background work (its bundle would carry it)`);
};

/** Every broken rule of functions/, one line each, sorted; empty when the house is in order. */
export const findImportViolations = (root: string = ROOT): string[] => {
  const graph = importGraph(root, sourceFiles(root, 'functions'));
  const floors = [...graph].flatMap(([from, targets]) =>
    targets.flatMap((to) => {
      const why = floorViolation(root, from, to);
      return why ? [`${from} → ${to}: ${why}`] : [];
    }),
  );
  const loops = cycles(graph).map((loop) => `cycle: ${loop.join(' → ')}`);
  return [...floors.sort(), ...apiReachingBackground(graph).sort(), ...loops];
};

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const violations = findImportViolations();
  for (const line of violations) console.error(line);
  if (violations.length > 0) {
    console.error(`${violations.length} import rule(s) broken in functions/ (see scripts/check-imports.ts).`);
    process.exit(1);
  }
  console.log('imports: no cycle, every feature uses the others through public.ts, no floor leans on one above.');
}
