import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { READ_COMMANDS } from '../../src/answers/index.ts';
import { contextFor, expectVerbatim } from './seed.ts';

/** Each read command with the names of the options it offers (from the catalogue) plus `limit`, which some read. */
const COMMANDS = READ_COMMANDS.map((c) => ({
  name: c.spec.name,
  answer: c.answer,
  options: [...new Set([...c.spec.options.map((o) => o.name), 'limit'])],
}));

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
      fc.property(fc.constantFrom(...COMMANDS), fc.array(value, { maxLength: 3 }), (command, values) => {
        const options = Object.fromEntries(command.options.map((o, i) => [o, values[i]]));
        const answer = command.answer(ctx, options);
        expect(answer.command).toBe(command.name);
        expectVerbatim(ctx, answer);
      }),
      { numRuns: 300 },
    );
  });
});
