import { readFileSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { commonWords, countryNames } from '../../scripts/build-english-words.ts';
import { isCountryName, isEnglishWord } from '../../src/answers/english.ts';

describe('the English word list', () => {
  it('is what the script writes from the installed compromise (rerun the script after upgrading it)', () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const file = JSON.parse(readFileSync('src/answers/english-words.json', 'utf8')) as string[];
    expect(file).toEqual(commonWords(lexicon));
    // Names the lexicon knows are left out.
    expect(file).not.toContain('london');
    expect(file).not.toContain('jane');
  });

  it('knows words in their inflected forms and chat contractions, and no names', () => {
    for (const w of ['negotiated', 'shorter', 'cities', 'planned', 'whats', 'didnt', 'analysts']) {
      expect(isEnglishWord(w), w).toBe(true);
    }
    // Plural compounds are words; surnames made of two short words are not ("Goldman", "Manchin").
    for (const w of ['airbases', 'wargames']) expect(isEnglishWord(w), w).toBe(true);
    for (const w of ['zelensky', 'peskov', 'jane', 'janes', 'london', 'kyiv', 'wordle', 'goldman', 'manchin']) {
      expect(isEnglishWord(w), w).toBe(false);
    }
  });

  it('holds the countries of the lexicon, as the script writes them', () => {
    const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
    const file = JSON.parse(readFileSync('src/answers/country-names.json', 'utf8')) as string[];
    expect(file).toEqual(countryNames(lexicon));
    for (const c of ['bulgaria', 'south korea', 'moldova']) expect(isCountryName(c), c).toBe(true);
    for (const w of ['bulgari', 'london', 'europe']) expect(isCountryName(w), w).toBe(false);
  });
});
