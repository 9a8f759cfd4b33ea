/**
 * Adds one article to a knowledge folder safely: validated exactly as the loader validates files, refused when it
 * duplicates an article already there, and written atomically (temporary file, fsync, rename) so the loader and
 * the watcher never see half a file. Nothing the user supplies becomes a path: the file name is a slug of the
 * title plus a content hash.
 */
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, extname, join, parse as parsePath } from 'node:path';
import { stringify as toYaml } from 'yaml';
import { articlesFolder, MAX_ARTICLE_BYTES, parseArticle } from './load.ts';
import { ARTICLE_EXTENSIONS, type ParseProblem } from './parse.ts';
import type { Article } from './types.ts';
import { normaliseUrl } from './url.ts';

/** Longest slug taken from a title for a file name, in characters. */
export const MAX_SLUG_LENGTH = 60;
/** Hex digits of the content hash appended to the slug, so two articles with one title get two files. */
const NAME_HASH_LENGTH = 10;

/** An article typed into a form (Discord's /ingest modal): fields plus body text. */
export interface ArticleDraft {
  readonly title: string;
  readonly publisher?: string | undefined;
  readonly byline?: readonly string[] | undefined;
  /** `YYYY-MM-DD`. */
  readonly date?: string | undefined;
  readonly url?: string | undefined;
  /** The body, paragraphs separated by blank lines. */
  readonly text: string;
}

/** What to add: an uploaded file (its name gives only the format) or a typed draft. */
export type ArticleInput =
  | { readonly kind: 'file'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'draft'; readonly draft: ArticleDraft };

/** An article that passed every check and is ready to be written. */
export interface PreparedArticle {
  /** The article as the loader will see it once written (id and file are final). */
  readonly article: Article;
  readonly bytes: Uint8Array;
  /**
   * The served article this one replaces: same URL, new text, so the same id and file. Absent for a new article.
   */
  readonly replaces?: Article | undefined;
}

/** How {@link prepareArticle} treats an article already served under the same URL. */
export interface PrepareOptions {
  /**
   * When true, an article with the same URL but another text is an update: the new version takes the old one's
   * id and file (see {@link PreparedArticle.replaces}) instead of being refused as a duplicate. Default false.
   */
  readonly replaceSameUrl?: boolean;
}

/** Why an article was refused. */
export type Rejection =
  | { readonly reason: 'too-large'; readonly message: string }
  | { readonly reason: 'invalid'; readonly message: string; readonly problems: readonly ParseProblem[] }
  | { readonly reason: 'duplicate'; readonly message: string; readonly existing: Article }
  /** Same URL and the same text as a served article: nothing to update. */
  | { readonly reason: 'unchanged'; readonly message: string; readonly existing: Article };

/** The outcome of {@link prepareArticle}. */
export type PrepareResult = ({ readonly ok: true } & PreparedArticle) | ({ readonly ok: false } & Rejection);

/**
 * A file-name-safe slug: ASCII letters and digits joined by single hyphens, at most {@link MAX_SLUG_LENGTH}
 * characters, or `article` when nothing usable is left (a title in another script, say).
 */
export function slugify(text: string): string {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  let slug = ascii.slice(0, MAX_SLUG_LENGTH);
  if (ascii.length > MAX_SLUG_LENGTH && slug.includes('-')) slug = slug.slice(0, slug.lastIndexOf('-'));
  slug = slug.replace(/-+$/, '');
  return slug === '' ? 'article' : slug;
}

/**
 * The article's text reduced to what a reader would call "the same text": Unicode-normalised, typographic quotes
 * and dashes made plain, case and whitespace ignored. Metadata is left out, so the same story pasted with a
 * different title or date is still recognised.
 */
