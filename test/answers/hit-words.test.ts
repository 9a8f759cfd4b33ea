import { describe, expect, it } from 'vitest';
import { hitWords } from '../../src/answers/hit-words.ts';
import type { Hit } from '../../src/search/index.ts';
import { processTerm } from '../../src/search/index.ts';

/** A sentence hit with only what the readers use. */
function hit(id: string, snippet: string): Hit {
  return { id, snippet, article: 'a', paragraph: 1, kind: 'sentence', speakers: [], score: 1 } as unknown as Hit;
}

describe("a passage's words", () => {
  it('are folded and read as terms, with the words news uses for a term', () => {
    const words = hitWords();
    const h = hit('a#1', 'The U.S. Army cut 3,000 jobs.');
    expect(words.folded(h)).toContain(' army ');
    expect(words.uses(h, processTerm('cut') as string)).toBe(true);
    // "Cut" jobs are jobs lost.
    expect(words.uses(h, processTerm('lose') as string)).toBe(true);
    expect(words.uses(h, processTerm('hired') as string)).toBe(false);
  });

  it('are read once per passage, by its id', () => {
    const words = hitWords();
    const first = words.tokens(hit('a#2', 'Prices rose.'));
    // The same id is the same passage: its reading is kept, not read again.
    expect(words.tokens(hit('a#2', 'Something else entirely.'))).toBe(first);
    expect(words.tokens(hit('a#3', 'Something else entirely.'))).not.toBe(first);
  });
});
