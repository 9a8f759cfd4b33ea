import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ArticleFacts } from '../extract/types.ts';
import type { Article } from '../knowledge/index.ts';
import { documentsOf } from './documents.ts';
import { INDEX_VERSION, SearchIndex } from './engine.ts';

/** Where an index came from, for logs and start-up timing. */
export interface LoadedIndex {
  readonly index: SearchIndex;
  /** `snapshot`: read from disk; `built`: indexed now (and saved when a cache folder was given). */
  readonly source: 'snapshot' | 'built';
  readonly key: string;
}

/**
 * The snapshot key: a hash of the knowledge's content (every article's id and content hash), of the facts
 * extracted from it, and of the index version. Any change to an article, to the extraction rules or to the term
 * processing yields a new key, so a stale snapshot is never served.
 */
export function snapshotKey(articles: readonly Article[], facts: readonly ArticleFacts[]): string {
  const hash = createHash('sha256').update(INDEX_VERSION);
  for (const a of [...articles].sort((x, y) => x.id.localeCompare(y.id))) hash.update(`\0${a.id}\0${a.contentHash}`);
  hash.update(JSON.stringify(facts));
  return hash.digest('hex').slice(0, 32);
}

/** Builds the index from scratch, in one go. */
export function buildIndex(articles: readonly Article[], facts: readonly ArticleFacts[]): SearchIndex {
  return SearchIndex.build(documentsOfAll(articles, facts));
}

/** Builds the index from scratch in chunks, yielding to the event loop between them. */
export function buildIndexAsync(articles: readonly Article[], facts: readonly ArticleFacts[]): Promise<SearchIndex> {
  return SearchIndex.buildAsync(documentsOfAll(articles, facts));
}

function documentsOfAll(articles: readonly Article[], facts: readonly ArticleFacts[]) {
  const byId = new Map(facts.map((f) => [f.article, f]));
  return articles.flatMap((a) => {
    const f = byId.get(a.id);
    return f ? documentsOf(a, f) : [];
  });
}

/**
 * Loads the index snapshot for this knowledge from `<cacheDir>/index/` when one exists, else builds the index and
 * saves it there. Snapshots of other knowledge are removed once the new one is written. A cache that cannot be read
 * or written only costs time: the index is then built in memory.
 */
export async function loadOrBuildIndex(
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  cacheDir: string | undefined,
): Promise<LoadedIndex> {
  const key = snapshotKey(articles, facts);
  if (!cacheDir) return { index: await buildIndexAsync(articles, facts), source: 'built', key };
  const folder = join(cacheDir, 'index');
  const file = join(folder, `${key}.json`);
  try {
    return { index: SearchIndex.fromJSON(await readFile(file, 'utf8')), source: 'snapshot', key };
  } catch {
    // no snapshot yet, or one from another version: build below
  }
  const index = await buildIndexAsync(articles, facts);
  try {
    await mkdir(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, index.toJSON());
    await rename(temp, file);
    for (const name of await readdir(folder)) {
      if (name !== `${key}.json` && /^[0-9a-f]{32}\.json$/.test(name)) await unlink(join(folder, name)).catch(() => {});
    }
  } catch {
    // read-only or full disk: serve from memory
  }
  return { index, source: 'built', key };
}
