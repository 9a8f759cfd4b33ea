/**
 * The knowledge model: articles as loaded from `knowledge/articles/`, before any fact extraction.
 * Everything here is verbatim source text; nothing is normalised, because citations must match the file.
 */

/** One paragraph of an article's body. */
export interface Paragraph {
  /**
   * Position of the paragraph's block in the file, counting from 1 over the text split on blank lines
   * (front matter excluded, a leading dateline included), so "¶3" is the third block a reader sees.
   */
  readonly number: number;
  /** The paragraph text exactly as in the file, trimmed of surrounding whitespace only. */
  readonly text: string;
}

/** Metadata of an article; every field is optional because pasted text often has none. */
export interface ArticleMeta {
  readonly title: string | null;
  readonly publisher: string | null;
  /** Authors, in the order given. Empty when unknown. */
  readonly byline: readonly string[];
  /** Publication date as `YYYY-MM-DD`, or null when the article is undated. */
  readonly date: string | null;
  readonly url: string | null;
  readonly language: string | null;
  readonly tags: readonly string[];
  /** The story a moderator pinned the article to (`story:` in the front matter), or null for automatic grouping. */
  readonly story?: string | null;
}

/** A validated article with a stable id and numbered paragraphs. */
export interface Article {
  /** Stable id derived from the file name (its stem), unique within a knowledge folder. */
  readonly id: string;
  /** File path relative to the knowledge folder's `articles/` directory, e.g. `000_7ae1a928e654e4ad.txt`. */
  readonly file: string;
  readonly format: 'markdown' | 'text';
  readonly meta: ArticleMeta;
  /** Body paragraphs, in order. Never empty for a valid article. */
  readonly paragraphs: readonly Paragraph[];
  /**
   * The opening block a pasted article's metadata was read from ("date 2022-02-10 By …, CNN"): not body text, so
   * nothing is extracted from it, but kept verbatim so an answer about the byline can cite it.
   */
  readonly dateline?: Paragraph;
  /** SHA-256 of the file's bytes, used to cache extraction and snapshots. */
  readonly contentHash: string;
}

/** A problem found while loading one file; the file is skipped and every other file still loads. */
export interface LoadProblem {
  /** Path of the offending file, relative to the current working directory when possible. */
  readonly path: string;
  /** The field at fault (`date`, `body`, `front matter`…), or null when the whole file is at fault. */
  readonly field: string | null;
  /** What is wrong, in one plain sentence. */
  readonly message: string;
}

/** The result of loading a knowledge folder. */
export interface LoadResult {
  readonly articles: readonly Article[];
  readonly problems: readonly LoadProblem[];
}
