import type { Article } from '../knowledge/types.ts';
import type { Quantity } from './figure-numbers.ts';
import type { Token } from './figure-tokens.ts';
import type { Entity, Sentence } from './types.ts';

/** Who states a figure, and whether the figure is itself the source ("according to two US officials"). */
export interface Claim {
  readonly name: string | null;
  readonly isSource: boolean;
}

/** Builds the claimant look-up for one article. */
export function claimantResolver(
  _article: Article,
  _sentences: readonly Sentence[],
  _entities: readonly Entity[],
): (sentence: Sentence, start: number, end: number, tokens: readonly Token[], q: Quantity) => Claim {
  return () => ({ name: null, isSource: false });
}
