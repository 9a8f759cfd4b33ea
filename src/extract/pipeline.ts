/**
 * The extraction pipeline: runs the folders' extractors over one article in order. It pulls in the NLP and date
 * libraries, so nothing loads it at start-up: `cache.ts` imports it on the first article it must extract.
 *
 * Folders, each entered only through its `index.ts`, and the way their imports point:
 *
 *     language ← entities ← speakers ← figures
 *     language ← dates
 *     language ← events
 *
 * A folder imports from this top level only `types.ts`.
 */
import type { Article } from '../knowledge/types.ts';
import { extractDates } from './dates/index.ts';
import { buildEntityIndex, nameContextOf } from './entities/index.ts';
import { extractEvents } from './events/index.ts';
import { extractFigures } from './figures/index.ts';
import { sentencesOf } from './language/index.ts';
import { createAttributor, extractQuotes } from './speakers/index.ts';
import type { ArticleFacts } from './types.ts';

/**
 * Extracts every fact from one article. Pure and deterministic: the same article always yields the same
 * facts, which is what lets the cache key them by the article's content hash.
 */
export function extractFacts(article: Article): ArticleFacts {
  const sentences = sentencesOf(article.id, article.paragraphs);
  // One entity index and one reading-order walk of the article serve quotations, figures and the entity list.
  const context = nameContextOf(article.paragraphs);
  const index = buildEntityIndex(article.paragraphs, context);
  const attributor = createAttributor(article, index, context);
  const quotes = extractQuotes(article, sentences, [], attributor);
  const figures = extractFigures(article, sentences, [], attributor);
  const entities = index.entities();
  const dates = extractDates(article, sentences);
  const events = extractEvents(article, sentences, dates, quotes);
  return { article: article.id, contentHash: article.contentHash, sentences, quotes, figures, dates, entities, events };
}
