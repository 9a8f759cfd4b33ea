import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../knowledge/types.ts';
import { packFacts, unpackFacts } from './pack.ts';
import { sharedPool } from './pool.ts';
import type { ArticleFacts } from './types.ts';

/** Options for {@link extractAll}. */
export interface ExtractAllOptions {
  /** Folder for cached facts (`<cacheDir>/facts/*.json`). Without it nothing is cached. */
  readonly cacheDir?: string;
  /**
   * Extract cache misses on the process's worker pool ({@link sharedPool}) instead of this thread: when the pool is
   * already running (a bot that preloaded it), or when there are at least {@link POOL_MIN_ARTICLES} misses (where
   * starting the workers pays for itself). Default false.
   */
  readonly pool?: boolean;
  /**
   * Facts already in memory for an article (a reload's previous generation, same content, same code): used as they
   * are, neither read from the cache nor extracted. Return undefined for the others.
   */
  readonly known?: (article: Article) => ArticleFacts | undefined;
}

/** Cache misses from which {@link extractAll} starts the worker pool rather than extracting on its own thread. */
export const POOL_MIN_ARTICLES = 50;

/**
 * The extractor is imported on the first cache miss only: it pulls in the NLP and date libraries, which cost
 * most of a warm start's time when every article is already cached.
 */
function loadExtractor(): Promise<typeof import('./pipeline.ts')> {
  return import('./pipeline.ts');
}

/**
 * Starts the extraction workers in the background once start-up is over, so an article added while the bot runs is
 * extracted at once, off the answering thread, instead of waiting for the NLP libraries to load. Errors surface at
 * the next real use (which then extracts on its own thread).
 */
export function preloadExtractor(): void {
  setImmediate(() => sharedPool().start());
}

/** Extracts the facts of one article, without the cache, loading the extractor first when it is not loaded yet. */
export async function extractOne(article: Article): Promise<ArticleFacts> {
  const { extractFacts } = await loadExtractor();
  return extractFacts(article);
}

/** Paths of the code files (`.ts`, `.js`) under `dir`, relative and `/`-separated, found in every subfolder. */
async function codeFiles(dir: string, prefix = ''): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(join(dir, prefix), { withFileTypes: true })) {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) out.push(...(await codeFiles(dir, path)));
    else if (/\.(ts|js)$/.test(entry.name) && !MACHINERY.has(path.replace(/\.js$/, '.ts'))) out.push(path);
  }
  return out;
}

/**
 * Files of this folder that store, pack, schedule or re-export facts but never decide them: left out of the
 * extractor's fingerprint, so work on the cache does not throw away every cached article. The packed layout has a
 * version of its own.
 */
const MACHINERY: ReadonlySet<string> = new Set(['cache.ts', 'pack.ts', 'pool.ts', 'index.ts']);

/**
 * Where the build writes the fingerprint of the TypeScript sources beside the compiled extractor, so compiled and
 * TypeScript runs of the same code share one facts cache.
 */
export const FINGERPRINT_FILE = 'fingerprint.json';

/**
 * A hash of the code under `dir`: every code file in the tree, in sorted path order so that the same code always
 * gives the same hash, whatever order the file system lists it in. Each path is hashed with its content, so a
 * file moved to another folder changes the hash too.
 */
export async function fingerprintOf(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const path of (await codeFiles(dir)).sort()) {
    const content = await readFile(join(dir, path));
    hash.update(`${path}\0${content.length}\0`).update(content);
  }
  return hash.digest('hex').slice(0, 16);
}

let fingerprintOfExtractor: Promise<string> | undefined;

/**
 * A hash of the extraction code itself (this folder and all its subfolders). Cached facts are keyed by article
 * content AND this, so a change to the rules invalidates every cached article instead of serving facts from older
 * rules.
 */
export function extractorFingerprint(): Promise<string> {
  const dir = dirname(fileURLToPath(import.meta.url));
  fingerprintOfExtractor ??= readFile(join(dir, FINGERPRINT_FILE), 'utf8')
    .then((text) => String(JSON.parse(text)))
    .catch(() => fingerprintOf(dir))
    // Bundled or read-only installs: still a stable key per process.
    .catch(() => 'unreadable');
  return fingerprintOfExtractor;
}

