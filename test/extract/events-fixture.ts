import type { Article } from '../../src/knowledge/types.ts';

/**
 * Builds an in-memory article from paragraphs, numbered from 1, so date and event tests can state their
 * fixtures inline. `date` is the article's `YYYY-MM-DD` date, or null for an undated article.
 */
export function articleOf(id: string, date: string | null, paragraphs: readonly string[]): Article {
  return {
    id,
    file: `${id}.md`,
    format: 'markdown',
    meta: { title: null, publisher: null, byline: [], date, url: null, language: 'en', tags: [] },
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
    contentHash: `hash-${id}`,
  };
}
