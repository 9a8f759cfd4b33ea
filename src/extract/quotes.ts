import type { Article } from '../knowledge/types.ts';
import type { Entity, Quote, Sentence } from './types.ts';

/** Finds every quotation in an article and attributes it to a speaker (or null, never a guess). */
export function extractQuotes(
  _article: Article,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): Quote[] {
  return [];
}