export function normalisedText(article: Article): string {
  return article.paragraphs
    .map((p) => p.text)
    .join('\n')
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** SHA-256 of {@link normalisedText}. */
export function textHash(article: Article): string {
  return createHash('sha256').update(normalisedText(article)).digest('hex');
}

/** The existing article `candidate` duplicates, by URL or by text, with the reason; or null. */
export function findDuplicate(
  candidate: Article,
  existing: readonly Article[],
): { article: Article; by: 'url' | 'text' } | null {
  const url = candidate.meta.url === null ? null : normaliseUrl(candidate.meta.url);
  if (url !== null) {
    const same = existing.find((a) => a.meta.url !== null && normaliseUrl(a.meta.url) === url);
    if (same) return { article: same, by: 'url' };
  }
  const hash = textHash(candidate);
  const same = existing.find((a) => a.contentHash === candidate.contentHash || textHash(a) === hash);
  return same ? { article: same, by: 'text' } : null;
}

/** Markdown with YAML front matter for a draft; empty fields are left out so the loader's schema decides. */
export function draftToMarkdown(draft: ArticleDraft): string {
  const meta: Record<string, string | string[]> = {};
  const put = (key: string, value: string | undefined) => {
    if (value !== undefined && value.trim() !== '') meta[key] = value.trim();
  };
  put('title', draft.title);
  put('publisher', draft.publisher);
  const byline = (draft.byline ?? []).map((b) => b.trim()).filter((b) => b !== '');
  if (byline.length > 0) meta.byline = byline;
  put('date', draft.date);
  put('url', draft.url);
  const body = draft.text.replace(/\r\n?/g, '\n').trim();
  const front = Object.keys(meta).length > 0 ? `---\n${toYaml(meta, { lineWidth: 0 })}---\n\n` : '';
  return `${front}${body}\n`;
}

function label(article: Article): string {
  const title = article.meta.title ?? article.paragraphs[0]?.text.slice(0, 60) ?? article.id;
  return `"${title}" (${article.file})`;
}

/**
 * Validates an input and builds the article it would become, without touching the disk: size first (before any
 * decoding), then the loader's own {@link parseArticle}, then duplicates among `existing` (or, with
 * `replaceSameUrl`, the earlier version it updates).
 */
export function prepareArticle(
  input: ArticleInput,
  existing: readonly Article[],
  options: PrepareOptions = {},
): PrepareResult {
  let bytes: Uint8Array;
  let extension: string;
  if (input.kind === 'file') {
    extension = parsePath(basename(input.name)).ext.toLowerCase();
    bytes = input.bytes;
  } else {
    extension = '.md';
    bytes = new TextEncoder().encode(draftToMarkdown(input.draft));
  }
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      reason: 'too-large',
      message: `the article is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`,
    };
  }
  // The name given here only selects the format; the real name needs the title, which parsing yields.
  const probe = parseArticle(`article${extension}`, bytes);
  if ('problems' in probe) {
    const detail = probe.problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
    return { ok: false, reason: 'invalid', message: `the article is not valid: ${detail}`, problems: probe.problems };
  }
  const first = probe.article;
  const source = first.meta.title ?? (input.kind === 'file' ? parsePath(basename(input.name)).name : '');
  const stem = `${slugify(source || (first.paragraphs[0]?.text ?? ''))}-${first.contentHash.slice(0, NAME_HASH_LENGTH)}`;
  const final = parseArticle(`${stem}${extension === '.markdown' ? '.md' : extension}`, bytes);
  if ('problems' in final) throw new Error(`article changed meaning when renamed to ${stem}`);
  const article = final.article;
  const duplicate = findDuplicate(article, existing);
  if (duplicate?.by === 'url' && options.replaceSameUrl === true)
    return prepareUpdate(article, bytes, duplicate.article, existing);
  if (duplicate) {
    const what = duplicate.by === 'url' ? 'the same URL' : 'the same text';
    return {
      ok: false,
      reason: 'duplicate',
      message: `already in the knowledge base: ${label(duplicate.article)} has ${what}`,
      existing: duplicate.article,
    };
  }
  return { ok: true, article, bytes };
}

/**
 * The new version of `previous` (same URL): refused when its text is unchanged, when the text duplicates another
 * article, or when the earlier version is a plain-text file (front matter, which holds the URL, needs Markdown).
 */
