import { lstat, open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join, relative, sep } from 'node:path';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES, parseArticle } from './parse.ts';
import type { Article, LoadProblem, LoadResult } from './types.ts';

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
export async function loadKnowledge(dir: string): Promise<LoadResult> {
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
  const seen = new Map<string, string>();
  for (const name of names) {
    if (isIgnorable(name)) continue;
    const path = join(folder, name);
    const result = await loadFile(root, path, name);
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
  return { articles, problems };
}

type FileResult =
  | { problem: LoadProblem | null }
  | { article: Article | null; problems: { field: string | null; message: string }[] };

async function loadFile(root: string, path: string, name: string): Promise<FileResult> {
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
    const info = await stat(path);
    if (!info.isFile()) return fail('not a regular file');
    if (info.size > MAX_ARTICLE_BYTES) {
      return fail(`file is ${info.size} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`);
    }
    const bytes = await readLimited(path, MAX_ARTICLE_BYTES + 1);
    const parsed = parseArticle(name, bytes);
    return 'article' in parsed
      ? { article: parsed.article, problems: [] }
      : { article: null, problems: parsed.problems };
  } catch (error) {
    return fail(`cannot read file: ${reason(error)}`);
  }
}

/** Reads at most `limit` bytes, so a file that grows after `stat` cannot exhaust memory. */
async function readLimited(path: string, limit: number): Promise<Uint8Array> {
  const handle = await open(path, 'r');
  try {
    const buffer = Buffer.alloc(limit);
    let total = 0;
    while (total < limit) {
      const { bytesRead } = await handle.read(buffer, total, limit - total, total);
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
