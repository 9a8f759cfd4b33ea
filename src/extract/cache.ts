import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article } from '../knowledge/types.ts';
import type { ArticleFacts } from './types.ts';

/** Options for {@link extractAll}. */
export interface ExtractAllOptions {
  /** Folder for cached facts (`<cacheDir>/facts/*.json`). Without it nothing is cached. */
  readonly cacheDir?: string;
}

/**
 * The extractor is imported on the first cache miss only: it pulls in the NLP and date libraries, which cost
 * most of a warm start's time when every article is already cached.
 */
function loadExtractor(): Promise<typeof import('./pipeline.ts')> {
  return import('./pipeline.ts');
}

/**
 * Loads the extractor in the background once start-up is over, so the first article added while the bot runs is
 * extracted at once instead of waiting for the NLP libraries to load. Errors surface at the next real use.
 */
export function preloadExtractor(): void {
  setImmediate(() => void loadExtractor().catch(() => undefined));
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
    else if (/\.(ts|js)$/.test(entry.name)) out.push(path);
  }
  return out;
}

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
  // Bundled or read-only installs: still a stable key per process.
  fingerprintOfExtractor ??= fingerprintOf(dirname(fileURLToPath(import.meta.url))).catch(() => 'unreadable');
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
  if (!options.cacheDir) {
    const { extractFacts } = await loadExtractor();
    return articles.map(extractFacts);
  }
  const folder = join(options.cacheDir, 'facts');
  const code = await extractorFingerprint();
  await mkdir(folder, { recursive: true }).catch(() => undefined);
  return Promise.all(
    articles.map(async (article) => {
      const file = join(folder, `${article.contentHash.slice(0, 32)}-${code}.json`);
      try {
        const cached = JSON.parse(await readFile(file, 'utf8')) as ArticleFacts;
        // Facts carry the article id; a renamed file with the same bytes must not serve the old id.
        if (cached.article === article.id && cached.contentHash === article.contentHash) return cached;
      } catch {
        // not cached yet, or unreadable: extract below
      }
      const { extractFacts } = await loadExtractor();
      const facts = extractFacts(article);
      const temp = `${file}.${process.pid}.tmp`;
      await writeFile(temp, JSON.stringify(facts))
        .then(() => rename(temp, file))
        .catch(() => undefined);
      return facts;
    }),
  );
}
