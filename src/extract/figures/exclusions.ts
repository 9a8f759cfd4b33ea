/**
 * Numbers that are not figures: dates, years, clock times, ages, identifiers inside names ("SU-35",
 * "Allied Resolve-2022", "JSC 558"), compound modifiers ("10-day", "38-year-old"), and "one" when it counts
 * nothing ("one of the largest", "one of them", "one thing").
 */
import { wordSet } from '../language/index.ts';
import { FUNCTION_WORDS, isPluralNoun } from './nouns.ts';
import type { Quantity } from './quantities.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { possessorEnd, type UnitMatch } from './units.ts';

const MONTH =
  '(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)(?![a-z])\\.?';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DAY_LINK = '\\s*(?:-|\u2013|and|to|through|until|or)\\s*';
/** Dates, clock times, decades and street addresses, whose digits must never start a figure. */
const MASKS = [
  // "February 14 and 19", "Feb. 28, 2022", "January 2022"
  new RegExp(`\\b${MONTH}\\s+${DAY}(?:${DAY_LINK}${DAY})?(?:,?\\s+\\d{4})?\\b`, 'g'),
  new RegExp(`\\b${MONTH}\\s+\\d{4}\\b`, 'g'),
  // "28 February", "14-19 February 2022", "3rd of March"
  new RegExp(`\\b${DAY}(?:${DAY_LINK}${DAY})?\\s+(?:of\\s+)?${MONTH}(?:,?\\s+\\d{4})?`, 'g'),
  // "5pm", "10:30", "7 a.m.", "18:00 GMT"
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.m\.|p\.m\.|am\b|pm\b|GMT\b|UTC\b|BST\b|CET\b|EET\b|MSK\b|hrs\b|o['\u2019]clock)/gi,
  /\b\d{1,2}:\d{2}\b/g,
  // "1990s", "'90s", "2022/23", "24/7"
  /['\u2019]?\b\d{2,4}s\b/g,
  /\b\d+\/\d+\b/g,
  // Street addresses: "333 East 181st Street", "10 Downing Street", "1600 Pennsylvania Ave."
  /\b\d{1,5}\s+(?:(?:North|South|East|West)\s+)?(?:(?:[A-Z][\w'’]*|\d+(?:st|nd|rd|th))\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.|Lane|Drive|Place|Square)(?![\w])/g,
];

/** Character ranges of `text` (offsets shifted by `offset`) covered by dates, times and decades. */
export function maskedRanges(text: string, offset = 0): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  for (const re of MASKS) {
    for (const m of text.matchAll(re)) {
      const start = (m.index ?? 0) + offset;
      out.push([start, start + m[0].length]);
    }
  }
  return out;
}

/** Words that introduce an identifier, not a count ("flight 17", "phase 2", "No. 5"). */
const IDENTIFIER_WORDS = wordSet(
  'no number flight route phase stage chapter section article page room level version model platform gate terminal highway road resolution paragraph item unit line block building lot',
);

/** Bounds that, between a plural noun and a bare number, give an age ("children under 12"). */
const AGE_BOUNDS = new Set(['under', 'over', 'above', 'below', 'aged']);

/** Words before a number that make it an age. */
const AGE_WORDS = new Set(['aged', 'age', 'ages']);

/** Determiners before a year used as a modifier ("the 2019 election results"). */
const YEAR_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'last']);

/** Words before a bare number that make it a year ("in 2014", "since 2014"). */
function looksLikeYear(tokens: readonly Token[], q: Quantity, unit: UnitMatch): boolean {
  const t = tokens[q.numberStart];
  if (t?.kind !== 'number' || q.spelled || q.separated || q.currency) return false;
  // A bare year, or a range of years ("between 2014 and 2021").
  const yearLike = (v: number | null) => v !== null && Number.isInteger(v) && v >= 1000 && v <= 2100;
  if (!yearLike(q.low) || !yearLike(q.high)) return false;
  if (q.low === q.high && q.after !== q.numberStart + 1) return false;
  if (unit.kind === 'none' || unit.kind === 'time') return true;
  // "behind 2019 levels", "from 2000 onwards": counts of this size carry a separator in news copy ("2,000
  // troops"), so a bare four-digit number in the years' range is a year unless a hedge says it is a count.
  if (q.first === q.numberStart && q.low === q.high && (q.low ?? 0) >= 1900) return true;
  // "the 2019 election results", "Ukraine's 2014 revolution": a year used as a modifier. Counts this size
  // are written with a separator ("the 2,000 troops") in news copy.
  const prev = tokens[q.first - 1];
  return (
    q.first === q.numberStart &&
    q.low === q.high &&
    prev !== undefined &&
    (YEAR_DETERMINERS.has(prev.lower) || /['\u2019]s?$/.test(prev.text))
  );
}

/** Is the number part of a name or code: glued to letters ("SU-35", "MH17") or after a capitalised name word ("JSC 558")? */
function isIdentifier(tokens: readonly Token[], q: Quantity, unit: UnitMatch): boolean {
  const t = tokens[q.numberStart];
  if (!t || q.currency) return false;
  if (t.kind === 'number') {
    const prev = tokens[q.numberStart - 1];
    // Phone numbers and codes: numerals side by side ("0800 123 456") or with a leading zero.
    if (prev?.kind === 'number' || tokens[q.after]?.kind === 'number' || /^0\d/.test(t.text)) return true;
    // "SU-35", "#5"; a minus sign set off from the word before ("SPX, -1.10%") is a sign, not a joint.
    const joint = prev?.text === '-' && prev.glued;
    if (t.glued && prev && (prev.kind === 'word' || joint || prev.text === '#')) return true;
    if (prev && IDENTIFIER_WORDS.has(prev.lower.replace(/\.$/, ''))) return true;
    const possessive = prev !== undefined && /['\u2019]s?$/.test(prev.text);
    if (prev && q.first === q.numberStart && isCapitalised(prev) && !possessive && !FUNCTION_WORDS.has(prev.lower)) {
      return true;
    }
  }
  // A compound modifier: "10-day drills", "four-way talks"; but "100,000-strong" counts its noun.
  const last = tokens[q.after - 1];
  const next = tokens[q.after];
  const joined = tokens[q.after + 1];
  if (last && next?.glued && (next.text === '-' || next.text === '\u2010') && joined?.glued)
    return joined.lower !== 'strong' && unit.kind !== 'measure';
  return false;
}

/** Is the number an age: "aged 40", "a 38-year-old", "Dymchuk, 33, has…", "60 years old"? */
function isAge(tokens: readonly Token[], q: Quantity, unit: UnitMatch): boolean {
  if (unit.kind === 'age') return true;
  const prev = tokens[q.first - 1];
  if (prev && AGE_WORDS.has(prev.lower)) return true;
  // "children under 12", "people over 65": a bare bound right after the people it describes.
  const hedgeWord = tokens[q.first]?.lower ?? '';
  if (unit.kind === 'none' && AGE_BOUNDS.has(hedgeWord) && (isPluralNoun(prev) || prev?.lower === 'those')) return true;
  // An apposition holding only a number after a name.
  const next = tokens[q.after];
  return (
    unit.kind === 'none' &&
    prev?.text === ',' &&
    isCapitalised(tokens[q.first - 2]) &&
    (next?.text === ',' || next?.text === ')' || next === undefined) &&
    q.first === q.numberStart
  );
}

/** Why the quantity is not a figure, or null when it is one. */
export function notAFigure(tokens: readonly Token[], q: Quantity, unit: UnitMatch): string | null {
  if (unit.kind === 'time') return 'duration';
  if (unit.kind === 'reject') return 'part of a word';
  if (isAge(tokens, q, unit)) return 'age';
  if (looksLikeYear(tokens, q, unit)) return 'year';
  if (isIdentifier(tokens, q, unit)) return 'identifier';
  const t = tokens[q.numberStart];
  // "one of the largest firms", "one of them", "one thing": no count of anything. "one soldier", "one of his
  // brothers" are counts.
  if (q.spelled && t?.lower === 'one' && (q.low ?? q.high) === 1 && !countsOne(tokens, q, unit)) return 'one';
  // "Three Mile Island", "Seven Sisters": a capitalised number word inside a name.
  const prev = tokens[q.numberStart - 1];
  if (
    q.spelled &&
    t &&
    isCapitalised(t) &&
    isCapitalised(tokens[q.numberStart + 1]) &&
    prev &&
    /^\p{L}/u.test(prev.text)
  ) {
    return 'name';
  }
  return null;
}

/** Words before "one" that make it a pronoun. */
const PRONOUN_ONE = new Set(['no', 'the', 'any', 'every', 'each', 'which', 'this', 'that', 'someone', 'anyone']);

/** Nouns too vague to be counted by "one" ("one thing", "one way", "one day"). */
const VAGUE_NOUNS = wordSet(
  'thing things way ways day days time times point points side sides hand reason reasons question questions problem issue another other others more area areas goal part example kind type sort aspect factor step option exception instance case person place thing word hour minute',
);

/** Is "one …" a count of something: "one soldier", "one of his brothers", but not "one of the largest". */
function countsOne(tokens: readonly Token[], q: Quantity, unit: UnitMatch): boolean {
  if (unit.kind !== 'count' || unit.unit === null) return false;
  // "no one", "the one", "any one": a pronoun, not a count.
  if (PRONOUN_ONE.has(tokens[q.numberStart - 1]?.lower ?? '')) return false;
  const next = tokens[q.after];
  if (next?.lower === 'of') {
    const det = tokens[q.after + 1];
    // "one of the biggest", "one of the most …": a superlative picks one out, it does not count.
    const adj = tokens[q.after + 2];
    if (adj && (/est$/.test(adj.lower) || adj.lower === 'most' || adj.lower === 'few')) return false;
    return (
      det !== undefined &&
      (/^(?:his|her|their|its|our|my|your)$/.test(det.lower) || possessorEnd(tokens, q.after + 1) > q.after + 1)
    );
  }
  // "a one-off payment", "one goal": an idiom or a vague noun.
  if (next?.lower === 'off' || next?.text === '-') return false;
  return !VAGUE_NOUNS.has(next?.lower ?? '');
}
