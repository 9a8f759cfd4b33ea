import type { Article } from '../knowledge/types.ts';
import { extractDates } from './dates.ts';
import { extractEntities } from './entities.ts';
import { extractEvents } from './events.ts';
import { extractFigures } from './figures.ts';
import { extractQuotes } from './quotes.ts';
import { sentencesOf } from './sentences.ts';
import type { ArticleFacts } from './types.ts';

export type * from './types.ts';

/**
 * Extracts every fact from one article. Pure and deterministic: the same article always yields the same
 * facts, which is what lets the cache key them by the article's content hash.
 */
export function extractFacts(article: Article): ArticleFacts {
  const sentences = sentencesOf(article.id, article.paragraphs);
  const entities = extractEntities(article, sentences);
  const quotes = extractQuotes(article, sentences, entities);
  const figures = extractFigures(article, sentences, entities);
  const dates = extractDates(article, sentences);
  const events = extractEvents(article, sentences, dates, quotes);
  return { article: article.id, contentHash: article.contentHash, sentences, quotes, figures, dates, entities, events };
}
