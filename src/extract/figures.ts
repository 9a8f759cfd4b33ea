import type { Article } from '../knowledge/types.ts';
import type { Entity, Figure, Sentence } from './types.ts';

/** Finds the quantities an article states, with bounds, unit, hedge, claimant and subject. */
export function extractFigures(
  _article: Article,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): Figure[] {
  return [];
}
