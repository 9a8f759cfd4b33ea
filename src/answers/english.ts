/**
 * Ordinary English words, to tell a lower-case name in a question ("zelensky") from a word the articles happen not
 * to use ("negotiated", "shorter"). The list is compromise's lexicon less its names, written to a file by
 * `scripts/build-english-words.ts` so that answering never loads the NLP library.
 */
import { readFileSync } from 'node:fs';
import { dictionaryWords } from '../dictionary.ts';
import { wordsNear } from './names.ts';

let words: ReadonlySet<string> | null = null;
let countries: ReadonlySet<string> | null = null;

/**
 * Is the lower-case word in a large English word list (274,000 words, `word-list`)? Broader than {@link isEnglishWord}
 * ("haul", "jacked"), but it also holds some names in lower case ("russia", "musk"), so it only tells an ordinary word
 * at the edge of a lower-case run from a name.
 */
export { isDictionaryWord } from '../dictionary.ts';

/**
 * The words of the large list one edit from a misspelt word (two for a word of nine letters or more), with the same
 * first letter, closest first ("excercises": exercises). A scan of the list, for the rare word neither the articles
 * nor any list holds.
 */
export function dictionaryNeighbours(word: string): string[] {
  return wordsNear(word, dictionaryWords(), word.length >= 9 ? 2 : 1).map((n) => n.word);
}

function englishWords(): ReadonlySet<string> {
  words ??= new Set(JSON.parse(readFileSync(new URL('./english-words.json', import.meta.url), 'utf8')) as string[]);
  return words;
}

/**
 * Is the folded name a country ("bulgaria", "south korea")? From compromise's lexicon, written to a file by
 * `scripts/build-english-words.ts`; read once, when first asked.
 */
export function isCountryName(name: string): boolean {
  countries ??= new Set(JSON.parse(readFileSync(new URL('./country-names.json', import.meta.url), 'utf8')) as string[]);
  return countries.has(name);
}

/** Chat's contractions without the apostrophe ("whats", "didnt"): words, not names. */
const BARE_CONTRACTIONS = new Set(
  `whats hows whos wheres whens whys thats theres heres dont doesnt didnt isnt arent wasnt werent wont cant couldnt
  shouldnt wouldnt hasnt havent hadnt im ive youre theyre weve theyve lets`.split(/\s+/),
);

/** Endings of inflection, each with what the stem may have lost ("negotiated" → "negotiate", "cities" → "city"). */
const INFLECTIONS: ReadonlyArray<readonly [RegExp, readonly string[]]> = [
  [/ies$/, ['y']],
  [/ied$/, ['y']],
  [/(?:es|s)$/, ['', 'e']],
  [/(?:ed|d)$/, ['', 'e']],
  [/ing$/, ['', 'e']],
  [/(?:er|est)$/, ['', 'e']],
  [/ly$/, ['', 'le']],
];

/**
 * Is the lower-case word an ordinary English word, in any inflected form ("massed" from "mass" is not in the list,
 * but "amassed" would be read from "amass")? Names the lexicon knows ("jane", "london") are not.
 */
export function isEnglishWord(word: string): boolean {
  const list = englishWords();
  // "didn't", "what's": a contraction, written with its apostrophe or without.
  if (list.has(word) || BARE_CONTRACTIONS.has(word.replace(/['’]/g, ''))) return true;
  if (inflected(word, list)) return true;
  // A plural compound of two words ("airbases", "wargames"). Plural only: many surnames are two short words run
  // together ("Goldman", "Manchin"), but none ends in a plural noun.
  if (!/[^s]s$/.test(word)) return false;
  for (let i = 3; i <= word.length - 4; i++) {
    const rest = word.slice(i);
    if (list.has(word.slice(0, i)) && (list.has(rest) || inflected(rest, list))) return true;
  }
  return false;
}

/** Is the word an inflected form of a word of the list ("negotiated" of "negotiate")? */
function inflected(word: string, list: ReadonlySet<string>): boolean {
  for (const [ending, restore] of INFLECTIONS) {
    if (!ending.test(word)) continue;
    const stem = word.replace(ending, '');
    // A doubled consonant before the ending ("planned" → "plan").
    const undoubled = /([b-df-hj-np-tv-z])\1$/.test(stem) ? stem.slice(0, -1) : stem;
    for (const base of new Set([stem, undoubled])) {
      if (base.length >= 3 && restore.some((r) => list.has(base + r))) return true;
    }
  }
  return false;
}
