import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dictionaryWords, inWordList, isDictionaryWord, packWordList } from '../src/dictionary.ts';

describe('the large word list', () => {
  it('holds ordinary words, and words the file has out of code-unit order', () => {
    expect(isDictionaryWord('haul')).toBe(true);
    expect(isDictionaryWord('jacked')).toBe(true);
    // The package's file has "manlily" before "manlihood": both must still be found.
    expect(isDictionaryWord('manlily')).toBe(true);
    expect(isDictionaryWord('manlihood')).toBe(true);
    expect(isDictionaryWord('qzxvy')).toBe(false);
    expect(isDictionaryWord('')).toBe(false);
  });

  it('yields every word once', () => {
    const words = [...dictionaryWords()];
    expect(words.length).toBeGreaterThan(270_000);
    expect(new Set(words).size).toBe(words.length);
  });
});

describe('a packed word list', () => {
  it('finds exactly its words, whatever their order', () => {
    const word = fc.stringMatching(/^[a-zé'-]{1,8}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 40 }), fc.array(word, { maxLength: 10 }), (listed, probes) => {
        const packed = packWordList(listed.join('\n'));
        for (const w of [...listed, ...probes]) expect(inWordList(packed, w)).toBe(listed.includes(w));
      }),
    );
  });

  it('reads a list with or without a final newline, and skips blank lines', () => {
    for (const raw of ['b\na\n\nc', 'b\na\n\nc\n']) {
      const packed = packWordList(raw);
      expect(['a', 'b', 'c'].every((w) => inWordList(packed, w))).toBe(true);
      expect(inWordList(packed, '')).toBe(false);
    }
  });
});
