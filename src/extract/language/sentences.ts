import type { Sentence } from '../types.ts';
import { ABBREVIATED_TITLES } from './lexicon.ts';
import { execAtEnd } from './tail-match.ts';

/**
 * Abbreviations that end with a period but rarely end a sentence. Lower-case, without the final period. Titles
 * and ranks come first because news copy is full of them ("Gen. Valery Gerasimov"); the rest are rarer titles,
 * numbering, company suffixes, months and weekdays.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set([
  ...ABBREVIATED_TITLES,
  // Titles of two people at once ("Sens. Ann Corbel and Walter Dunmore").
  'sens',
  'reps',
  'cpt',
  'cmdr',
  'pres',
  'amb',
  'hon',
  'no',
  'vs',
  'etc',
  'approx',
  'est',
  'inc',
  'ltd',
  'co',
  'corp',
  'dept',
  'bros',
  'cos',
  'univ',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
  'sun',
  'e.g',
  'i.e',
  'fig',
  'ft',
  'mt',
]);

/**
 * The press's abbreviations of US states, as written after a city and a comma ("Westport, Conn., says"). Only there
 * are they read as abbreviations: alone, several are words ("Miss", "Wash", "Ill").
 */
const STATES_AFTER_CITY: ReadonlySet<string> = new Set(
  'Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo Mont Neb Nev Okla Ore Pa Tenn Tex Vt Va W.Va Wash Wis Wyo'.split(
    ' ',
  ),
);

/** Characters that may close a sentence after its terminal punctuation (quotes, brackets). */
const CLOSERS = new Set(['"', "'", '\u201D', '\u2019', ')', ']']);
/** Characters that may open a sentence before its first letter. */
const OPENERS = /["'\u201C\u201D\u2018\u2019([]/;

/** The run of letters and periods that ends the text before a period ("U.S", "Gen"). */
const WORD_AT_END = /([\p{L}.]+)$/u;

/** Is the period at `dot` part of an abbreviation, an initial ("U.S.", "J.") or a number ("2.5")? */
function isNonTerminalPeriod(text: string, dot: number): boolean {
  const before = text.slice(0, dot);
  const word = execAtEnd(WORD_AT_END, before)?.[1] ?? '';
  if (word === '') return /\d$/.test(before) && /^\d/.test(text.slice(dot + 1));
  const bare = word.toLowerCase().replace(/^\.+/, '');
  if (ABBREVIATIONS.has(bare)) return true;
  // "Westport, Conn., says", "Sen. Elizabeth Warren, D-Mass., said": a state after its city or a lawmaker's party,
  // where the sentence goes on (a comma or a small word next).
  if (
    STATES_AFTER_CITY.has(word) &&
    /(?:\p{Lu}[\p{L}.'-]*,\s+|\b[DRI]-)$/u.test(before.slice(0, -word.length)) &&
    /^(?:,|\s+\p{Ll})/u.test(text.slice(dot + 1))
  ) {
    return true;
  }
  // Single letters and dotted acronyms: "J.", "U.S.", "U.K." — an acronym ends a sentence only when a
  // sentence plainly starts next, which the caller checks separately.
  if (/^\p{Lu}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/**
 * Splits a paragraph into sentences, keeping exact character offsets so every sentence is a verbatim slice.
 *
 * Rule-based on purpose: a sentence ends at `.`, `!` or `?` (plus any closing quotes or brackets) followed by
 * whitespace and an upper-case letter, digit or opening quote — unless the period belongs to an abbreviation,
 * an initial or a number. A closing quote glued to the next sentence without a space ("Ukraine.”There") also
 * ends a sentence, because real copy contains that typo.
 */
export function splitSentences(text: string): Array<{ text: string; start: number; end: number }> {
  const out: Array<{ text: string; start: number; end: number }> = [];
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
    let end = i + 1;
    while (end < text.length && (CLOSERS.has(text[end] as string) || text[end] === '.')) end++;
    // "…later this year., Read: Why…", "…“We won.”, The same year…": two paragraphs run together by the source,
    // joined by a stray comma. (A period of an abbreviation before a comma, "U.S., Canada", ends nothing.)
    const closed = end > i + 1 ? CLOSERS.has(text[end - 1] as string) : !isNonTerminalPeriod(text, i);
    if (/^,\s+\S/.test(text.slice(end)) && closed) {
      pushTrimmed(out, text, start, end);
      start = end + 1;
      continue;
    }
    const rest = text.slice(end);
    const spaced = /^\s+/.exec(rest);
    const next = spaced ? rest.slice(spaced[0].length) : rest;
    const gluedQuote = !spaced && end > i + 1 && /^\p{Lu}/u.test(next);
    if (!spaced && !gluedQuote) continue;
    if (!/^(\p{Lu}|\d|["'\u201C\u201D\u2018\u2019([])/u.test(next) && next !== '') continue;
    if (ch === '.' && end === i + 1 && isNonTerminalPeriod(text, i)) {
      // "U.S. officials" continues; "…in the U.S. The next…" is ambiguous, and we keep it together
      // rather than cut a name in half.
      continue;
    }
    // A glued closing quote belongs to the next sentence when it actually opens it ("Ukraine.”There").
    let cut = end;
    if (gluedQuote) {
      cut = end - 1;
      while (cut > i + 1 && !OPENERS.test(text[cut] as string)) cut--;
      if (cut <= i) cut = end;
    }
    pushTrimmed(out, text, start, cut);
    start = cut;
  }
  pushTrimmed(out, text, start, text.length);
  return out;
}

function pushTrimmed(out: Array<{ text: string; start: number; end: number }>, text: string, from: number, to: number) {
  let s = from;
  let e = to;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}

/** Splits every paragraph of an article into {@link Sentence}s. */
export function sentencesOf(article: string, paragraphs: ReadonlyArray<{ number: number; text: string }>): Sentence[] {
  const out: Sentence[] = [];
  for (const p of paragraphs) {
    splitSentences(p.text).forEach((s, index) => {
      out.push({ article, paragraph: p.number, index, ...s });
    });
  }
  return out;
}
