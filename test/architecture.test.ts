/**
 * The layer order of the code, checked on its import statements: each unit imports only units below it, front
 * doors do not import each other, so no cycle between top-level folders can form. `src/extract` counts as one unit
 * whatever its inner folders.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');

/**
 * Units from the bottom up; a unit may import those of a lower rank only (and itself). Units of one rank are
 * siblings that must not import each other (the front doors).
 */
const LAYERS: readonly (readonly string[])[] = [
  ['config', 'logger', 'worker-thread', 'memo', 'steps', 'regexp', 'dictionary', 'shared-words'],
  ['knowledge'],
  ['extract', 'web'],
  ['stories'],
  ['search'],
  ['answers'],
  ['render'],
  ['service'],
  ['workflows'],
  ['cli', 'discord', 'slack'],
  ['commands'],
  ['main'],
];

const RANK = new Map(LAYERS.flatMap((units, rank) => units.map((u) => [u, rank] as const)));

/**
 * Imports the order allows but the design does not: the extractor loads the NLP libraries, which the service does
 * lazily (on a cache miss), so the bot's workflows and Discord code reach facts through the service only.
 */
const FORBIDDEN: readonly (readonly [from: string, to: string])[] = [
  ['workflows', 'extract'],
  ['discord', 'extract'],
  ['commands', 'extract'],
  ['slack', 'extract'],
];

/** Packages only some units may import: the claims "answers never touch discord.js", and so on. */
const PACKAGES: Readonly<Record<string, readonly string[]>> = {
  minisearch: ['search'],
  'discord.js': ['render', 'workflows', 'discord', 'commands'],
  '@slack/bolt': ['slack'],
  'node:fs': ['config', 'knowledge', 'extract', 'stories', 'search', 'service', 'workflows', 'cli'],
  'node:fs/promises': ['config', 'knowledge', 'extract', 'stories', 'search', 'service', 'workflows', 'cli'],
  // Fetching and reading pages and feeds: only src/web talks to the network on a user's behalf, through its checks.
  'node:http': ['web'],
  'node:https': ['web'],
  'node:dns': ['web'],
  '@mozilla/readability': ['web'],
  linkedom: ['web'],
  'rss-parser': ['web'],
};

/**
 * Single files that may import a package their unit may not, each for a reason: the chart font's widths are read
 * from the font file a package ships (the render layer reads no knowledge and no other file); question reading
 * reads the English word list shipped beside it (the answers layer reads no knowledge and no other file); the large
 * dictionary, shared by extraction and answering, reads the word list a package ships; the synonyms of answering
 * are read from the WordNet database a package ships, and kept built beside the installed packages; the table of
 * stock tickers is read from the file shipped beside it.
 */
const PACKAGE_EXCEPTIONS: readonly (readonly [file: string, pkg: string])[] = [
  ['src/render/charts/font.ts', 'node:fs'],
  ['src/answers/english.ts', 'node:fs'],
  ['src/dictionary.ts', 'node:fs'],
  ['src/answers/synonyms.ts', 'node:fs'],
  ['src/answers/tickers.ts', 'node:fs'],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) && !/\.test\.ts$/.test(e.name) ? [path] : [];
  });
}

/** The unit a file belongs to: `src/<folder>`, `src/<file>.ts` by its stem, or top-level `commands`. */
function unitOf(file: string): string | undefined {
  const parts = relative(ROOT, file).split(sep);
  if (parts[0] === 'commands') return 'commands';
  if (parts[0] !== 'src' || parts.length < 2) return undefined;
  return parts.length === 2 ? parts[1]?.replace(/\.ts$/, '') : parts[1];
}

/** Every module specifier a file imports or re-exports, statically or dynamically (type-only included). */
function specifiers(text: string): string[] {
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\b[^'";]*?\bfrom\s+['"]([^'"]+)['"]/gm)) found.push(m[1] ?? '');
  for (const m of text.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) found.push(m[1] ?? '');
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1] ?? '');
  return found;
}

interface Edge {
  readonly file: string;
  readonly from: string;
  readonly to: string;
  /** The imported file, relative to the root. */
  readonly target: string;
}

/**
 * Imports that may bypass a folder's `index.ts`, each for a reason: the text front doors, Slack and `npm start`'s
 * feeds (which run in the console too) would load discord.js through the render and workflows doors (the Discord
 * renderer needs it), which none of them needs.
 */
