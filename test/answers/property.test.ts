import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ANSWERS } from '../../src/answers/index.ts';
import { expectVerbatim, seedContext } from './seed.ts';

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

describe('every answer', () => {
  it('cites only verbatim snippets and never throws, whatever the options', async () => {
    const ctx = await seedContext();
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
