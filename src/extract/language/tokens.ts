/**
 * Words and punctuation marks with their offsets, for reading names and speech clauses. Offsets let every name
 * be cut verbatim from the text it came from.
 */
import { ABBREVIATED_TITLES, ABBREVIATIONS_IN_TEXT } from './lexicon.ts';

/** A word or punctuation mark with its offsets in the text it was cut from. */
export interface Token {
  readonly text: string;
  readonly lower: string;
  readonly start: number;
  readonly end: number;
}

// Words keep inner apostrophes, hyphens and ampersands ("O'Shea", "Jean-Yves", "P&O", "AT&T").
const TOKEN = /(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['’&-][\p{L}\p{N}]+)*(?:['’]s)?|\S/gu;

/** Anything but printable ASCII (which is always in NFC). */
const NOT_PLAIN_ASCII = /[^ -~]/;

/**
 * Splits text into words and punctuation marks with offsets. Dotted acronyms ("U.S."), abbreviated titles
 * ("Gen.", "Jr.") and a middle initial ("Vladimir V. Putin") stay one token so that names are not cut at their
 * periods.
 */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = (m.index ?? 0) + offset;
    let word = m[0];
    const prev = out.at(-1);
    if (
      word === '.' &&
      prev &&
      prev.end === start &&
      (ABBREVIATED_TITLES.has(prev.lower) ||
        isInitial(prev, text, m.index ?? 0) ||
        isAbbreviation(prev, text, m.index ?? 0))
    ) {
      out[out.length - 1] = { text: `${prev.text}.`, lower: `${prev.lower}.`, start: prev.start, end: start + 1 };
      continue;
    }
    if (word.length === 0) continue;
    // ASCII is always in NFC: only other words need normalising (a slow call for every word).
    if (NOT_PLAIN_ASCII.test(word)) word = word.normalize('NFC');
    out.push({ text: word, lower: word.toLowerCase(), start, end: start + m[0].length });
  }
  return out;
}

/** A lone capital letter before a period and a capitalised word: a middle initial ("V. Putin"), not a sentence end. */
function isInitial(prev: Token, text: string, dot: number): boolean {
  return /^\p{Lu}$/u.test(prev.text) && /^\s+\p{Lu}/u.test(text.slice(dot + 1, dot + 4));
}

/** "Jan. 19", "No. 10", "Acme Inc. said": a known abbreviation whose period does not end the sentence here. */
function isAbbreviation(prev: Token, text: string, dot: number): boolean {
  return ABBREVIATIONS_IN_TEXT.has(prev.lower) && /^\s+[\p{Ll}\d]/u.test(text.slice(dot + 1, dot + 4));
}

/** Does the token start with an upper-case letter (or is it a dotted acronym)? */
export function isCapitalised(t: Token): boolean {
  // Most words start with a plain ASCII letter: its case is its code; only other first letters need the regex.
  const first = t.text.charCodeAt(0);
  if (first >= 65 && first <= 90) return true;
  if (first >= 97 && first <= 122) return false;
  return /^\p{Lu}/u.test(t.text);
}

/** Drops a possessive ending: "Ukraine’s" → "Ukraine". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}

/** Is the token a possessive ("Ryanair's", "Ukraine’s")? */
export function isPossessive(t: Token): boolean {
  return /\p{L}['’]s$/u.test(t.text);
}

/** Joins tokens back with single spaces, keeping punctuation tight ("Ukraine’s Defense Minister"). */
export function joinTokens(tokens: readonly Token[]): string {
  let out = '';
  let prevEnd = -1;
  for (const t of tokens) {
    if (out === '') out = t.text;
    else if (t.start === prevEnd || /^[,.;:)]/.test(t.text)) out += t.text;
    else out += ` ${t.text}`;
    prevEnd = t.end;
  }
  return out;
}