const PAST_THE_DOOR: readonly (readonly [from: string, target: string])[] = [
  ['cli', 'src/render/text.ts'],
  ['cli', 'src/render/markdown.ts'],
  ['cli', 'src/render/json.ts'],
  ['cli', 'src/render/page.ts'],
  ['cli', 'src/workflows/commands.ts'],
  ['main', 'src/workflows/feeds/index.ts'],
  ['slack', 'src/render/slack.ts'],
  ['slack', 'src/workflows/commands.ts'],
  ['slack', 'src/workflows/audit-log.ts'],
  ['slack', 'src/workflows/cooldown.ts'],
  ['slack', 'src/workflows/previews.ts'],
  ['slack', 'src/workflows/ingest.ts'],
  ['slack', 'src/workflows/ingest-url.ts'],
];

const FILES = [...sourceFiles(join(ROOT, 'src')), ...sourceFiles(join(ROOT, 'commands'))];

/** Imports between units, and imports of packages, with the importing file. */
const edges: Edge[] = [];
const packages: Edge[] = [];
for (const file of FILES) {
  const from = unitOf(file);
  if (from === undefined) continue;
  for (const spec of specifiers(readFileSync(file, 'utf8'))) {
    if (spec.startsWith('.')) {
      const target = resolve(dirname(file), spec);
      const to = unitOf(target);
      if (to !== undefined && to !== from) {
        edges.push({ file: relative(ROOT, file), from, to, target: relative(ROOT, target).split(sep).join('/') });
      }
    } else {
      packages.push({ file: relative(ROOT, file), from, to: spec, target: spec });
    }
  }
}

describe('the layer order', () => {
  it('places every unit of src/ and commands/', () => {
    const units = new Set(FILES.map(unitOf));
    expect([...units].filter((u) => u === undefined || !RANK.has(u))).toEqual([]);
    expect(units.size).toBeGreaterThanOrEqual(12);
  });

  it('has no upward import and no import between front doors', () => {
    const wrong = edges
      .filter((e) => (RANK.get(e.to) ?? Number.POSITIVE_INFINITY) >= (RANK.get(e.from) ?? -1))
      .map((e) => `${e.file} imports ${e.to} (${e.from} may import only what is below it)`);
    expect(wrong).toEqual([]);
  });

  it('reaches extracted facts through the service from workflows and Discord', () => {
    const wrong = edges
      .filter((e) => FORBIDDEN.some(([from, to]) => e.from === from && e.to === to))
      .map((e) => `${e.file} imports ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it("enters another folder through its index.ts, the folder's one door", () => {
    // src/extract is regrouped behind its own door separately; single-file units (config, logger) have no folder.
    const folders = new Set([
      'knowledge',
      'web',
      'search',
      'answers',
      'render',
      'service',
      'workflows',
      'cli',
      'discord',
      'slack',
    ]);
    const wrong = edges
      .filter((e) => e.from !== 'extract' && folders.has(e.to) && !e.target.endsWith('/index.ts'))
      .filter((e) => !PAST_THE_DOOR.some(([from, target]) => e.from === from && e.target === target))
      .map((e) => `${e.file} imports ${e.target}`);
    expect(wrong).toEqual([]);
  });

  it('keeps packages where they belong', () => {
    const wrong = packages
      .filter((e) => PACKAGES[e.to] !== undefined && !PACKAGES[e.to]?.includes(e.from))
      .filter((e) => !PACKAGE_EXCEPTIONS.some(([file, pkg]) => e.file.split(sep).join('/') === file && e.to === pkg))
      .map((e) => `${e.file} (${e.from}) imports ${e.to}`);
    expect(wrong).toEqual([]);
  });

  it('reads the environment in src/config.ts only', () => {
    const readers = FILES.filter((f) => /\bprocess\.env\b/.test(readFileSync(f, 'utf8'))).map((f) => relative(ROOT, f));
    expect(readers).toEqual([join('src', 'config.ts')]);
  });

  it('sees imports of every kind, so the checks above are not vacuous', () => {
    expect(specifiers("import type { A } from '../a.ts';\nexport * from './b.ts';\nawait import('../c.ts');")).toEqual([
      '../a.ts',
      './b.ts',
      '../c.ts',
    ]);
    expect(edges.some((e) => e.from === 'main' && e.to === 'commands')).toBe(true);
    expect(edges.some((e) => e.from === 'commands' && e.to === 'discord')).toBe(true);
    expect(edges.some((e) => e.from === 'main' && e.to === 'slack')).toBe(true);
    expect(packages.some((e) => e.from === 'slack' && e.to === '@slack/bolt')).toBe(true);
  });
});
