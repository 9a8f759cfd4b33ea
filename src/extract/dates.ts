import type { Article } from '../knowledge/types.ts';
import type { DateMention, Sentence } from './types.ts';

/** Finds date mentions and resolves them against the article's date (undated articles keep relative dates unresolved). */
export function extractDates(_article: Article, _sentences: readonly Sentence[]): DateMention[] {
  return [];
}
