import { describe, expect, it } from 'vitest';
import { execAtEnd } from '../../src/extract/language/index.ts';

const WORD = /([\p{L}.]+)$/u;
const OPENER = /(,?)\s*(\p{L}+)$/u;

/** The groups of a match, which is what execAtEnd promises to keep. */
const groups = (m: RegExpExecArray | null) => (m ? [...m] : null);

describe('execAtEnd', () => {
  const filler = 'The minister said on Thursday that talks would go on. '.repeat(4);
  const cases = [
    '',
    'U.S',
    `${filler}in the U.S`,
    `${filler}Gen`,
    `${filler}2.5`,
    // A run of letters longer than the tail: the whole text decides.
    `${filler}${'a'.repeat(200)}`,
    `${filler}x.${'b.'.repeat(60)}c`,
    // A letter outside the basic plane cut in half by the tail.
    `${filler}${'𝐀'.repeat(40)}`,
    `${filler}, and`,
    `${filler} ,${' '.repeat(70)}but`,
    `${filler}${' '.repeat(80)}and`,
    `${filler}said,`,
  ];

  it.each(cases)('gives the groups the whole text gives: %j', (text) => {
    expect(groups(execAtEnd(WORD, text))).toEqual(groups(WORD.exec(text)));
    expect(groups(execAtEnd(OPENER, text))).toEqual(groups(OPENER.exec(text)));
  });

  it('reads a long run back past the tail', () => {
    const text = `${filler}${'z'.repeat(100)}`;
    expect(execAtEnd(WORD, text)?.[1]).toBe('z'.repeat(100));
  });

  it('finds no match when the text does not end with one', () => {
    expect(execAtEnd(WORD, `${filler}said,`)).toBeNull();
    expect(execAtEnd(OPENER, '42')).toBeNull();
  });
});
