import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../src/answers/index.ts';
import { contextFor, expectVerbatim } from './seed.ts';

/** Option names each command reads. */
const OPTIONS: Record<keyof typeof ANSWERS, readonly string[]> = {
  drills: ['aspect'],
  quotes: ['speaker', 'topic'],
  estimates: ['subject'],
  search: ['question', 'limit'],
  sources: [],
  who: ['name'],
  timeline: [],
  brief: [],
  help: [],
};

/** Words from the seeds and beyond, so generated queries both hit and miss. */
const WORDS = [
  'Peskov',
  'troops',
  'Belarus',
  'drills',
  'Kyiv',
  'naval',
  'where',
  'the',
  'zzz',
  'Janes',
  'US',
  '30,000',
];

/** The seed knowledge, and six real articles of other shapes (Markdown with front matter, other outlets). */
const FOLDERS = ['knowledge', '../shared/eval/articles'];

describe.each(FOLDERS)('every answer on %s', (folder) => {
  it('cites only verbatim snippets and never throws, whatever the options', async () => {
    const ctx = await contextFor(folder);
    const value = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 4 }).map((w) => w.join(' ')),
      fc.integer({ min: -3, max: 40 }),
    );
    fc.assert(
      fc.property(
        fc.constantFrom(...(Object.keys(ANSWERS) as (keyof typeof ANSWERS)[])),
        fc.array(value, { maxLength: 2 }),
        (command, values) => {
          const options = Object.fromEntries(OPTIONS[command].map((o, i) => [o, values[i]]));
          const answer = ANSWERS[command](ctx, options);
          expect(answer.command).toBe(command);
          expectVerbatim(ctx, answer);
        },
      ),
      { numRuns: 300 },
    );
  });
});
