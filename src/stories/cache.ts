/**
 * Stories remembered across starts: the catalogue a folder's articles were grouped into, keyed by the articles'
 * ids and content hashes and by the grouping code itself (this folder, with its rarity table). Grouping is
 * deterministic, so the same articles and the same code give the same stories: a warm start reads them instead of
 * grouping every article again. A cache that cannot be read or written only costs time.
 */
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Story, type StoryCatalogue, storyCatalogue } from './story.ts';

/** An article as the key sees it. */
export interface KeyedArticle {
  readonly id: string;
  readonly contentHash: string;
}

/**
 * Where the build writes the hash of the TypeScript sources beside the compiled grouping code, so compiled and
 * TypeScript runs of the same code share one cache.
 */
export const GROUPING_FINGERPRINT_FILE = 'fingerprint.json';

/** A hash of the grouping code in `dir` and its rarity table: each code and JSON file but this cache's own. */
export async function groupingCodeOf(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const name of (await readdir(dir)).sort()) {
    if (!/\.(ts|js|json)$/.test(name) || /^(cache\.(ts|js)|fingerprint\.json)$/.test(name)) continue;
    hash.update(`${name.replace(/\.js$/, '.ts')}\0`).update(await readFile(join(dir, name)));
  }
  return hash.digest('hex').slice(0, 16);
}

let code: Promise<string> | undefined;

/** The grouping code's hash, computed once per process (read from the build's file when compiled). */
function groupingCode(): Promise<string> {
  const dir = fileURLToPath(new URL('.', import.meta.url));
  code ??= readFile(join(dir, GROUPING_FINGERPRINT_FILE), 'utf8')
    .then((text) => String(JSON.parse(text)))
    .catch(() => groupingCodeOf(dir))
    .catch(() => 'unreadable');
  return code;
}

/** The cache key of a set of articles: their ids and content hashes, in any order, and the grouping code. */
export async function storiesKey(articles: readonly KeyedArticle[]): Promise<string> {
  const hash = createHash('sha256').update(await groupingCode());
  const sorted = articles.map((a) => `${a.id}\0${a.contentHash}`).sort();
  for (const line of sorted) hash.update(`\0${line}`);
  return hash.digest('hex').slice(0, 32);
}

/** The catalogue saved under `key`, or null when there is none (or it cannot be read). */
export async function readStories(cacheDir: string, key: string): Promise<StoryCatalogue | null> {
  try {
    const list = JSON.parse(await readFile(join(cacheDir, 'stories', `${key}.json`), 'utf8')) as Story[];
    return Array.isArray(list) ? storyCatalogue(list) : null;
  } catch {
    return null;
  }
}

/** Saves a catalogue under `key` and removes the ones saved for other articles. */
export async function writeStories(cacheDir: string, key: string, catalogue: StoryCatalogue): Promise<void> {
  const folder = join(cacheDir, 'stories');
  const file = join(folder, `${key}.json`);
  try {
    await mkdir(folder, { recursive: true });
    const temp = `${file}.${process.pid}.tmp`;
    await writeFile(temp, JSON.stringify(catalogue.list));
    await rename(temp, file);
    for (const name of await readdir(folder)) {
      if (name !== `${key}.json` && /^[0-9a-f]{32}\.json$/.test(name)) await unlink(join(folder, name)).catch(() => {});
    }
  } catch {
    // read-only or full disk: the next start groups again
  }
}
