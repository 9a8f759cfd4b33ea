import { createHash } from 'node:crypto';
import { extname, parse as parsePath } from 'node:path';
import { parseDateline } from './dateline.ts';
import { parseFrontMatter, splitFrontMatter } from './front-matter.ts';
import type { Article, ArticleMeta, Paragraph } from './types.ts';

/** Largest article file accepted, in bytes. Real articles are a few kilobytes; a megabyte is a mistake. */
export const MAX_ARTICLE_BYTES = 1024 * 1024;

/** File extensions read as articles, and the format each means. */
export const ARTICLE_EXTENSIONS: Readonly<Record<string, Article['format']>> = {
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.txt': 'text',
};

/** A problem with one article's content (the caller adds the path). */
export interface ParseProblem {
  readonly field: string | null;
  readonly message: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Splits a body into blocks on blank lines, keeping each block verbatim apart from surrounding line breaks. */
export function splitBlocks(body: string): string[] {
  return body
    .split(/\r?\n[ \t]*\r?\n/)
    .map((block) => block.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, ''))
    .filter((block) => block.length > 0);
}

/**
 * Parses one article file. `file` is its name relative to the articles folder (the id is its stem).
 * Returns the article, or every problem that stops it from loading.
 */
export function parseArticle(file: string, bytes: Uint8Array): { article: Article } | { problems: ParseProblem[] } {
  const format = ARTICLE_EXTENSIONS[extname(file).toLowerCase()];
  if (!format) {
    return { problems: [{ field: null, message: 'not an article: use a .md or .txt file' }] };
  }
  if (bytes.byteLength > MAX_ARTICLE_BYTES) {
    return {
      problems: [
        { field: null, message: `file is ${bytes.byteLength} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)` },
      ],
    };
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problems: [{ field: null, message: 'not UTF-8 text (is it a binary file?)' }] };
  }
  if (text.includes('\u0000')) {
    return { problems: [{ field: null, message: 'contains NUL bytes: a binary file, not text' }] };
  }
  text = text.replace(/^\uFEFF/, '');

  let meta: ArticleMeta = emptyMeta();
  let body = text;
  if (format === 'markdown') {
    const split = splitFrontMatter(text);
    body = split.body;
    if (split.yaml !== null) {
      const fm = parseFrontMatter(split.yaml);
      if ('problems' in fm) return { problems: fm.problems };
      const d = fm.data;
      meta = {
        title: d.title ?? null,
        publisher: d.publisher ?? null,
        byline: d.byline === undefined ? [] : Array.isArray(d.byline) ? d.byline : [d.byline],
        date: d.date ?? null,
        url: d.url ?? null,
        language: d.language ?? null,
        tags: d.tags ?? [],
        story: d.story ?? null,
      };
    }
  }

  const blocks = splitBlocks(body);
  const paragraphs: Paragraph[] = blocks.map((block, i) => ({ number: i + 1, text: block }));
  let datelineBlock: Paragraph | undefined;
  if (format === 'text' && blocks.length > 0) {
    const dateline = parseDateline(blocks[0] as string);
    if (dateline) {
      meta = { ...meta, date: dateline.date, byline: dateline.byline, publisher: dateline.publisher };
      datelineBlock = paragraphs.shift(); // numbering keeps counting the dateline's block, so ¶N is the Nth block
    }
  }
  if (paragraphs.length === 0) {
    return { problems: [{ field: 'body', message: 'the article has no text after its front matter or dateline' }] };
  }
  return {
    article: {
      id: parsePath(file).name,
      file,
      format,
      meta,
      paragraphs,
      ...(datelineBlock ? { dateline: datelineBlock } : {}),
      contentHash: createHash('sha256').update(bytes).digest('hex'),
    },
  };
}

function emptyMeta(): ArticleMeta {
  return { title: null, publisher: null, byline: [], date: null, url: null, language: null, tags: [], story: null };
}
