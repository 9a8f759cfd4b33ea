/**
 * A small tokenizer for figure extraction. Figures need exact offsets (the cited phrase must be a verbatim
 * slice) and need to know which tokens touch ("46km", "$170m", "SU-35", "10-day"), which a word splitter
 * loses, so this keeps both.
 */

/** What a token is made of. */
export type TokenKind = 'number' | 'word' | 'punct';

/** One token of a sentence, with offsets into the text it came from. */
export interface Token {
  readonly text: string;
  /** Lower-case text, with curly apostrophes straightened, for lexicon look-ups. */
  readonly lower: string;
  readonly kind: TokenKind;
  readonly start: number;
  readonly end: number;
  /** True when no whitespace separates this token from the previous one. */
  readonly glued: boolean;
}

// Numerals keep their thousands separators and decimals ("100,000", "2.5"); words keep inner apostrophes and
// hyphens ("Ukraine's", "twenty-five", "four-way") so compounds can be recognised as one unit, and ampersands
// ("P&O") so a name stays one word.
const TOKEN = /\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|\p{L}+(?:['\u2019\-\u2010\u2011&]\p{L}+)*|\S/gu;

/** Splits text into {@link Token}s. */
export function tokenize(text: string, offset = 0): Token[] {
  const out: Token[] = [];
  let prevEnd = -1;
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = (m.index ?? 0) + offset;
    const kind: TokenKind = /^\d/.test(raw) ? 'number' : /^\p{L}/u.test(raw) ? 'word' : 'punct';
    out.push({
      text: raw,
      lower: raw.toLowerCase().replace(/\u2019/g, "'"),
      kind,
      start,
      end: start + raw.length,
      glued: prevEnd === start,
    });
    prevEnd = start + raw.length;
  }
  return out;
}

/** Does the word start with a capital letter? */
export function isCapitalised(token: Token | undefined): boolean {
  return token !== undefined && token.kind === 'word' && /^\p{Lu}/u.test(token.text);
}

/** Parses a numeral token ("100,000", "2.5") to a number. */
export function numeralValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}
