/**
 * Real articles from the shared corpus (`../shared/corpus/news.jsonl`) as knowledge files, for the scripts that
 * read extraction on text no gold label covers (`sample-attributions.ts`, `extract-speed.ts`). A seeded sample:
 * the same seed always picks the same articles. Articles of the shared evaluation sets are left out (matched
 * by URL), so what the scripts show is text the rules were not written on.
 */
import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { loadKnowledge } from '../src/knowledge/load.ts';
import type { Article } from '../src/knowledge/types.ts';
import { createRng } from './bench/prng.ts';

/** Where the shared data sits, relative to the checkout. */
export const SHARED = '../shared';
const CORPUS = `${SHARED}/corpus/news.jsonl`;
const EVAL_FOLDERS = [`${SHARED}/eval/articles`, `${SHARED}/eval/wide/articles`];

/** One line of the corpus file. */
interface CorpusLine {
  readonly id: string;
  readonly url?: string | null;
  readonly publisher?: string | null;
  readonly byline?: string | readonly string[] | null;
  readonly date?: string | null;
  readonly title?: string | null;
  readonly paragraphs: readonly string[];
}

/** URLs named in the evaluation articles' front matter: those articles are never sampled. */
async function evalUrls(): Promise<Set<string>> {
  const urls = new Set<string>();
  for (const folder of EVAL_FOLDERS) {
    let names: string[] = [];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names) {
      const text = await readFile(join(folder, name), 'utf8');
      for (const m of text.matchAll(/^url:\s*"?([^"\n]+)"?\s*$/gm)) urls.add((m[1] as string).trim());
    }
  }
  return urls;
}

/** The corpus lines, in file order, without the evaluation articles and without empty bodies. */
async function corpusLines(): Promise<CorpusLine[]> {
  const skip = await evalUrls();
  const raw = await readFile(CORPUS, 'utf8');
  return raw
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as CorpusLine)
    .filter((a) => a.paragraphs.length > 0 && !(a.url && skip.has(a.url)));
}

/** A seeded sample of `count` distinct items (Fisher–Yates on a copy, first `count` kept). */
export function seededSample<T>(items: readonly T[], count: number, seed: number): T[] {
  const rng = createRng(seed);
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy.slice(0, Math.min(count, copy.length));
}

/** The Markdown knowledge file of one corpus line: YAML front matter, then paragraphs split by blank lines. */
function knowledgeFile(a: CorpusLine): string {
  const meta: Record<string, unknown> = {};
  if (a.title) meta.title = a.title;
  if (a.publisher) meta.publisher = a.publisher;
  if (a.byline && a.byline.length > 0) meta.byline = a.byline;
  if (a.date && /^\d{4}-\d{2}-\d{2}$/.test(a.date)) meta.date = a.date;
  if (a.url && /^https?:\/\//.test(a.url)) meta.url = a.url;
  const body = a.paragraphs.map((p) => p.replace(/\s*\n\s*/g, ' ').trim()).filter(Boolean);
  return `---\n${toYaml(meta)}---\n\n${body.join('\n\n')}\n`;
}

/**
 * Writes a seeded sample of `count` corpus articles to a new temporary knowledge folder and loads it back
 * through the project's loader, exactly as the app would read them.
 */
export async function sampleCorpusArticles(
  count: number,
  seed: number,
): Promise<{ dir: string; articles: readonly Article[] }> {
  const picked = seededSample(await corpusLines(), count, seed);
  const dir = await mkdtemp(join(tmpdir(), 'briefing-corpus-'));
  await Promise.all(
    picked.map((a, i) => {
      const stem = `${String(i).padStart(4, '0')}-${a.id.replace(/[^a-z0-9-]+/gi, '-').slice(0, 60)}`;
      return writeFile(join(dir, `${stem}.md`), knowledgeFile(a));
    }),
  );
  const { articles, problems } = await loadKnowledge(dir);
  for (const p of problems) process.stderr.write(`skipped ${p.path}: ${p.message}\n`);
  return { dir, articles };
}

/** Reads `--name value` options as integers, with defaults. */
export function intOptions<K extends string>(argv: readonly string[], defaults: Record<K, number>): Record<K, number> {
  const out = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const key = argv[i]?.replace(/^--/, '') as K;
    if (argv[i]?.startsWith('--') && key in defaults) {
      const value = Number(argv[i + 1]);
      if (!Number.isInteger(value) || value < 0) throw new Error(`--${key} needs a whole number, got ${argv[i + 1]}`);
      out[key] = value;
      i++;
    }
  }
  return out;
}