function prepareUpdate(
  candidate: Article,
  bytes: Uint8Array,
  previous: Article,
  existing: readonly Article[],
): PrepareResult {
  if (textHash(candidate) === textHash(previous)) {
    return {
      ok: false,
      reason: 'unchanged',
      message: `already in the knowledge base and unchanged: ${label(previous)}`,
      existing: previous,
    };
  }
  const others = existing.filter((a) => a.id !== previous.id);
  const sameText = findDuplicate({ ...candidate, meta: { ...candidate.meta, url: null } }, others);
  if (sameText || previous.format !== 'markdown') {
    const holder = sameText?.article ?? previous;
    return {
      ok: false,
      reason: 'duplicate',
      message: `already in the knowledge base: ${label(holder)} has the same ${sameText ? 'text' : 'URL'}`,
      existing: holder,
    };
  }
  const renamed = parseArticle(previous.file, bytes);
  if ('problems' in renamed) throw new Error(`article changed meaning when renamed to ${previous.file}`);
  return { ok: true, article: renamed.article, bytes, replaces: previous };
}

/** The bytes of a served article's file, as they are on disk now (to put them back if an update fails). */
export async function readArticleFile(knowledgeDir: string, article: Article): Promise<Uint8Array> {
  return readFile(join(await articlesFolder(knowledgeDir), article.file));
}

/**
 * Writes a prepared article into the knowledge folder atomically: a temporary dot-file (which the loader skips)
 * is written and fsynced, then renamed over the final name, and the folder is fsynced so the rename survives a
 * crash. Refuses to replace an existing file unless the article is an update ({@link PreparedArticle.replaces}),
 * which is renamed over its earlier version, so a reader sees the old file or the new one, never neither. Returns
 * the final path.
 */
export async function commitArticle(knowledgeDir: string, prepared: PreparedArticle): Promise<string> {
  const folder = prepared.replaces ? await articlesFolder(knowledgeDir) : await targetFolder(knowledgeDir);
  const name = prepared.article.file;
  // The name is built from a slug and a hash, but checking costs nothing and keeps the promise in the TSDoc.
  if (basename(name) !== name || name.startsWith('.')) throw new Error(`unsafe article file name ${name}`);
  const target = join(folder, name);
  if (prepared.replaces) {
    if (prepared.replaces.file !== name || !(await exists(target))) {
      throw new Error(`${name} is not in ${folder}: nothing to update`);
    }
  } else if (await exists(target)) {
    throw new Error(`${name} already exists in ${folder}`);
  }
  await writeFileAtomic(target, prepared.bytes);
  return target;
}

/**
 * Writes `bytes` to `path` so that readers see the old file or the new one, never part of one: a temporary dot-file
 * beside it (which the loader skips) is written and fsynced, renamed over `path`, and the folder fsynced so the
 * rename survives a crash. Creates the folder when missing. Used for articles and for small settings files.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array): Promise<void> {
  const folder = dirname(path);
  await mkdir(folder, { recursive: true });
  const temp = join(folder, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    const handle = await open(temp, 'wx', 0o644);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/**
 * Where new articles go: `<dir>/articles/`, created when missing, except in a flat folder that already holds
 * articles directly, which the loader reads as is (creating `articles/` there would hide them).
 */
async function targetFolder(knowledgeDir: string): Promise<string> {
  const current = await articlesFolder(knowledgeDir);
  if (current !== knowledgeDir) return current;
  let names: string[] = [];
  try {
    names = await readdir(knowledgeDir);
  } catch (error) {
    if ((error as { code?: unknown }).code !== 'ENOENT') throw error;
  }
  if (names.some((n) => !n.startsWith('.') && ARTICLE_EXTENSIONS[extname(n).toLowerCase()] !== undefined)) {
    return knowledgeDir;
  }
  const nested = join(knowledgeDir, 'articles');
  await mkdir(nested, { recursive: true });
  return nested;
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return false;
    throw error;
  }
}

/** fsyncs a directory so a rename in it is durable; some platforms refuse to open folders, which is harmless. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // best effort: the rename itself is already atomic
  }
}
