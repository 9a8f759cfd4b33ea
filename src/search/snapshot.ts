import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { extractorFingerprint } from '../extract/index.ts';
import type { ArticleFacts } from '../extract/types.ts';
import type { Article } from '../knowledge/index.ts';
import { buildIndexOffThread } from './build-worker.ts';
import { documentsOf, type SearchDoc } from './documents.ts';
import { INDEX_VERSION, SearchIndex } from './engine.ts';

/** Where an index came from, for logs and start-up timing. */
export interface LoadedIndex {
  readonly index: SearchIndex;
  /** `snapshot`: read from disk; `built`: indexed now (and saved when a cache folder was given). */
  readonly source: 'snapshot' | 'built' | 'built on a worker';
  readonly key: string;
}

/**
 * The snapshot key: a hash of the knowledge's content (every article's id and content hash), of the extraction
 * code that made its facts (`extractor`, the fingerprint the facts cache is keyed by) and of the index version.
 * Extraction is deterministic, so the same articles and the same code give the same facts: any change to an
 * article, to the extraction rules or to the term processing yields a new key, and a stale snapshot is never
 * served, without hashing every fact.
 */
export function snapshotKey(articles: readonly Article[], extractor: string): string {
  const hash = createHash('sha256').update(INDEX_VERSION).update(`\0${extractor}`);
  for (const a of [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0))) {
    hash.update(`\0${a.id}\0${a.contentHash}`);
  }
  return hash.digest('hex').slice(0, 32);
}

/** Builds the index from scratch, in one go. */
export function buildIndex(articles: readonly Article[], facts: readonly ArticleFacts[]): SearchIndex {
  return SearchIndex.build(documentsOfEach(articles, facts));
}

/** Each article's documents in turn, made as they are indexed (an archive's documents never all live at once). */
function* documentsOfEach(articles: readonly Article[], facts: readonly ArticleFacts[]): Generator<SearchDoc> {
  for (const a of articles) yield* documentsOfAll([a], facts);
}

/**
 * Builds the index from scratch in chunks, yielding to the event loop between them: each article's documents are
 * made as they are indexed. Same index as {@link buildIndex}.
 */
export async function buildIndexAsync(
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
): Promise<SearchIndex> {
  return SearchIndex.buildAsync(documentsOfEach(articles, facts));
}

/** Facts by article id, made once per list of facts (a chunked build asks for every chunk). */
const factsById = new WeakMap<readonly ArticleFacts[], ReadonlyMap<string, ArticleFacts>>();

function documentsOfAll(articles: readonly Article[], facts: readonly ArticleFacts[]): SearchDoc[] {
  let byId = factsById.get(facts);
  if (!byId) {
    byId = new Map(facts.map((f) => [f.article, f]));
    factsById.set(facts, byId);
  }
  const known = byId;
  return articles.flatMap((a) => {
    const f = known.get(a.id);
    return f ? documentsOf(a, f) : [];
  });
}

/** The folder and file of the snapshot with this key. */
function snapshotFile(cacheDir: string, key: string): { folder: string; file: string } {
  const folder = join(cacheDir, 'index');
  return { folder, file: join(folder, `${key}.bin`) };
}

/**
 * The index snapshot of these articles (under the extractor's fingerprint `extractor`) when one is on disk, else
 * null. A snapshot is written only once every article's facts were extracted and cached, so its presence also says
 * the facts cache holds them: a start can then read the facts later, when an answer first needs them.
 */
export async function loadSnapshot(
  articles: readonly Article[],
  cacheDir: string,
  extractor: string,
): Promise<LoadedIndex | null> {
  const key = snapshotKey(articles, extractor);
  try {
    return { index: SearchIndex.fromBytes(await readFile(snapshotFile(cacheDir, key).file)), source: 'snapshot', key };
  } catch {
    return null; // no snapshot yet, or one from another version
  }
}

/** How {@link loadOrBuildIndex} builds an index the cache does not hold. */
export interface BuildOptions {
  /**
   * Build on a worker thread (see `buildIndexOffThread`) when there are at least this many articles, so the calling
   * thread keeps serving meanwhile; fewer are indexed here in yielding chunks, sooner than a thread starts. Default:
   * never. If the worker fails, the index is built here after all, and `onFallback` is told why.
   */
  readonly offThreadFrom?: number;
  readonly onFallback?: (error: unknown) => void;
}

/** The index, and the bytes of its snapshot when the build made them anyway. */
async function build(
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  options: BuildOptions,
): Promise<{ index: SearchIndex; bytes: Uint8Array | null; source: LoadedIndex['source'] }> {
  if (options.offThreadFrom !== undefined && articles.length >= options.offThreadFrom) {
    try {
      return { ...(await buildIndexOffThread(articles, facts)), source: 'built on a worker' };
    } catch (error) {
      options.onFallback?.(error);
    }
  }
  return { index: await buildIndexAsync(articles, facts), bytes: null, source: 'built' };
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
  options: BuildOptions = {},
): Promise<LoadedIndex> {
  const key = snapshotKey(articles, await extractorFingerprint());
  if (!cacheDir) {
    const { index, source } = await build(articles, facts, options);
    return { index, source, key };
  }
  const { folder, file } = snapshotFile(cacheDir, key);
  try {
    return { index: SearchIndex.fromBytes(await readFile(file)), source: 'snapshot', key };
  } catch {
    // no snapshot yet, or one from another version: build below
  }
  const { index, bytes, source } = await build(articles, facts, options);
  try {
    await mkdir(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, bytes ?? index.toBytes());
    await rename(temp, file);
    for (const name of await readdir(folder)) {
      if (name !== `${key}.bin` && /^[0-9a-f]{32}\.(json|bin)$/.test(name)) {
        await unlink(join(folder, name)).catch(() => {});
      }
    }
  } catch {
    // read-only or full disk: serve from memory
  }
  return { index, source, key };
}