/**
 * Extracts facts from every article, reusing cached facts for articles whose content (and the extraction code)
 * did not change. A cache that cannot be read or written is ignored: it only ever saves time.
 */
export async function extractAll(
  articles: readonly Article[],
  options: ExtractAllOptions = {},
): Promise<ArticleFacts[]> {
  const folder = options.cacheDir ? join(options.cacheDir, 'facts') : null;
  const code = folder ? await extractorFingerprint() : '';
  const fileOf = (article: Article) => cacheFile(options.cacheDir as string, article, code);
  // Known already, else read from the cache in batches (so a reload does not block the loop); null when not cached
  // yet or unreadable, extracted below.
  const known = articles.map((a) => options.known?.(a) ?? null);
  const unknown = articles.filter((_, i) => known[i] === null);
  const read = folder ? await readCachedFacts(unknown, options.cacheDir as string, code) : unknown.map(() => null);
  let r = 0;
  const cached = known.map((facts) => facts ?? (read[r++] as ArticleFacts | null));
  const missing = articles.filter((_, i) => cached[i] === null);
  if (missing.length === 0) return cached as ArticleFacts[];
  const fresh = await extractMissing(missing, options);
  if (folder) {
    await mkdir(folder, { recursive: true }).catch(() => undefined);
    await Promise.all(
      missing.map(async (article, i) => {
        const file = fileOf(article);
        const temp = `${file}.${process.pid}.tmp`;
        await writeFile(temp, JSON.stringify(packFacts(article, fresh[i] as ArticleFacts)))
          .then(() => rename(temp, file))
          .catch(() => undefined);
      }),
    );
  }
  let next = 0;
  return cached.map((facts) => facts ?? (fresh[next++] as ArticleFacts));
}

/** The cache file of an article's facts under the extractor's fingerprint `code`. */
function cacheFile(cacheDir: string, article: Article, code: string): string {
  return join(cacheDir, 'facts', `${article.contentHash.slice(0, 32)}-${code}.json`);
}

/**
 * {@link readCachedFactsSync} without blocking: the files are read asynchronously, a batch at a time with a turn of
 * the event loop between batches (files read together are parsed together), so a service can read every article's
 * facts in the background after a start.
 */
export async function readCachedFacts(
  articles: readonly Article[],
  cacheDir: string,
  code: string,
  batch = 8,
): Promise<(ArticleFacts | null)[]> {
  const out: (ArticleFacts | null)[] = [];
  for (let i = 0; i < articles.length; i += batch) {
    const read = await Promise.all(
      articles.slice(i, i + batch).map(async (article) => {
        try {
          return unpackFacts(article, JSON.parse(await readFile(cacheFile(cacheDir, article, code), 'utf8')));
        } catch {
          return null;
        }
      }),
    );
    out.push(...read);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return out;
}

/**
 * The cached facts of each article, read synchronously, or null for an article whose facts are not cached (or not
 * readable). For a start from an index snapshot, whose facts are read only when an answer first needs them: that
 * read cannot wait for a promise. `code` is {@link extractorFingerprint}'s value.
 */
export function readCachedFactsSync(
  articles: readonly Article[],
  cacheDir: string,
  code: string,
): (ArticleFacts | null)[] {
  return articles.map((article) => {
    try {
      return unpackFacts(article, JSON.parse(readFileSync(cacheFile(cacheDir, article, code), 'utf8')));
    } catch {
      return null;
    }
  });
}

/** Extracts articles on the worker pool when asked and worthwhile (see {@link ExtractAllOptions.pool}), else here. */
async function extractMissing(articles: readonly Article[], options: ExtractAllOptions): Promise<ArticleFacts[]> {
  const pool = sharedPool();
  if (options.pool && (pool.warm || articles.length >= POOL_MIN_ARTICLES)) {
    try {
      return await pool.extract(articles);
    } catch {
      // Workers that cannot start (an unusual install) only cost time: extract on this thread.
    }
  }
  const { extractFacts } = await loadExtractor();
  return articles.map(extractFacts);
}
