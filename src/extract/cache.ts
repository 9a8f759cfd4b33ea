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

let extractorFingerprint: Promise<string> | undefined;

/**
 * A hash of the extraction code itself. Cached facts are keyed by article content AND this, so a change to the
 * rules invalidates every cached article instead of serving facts from older rules.
 */
function fingerprint(): Promise<string> {
  extractorFingerprint ??= (async () => {
    const dir = dirname(fileURLToPath(import.meta.url));
    const hash = createHash('sha256');
    try {
      for (const name of (await readdir(dir)).filter((n) => /\.(ts|js)$/.test(n)).sort()) {
        hash.update(name).update(await readFile(join(dir, name)));
      }
    } catch {
      hash.update('unreadable'); // bundled or read-only installs: still a stable key per process
    }
    return hash.digest('hex').slice(0, 16);
  })();
  return extractorFingerprint;
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
  const code = await fingerprint();
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
