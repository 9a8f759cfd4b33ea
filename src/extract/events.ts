import type { Article } from '../knowledge/types.ts';
import type { DateMention, EventFact, Quote, Sentence } from './types.ts';

/** Finds facts about events such as military exercises: names, dates, duration, purpose, places, forces. */
export function extractEvents(
  _article: Article,
  _sentences: readonly Sentence[],
  _dates: readonly DateMention[],
  _quotes: readonly Quote[],
): EventFact[] {
  return [];
}
