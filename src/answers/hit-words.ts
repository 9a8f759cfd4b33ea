/**
 * The words of a passage, read once per passage for the many tests a question puts to it: its tokens, its folded
 * text, and whether it uses a term or a word news uses for it.
 */

import { type Hit, processTerm, tokenize } from '../search/index.ts';
import { foldedWords } from './folded.ts';
import { relatedIn } from './ranking.ts';

/** Readers of a passage's words, each computed once per passage and kept for the question. */
export interface HitWords {
  /** The passage's tokens. */
  readonly tokens: (h: Hit) => string[];
  /** The passage's words, folded and spaced (" the us army said "). */
  readonly folded: (h: Hit) => string;
  /** Whether the passage uses the index term, or a word news uses for it. */
  readonly uses: (h: Hit, term: string) => boolean;
}

/** New readers, for one question. */
export function hitWords(): HitWords {
  const tokens = perHit((h) => tokenize(h.snippet));
  const folded = perHit((h) => foldedWords(h.snippet, tokens(h)));
  const termsOf = perHit((h): readonly string[] => tokens(h).flatMap((t) => processTerm(t) ?? []));
  return { tokens, folded, uses: (h, term) => relatedIn(termsOf(h), term) };
}

/** A reading of a passage computed at most once per passage (by its id). */
function perHit<V>(read: (h: Hit) => V): (h: Hit) => V {
  const seen = new Map<string, V>();
  return (h) => {
    let value = seen.get(h.id);
    if (value === undefined) {
      value = read(h);
      seen.set(h.id, value);
    }
    return value;
  };
}
