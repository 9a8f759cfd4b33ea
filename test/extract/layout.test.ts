/**
 * The shape of src/extract, read from its import statements: no import cycles between files or folders, folders
 * entered only through their index.ts, imports pointing the documented way, and a door that loads no NLP library.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const EXTRACT = 'src/extract';

/**
 * Which folders each folder may import, as the folders' index.ts headers state:
 * language ← entities ← speakers ← figures; language ← dates; language ← events.
 */
const MAY_IMPORT: Record<string, readonly string[]> = {
  language: [],
  entities: ['language'],
  speakers: ['language', 'entities'],
  figures: ['language', 'entities', 'speakers'],
  dates: ['language'],
  events: ['language'],
};

/** Libraries the door must not load: they cost most of a warm start. */
const NLP_LIBRARIES = ['compromise', 'chrono-node'];

/** `.ts` files under `dir`, as `/`-separated paths relative to it. */
function tsFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((p) => p.endsWith('.ts'))
    .map((p) => p.split(/[\\/]/).join('/'))
    .sort();
}

interface Import {
  readonly specifier: string;
  /** `import type` / `export type`: erased at run time. */
  readonly typeOnly: boolean;
  /** `import('…')`: loaded when the code runs, not when the module loads. */
  readonly dynamic: boolean;
}

/** Import and re-export statements (one or many lines), bare `import '…'`, and `import('…')` calls. */
function importsOf(source: string): Import[] {
  const out: Import[] = [];
  for (const m of source.matchAll(/^(?:import|export)(\s+type)?\s[^;]*?\bfrom\s+'([^']+)'/gm)) {
    out.push({ specifier: m[2] as string, typeOnly: m[1] !== undefined, dynamic: false });
  }
  for (const m of source.matchAll(/^import\s+'([^']+)'/gm)) {
    out.push({ specifier: m[1] as string, typeOnly: false, dynamic: false });
  }
  for (const m of source.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g)) {
    out.push({ specifier: m[1] as string, typeOnly: false, dynamic: true });
  }
  return out;
}

/** An import between two files of src/extract (paths relative to it), or of a package by `from` (to = null). */
interface Edge extends Import {
  readonly from: string;
  readonly to: string | null;
}

const files = tsFiles(EXTRACT);
const edges: Edge[] = files.flatMap((from) =>
  importsOf(readFileSync(join(EXTRACT, from), 'utf8')).flatMap((imp): Edge[] => {
    if (!imp.specifier.startsWith('.')) return [{ ...imp, from, to: null }];
    const to = posix.normalize(posix.join(posix.dirname(from), imp.specifier));
    return to.startsWith('../') ? [] : [{ ...imp, from, to }]; // other layers (knowledge) are not extract's shape
  }),
);
const internal = edges.filter((e): e is Edge & { to: string } => e.to !== null);

/** The folder a file belongs to; '' for the top level. */
function folderOf(path: string): string {
  return path.includes('/') ? (path.split('/')[0] as string) : '';
}

/** A cycle in the graph as the list of its nodes (first repeated last), or null when there is none. */
function findCycle(nodes: readonly string[], next: (node: string) => readonly string[]): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...path.slice(path.indexOf(node)), node];
    state.set(node, 'open');
    path.push(node);
    for (const n of next(node)) {
      const cycle = visit(n);
      if (cycle) return cycle;
    }
    path.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of nodes) {
    const cycle = visit(node);
    if (cycle) return cycle;
  }
  return null;
}

describe('src/extract layout', () => {
  it('reads the imports it checks (multi-line, re-exports, type-only and dynamic ones)', () => {
    const has = (from: string, to: string) => internal.some((e) => e.from === from && e.to === to);
    expect(has('pipeline.ts', 'language/index.ts')).toBe(true);
    expect(has('index.ts', 'cache.ts')).toBe(true); // a re-export
    expect(internal.some((e) => e.from === 'cache.ts' && e.to === 'pipeline.ts' && e.dynamic)).toBe(true);
    expect(internal.some((e) => e.from === 'language/sentences.ts' && e.to === 'types.ts' && e.typeOnly)).toBe(true);
    expect(edges.some((e) => e.from === 'language/tense.ts' && e.specifier === 'compromise')).toBe(true);
    expect(Object.keys(MAY_IMPORT).sort()).toEqual([...new Set(files.map(folderOf).filter(Boolean))].sort());
  });

  it('has no import cycle between files', () => {
    const next = (file: string) => internal.filter((e) => e.from === file).map((e) => e.to);
    expect(findCycle(files, next)).toBeNull();
  });

  it('has no import cycle between folders (each top-level file counting as its own)', () => {
    // The top level is no layer: the door and the pipeline sit above the folders, types.ts below them all.
    const unitOf = (path: string) => folderOf(path) || path;
    const units = [...new Set(files.map(unitOf))];
    const next = (unit: string) =>
      internal.filter((e) => unitOf(e.from) === unit && unitOf(e.to) !== unit).map((e) => unitOf(e.to));
    expect(findCycle(units, next)).toBeNull();
  });

  it('enters a folder from outside it only through its index.ts', () => {
    const strays = internal
      .filter((e) => folderOf(e.to) !== '' && folderOf(e.to) !== folderOf(e.from))
      .filter((e) => e.to !== `${folderOf(e.to)}/index.ts`)
      .map((e) => `${e.from} → ${e.to}`);
    expect(strays).toEqual([]);
  });

  it('lets folders import only the folders below them, and only types.ts from the top level', () => {
    const wrong = internal
      .filter((e) => folderOf(e.from) !== '' && folderOf(e.to) !== folderOf(e.from))
      .filter((e) => {
        const target = folderOf(e.to);
        if (target === '') return e.to !== 'types.ts';
        return !(MAY_IMPORT[folderOf(e.from)] ?? []).includes(target);
      })
      .map((e) => `${e.from} → ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('keeps the door free of NLP libraries: nothing index.ts loads imports them', () => {
    const loaded = new Set<string>();
    const visit = (file: string) => {
      if (loaded.has(file)) return;
      loaded.add(file);
      for (const e of edges.filter((x) => x.from === file && !x.typeOnly && !x.dynamic)) {
        if (e.to === null) loaded.add(e.specifier);
        else visit(e.to);
      }
    };
    visit('index.ts');
    expect(NLP_LIBRARIES.filter((lib) => loaded.has(lib))).toEqual([]);
    expect(loaded.has('pipeline.ts')).toBe(false);
  });

  it('is reached from the rest of src only through index.ts (fact types also through types.ts)', () => {
    const wrong = tsFiles('src')
      .filter((file) => !file.startsWith('extract/'))
      .flatMap((file) =>
        importsOf(readFileSync(join('src', file), 'utf8'))
          .filter((imp) => imp.specifier.startsWith('.'))
          .map((imp) => ({ ...imp, file, to: relative('src', join('src', dirname(file), imp.specifier)) }))
          .filter((imp) => imp.to.split(/[\\/]/)[0] === 'extract'),
      )
      .filter((imp) => {
        const path = imp.to.split(/[\\/]/).join('/');
        return !(path === 'extract/index.ts' || (path === 'extract/types.ts' && imp.typeOnly));
      })
      .map((imp) => `src/${imp.file} → ${imp.specifier}`);
    expect(wrong).toEqual([]);
  });
});
