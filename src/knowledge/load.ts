import type { Stats } from 'node:fs';
import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { type FileStamp, type Manifest, readManifest, stampOf, writeManifest } from './manifest.ts';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES, parseArticle } from './parse.ts';
import type { Article, LoadProblem, LoadResult } from './types.ts';

/** Options of {@link loadKnowledge}. */
export interface LoadOptions {
  /**
   * Folder for the manifest of parsed articles (`<cacheDir>/knowledge/`): a file whose size, times and inode are
   * those recorded is taken from it, neither read nor parsed nor hashed again. Without it, only files unchanged
   * since this process last loaded the folder are reused.
   */
  readonly cacheDir?: string;
}

/** Per folder, the articles this process last loaded, by file name with their stamps: a reload's starting point. */
const lastLoaded = new Map<string, Manifest>();

export { MAX_ARTICLE_BYTES, parseArticle, splitBlocks } from './parse.ts';

/**
 * The folder holding article files for a knowledge folder: `<dir>/articles` when it exists, else `dir` itself
 * (so a plain folder of articles, such as an evaluation set, loads too).
 */
export async function articlesFolder(dir: string): Promise<string> {
  const nested = join(dir, 'articles');
  try {
    if ((await stat(nested)).isDirectory()) return nested;
  } catch {
    // no articles/ subfolder: the folder itself holds the articles
  }
  return dir;
}

/** Files that are not articles and not worth a warning (editor and OS droppings, notes). */
function isIgnorable(name: string): boolean {
  return name.startsWith('.') || /^readme(\.\w+)?$/i.test(name) || name.endsWith('~');
}

/**
 * Loads every article in a knowledge folder. A bad file is reported with its path and the exact problem and
 * skipped; every other file still loads. Never reads outside the folder: symbolic links that resolve elsewhere
 * are refused.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<LoadResult> {
  const folder = await articlesFolder(dir);
  const problems: LoadProblem[] = [];
  const articles: Article[] = [];
  let names: string[];
  try {
    names = (await readdir(folder)).sort();
  } catch (error) {
    return {
      articles,
      problems: [{ path: display(folder), field: null, message: `cannot read folder: ${reason(error)}` }],
    };
  }
  const root = await realpath(folder);
  const known = lastLoaded.get(root) ?? (options.cacheDir ? await readManifest(options.cacheDir, root) : new Map());
  const now: Manifest = new Map();
  const seen = new Map<string, string>();
  // Files are looked at many at a time (each a few calls to the file system's thread pool), then taken in name
  // order, so which of two files claiming one id wins never depends on timing.
  const listed = names.filter((name) => !isIgnorable(name));
  const results = await mapInFlight(listed, FILES_IN_FLIGHT, (name) =>
    loadFile(root, join(folder, name), name, known.get(name)),
  );
  for (const [i, name] of listed.entries()) {
    const path = join(folder, name);
    const result = results[i] as FileResult;
    if ('stamp' in result && result.article) now.set(name, { stamp: result.stamp, article: result.article });
    if ('problem' in result) {
      if (result.problem) problems.push(result.problem);
      continue;
    }
    for (const problem of result.problems) problems.push({ path: display(path), ...problem });
    const article = result.article;
    if (!article) continue;
    const clash = seen.get(article.id);
    if (clash) {
      problems.push({
        path: display(path),
        field: null,
        message: `duplicate id "${article.id}": ${clash} already has it; rename one of the files`,
      });
      continue;
    }
    seen.set(article.id, name);
    articles.push(article);
  }
  lastLoaded.set(root, now);
  if (options.cacheDir && !sameEntries(known, now)) await writeManifest(options.cacheDir, root, now);
  return { articles, problems };
}

/** Files examined at once: enough to keep the file system's thread pool busy, few enough to bound open handles. */
const FILES_IN_FLIGHT = 32;

/** `work` on every item, at most `limit` at a time; results in the items' order. */
async function mapInFlight<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const out = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await work(items[i] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

/** Whether two manifests hold the same files with the same stamps (then the one on disk needs no rewrite). */
function sameEntries(a: Manifest, b: Manifest): boolean {
  if (a.size !== b.size) return false;
  for (const [name, entry] of b) {
    const other = a.get(name);
    if (!other || other.stamp.join() !== entry.stamp.join()) return false;
  }
  return true;
}

type FileResult =
  | { problem: LoadProblem | null }
  | { article: Article | null; problems: { field: string | null; message: string }[]; stamp: FileStamp };

async function loadFile(
  root: string,
  path: string,
  name: string,
  known: { readonly stamp: FileStamp; readonly article: Article } | undefined,
): Promise<FileResult> {
  const fail = (message: string): FileResult => ({ problem: { path: display(path), field: null, message } });
  try {
    const link = await lstat(path);
    if (link.isDirectory()) return { problem: null };
    if (link.isSymbolicLink()) {
      const target = await realpath(path);
      if (target !== root && !target.startsWith(root + sep)) {
        return fail('symbolic link points outside the knowledge folder; refused');
      }
    }
    if (!ARTICLE_EXTENSIONS[extname(name).toLowerCase()]) {
      return fail('not an article: use a .md or .txt file');
    }
    // A plain file's lstat is its stat; only a link needs the second look, at what it points to.
    const info: Stats = link.isSymbolicLink() ? await stat(path) : link;
    if (!info.isFile()) return fail('not a regular file');
    if (info.size > MAX_ARTICLE_BYTES) {
      return fail(`file is ${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`);
    }
    const stamp = stampOf(info);
    // Unchanged since it was last parsed (same size, modification and change times, inode): the same article.
    if (known && known.stamp.join() === stamp.join()) return { article: known.article, problems: [], stamp };
    const bytes = await readLimited(path, info.size, MAX_ARTICLE_BYTES + 1);
    const parsed = parseArticle(name, bytes);
    return 'article' in parsed
      ? { article: parsed.article, problems: [], stamp }
      : { article: null, problems: parsed.problems, stamp };
  } catch (error) {
    return fail(`cannot read file: ${reason(error)}`);
  }
}

/**
 * Reads at most `limit` bytes, so a file that grows after `stat` cannot exhaust memory. The buffer starts at the
 * size `stat` gave (plus one byte, to notice growth) and grows only if the file did.
 */
async function readLimited(path: string, expected: number, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    let buffer = Buffer.allocUnsafe(Math.min(limit, expected + 1));
    let total = 0;
    while (total < limit) {
      if (total === buffer.length) {
        const grown = Buffer.allocUnsafe(Math.min(limit, buffer.length * 2));
        buffer.copy(grown, 0, 0, total);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, total, buffer.length - total, total);
      if (bytesRead === 0) break;
      total += bytesRead;
    }
    return buffer.subarray(0, total);
  } finally {
    await handle.close();
  }
}

function display(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel.startsWith('..') ? path : rel;
}

function reason(error: unknown): string {
  if (error && typeof error === 'object' && 'code' in error) {
    const code = String((error as { code: unknown }).code);
    if (code === 'ENOENT') return 'the file disappeared while it was being read';
    if (code === 'EACCES') return 'permission denied';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}
