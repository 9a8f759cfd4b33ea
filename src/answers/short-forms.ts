/**
 * Short forms the articles define in brackets after a name: a ticker ("Bed Bath & Beyond (BBBY)", "Apple
 * (NASDAQ: AAPL)") or an abbreviation whose letters are not the name's initials ("the Office for Budget
 * Responsibility (OBR)" is found by initials anyway; "Walgreens Boots Alliance (WBA)" is not). A question that types
 * the short form asks about the name, in every article that writes the name, not only in those that define it.
 */
import { fold, tokenize } from '../search/index.ts';
import { type AnswerContext, type Stepwise, stepwise } from './context.ts';

/** Articles read per step, so that a large archive's scan never holds up the event loop for long. */
const ARTICLES_STEP = 200;

/** "(BBBY)", "(NYSE: BBBY)", "(Nasdaq:AAPL)": a short form of two to six capitals (dots allowed), in brackets. */
const BRACKETED_SHORT = /\((?:(?:NYSE|NASDAQ|Nasdaq|LSE|TSX|OTC|AMEX)\s*:\s*)?(\p{Lu}[\p{Lu}.]{1,6})\)/gu;

/** Small words a name may hold between its capitalised words ("Bank of America", "Bed Bath & Beyond"). */
const JOINERS: ReadonlySet<string> = new Set(['&', 'of', 'and', 'de', 'for']);

/** Words that open a name in a sentence but are no part of it. */
const OPENERS: ReadonlySet<string> = new Set([
  'the',
  'The',
  'A',
  'An',
  'In',
  'At',
  'On',
  'By',
  'For',
  'And',
  'But',
  'Both',
  'Shares',
]);

/** Agencies credited in brackets after a dateline or a photo ("WASHINGTON (AP)", "Jane Doe (Reuters)"): no short form. */
const CREDITS: ReadonlySet<string> = new Set(['ap', 'afp', 'upi', 'cnn', 'bbc', 'epa', 'ani', 'pti', 'dpa']);

/** The capitalised name (at most six words) that ends right before `end` in `text`, or null when there is none. */
function nameBefore(text: string, end: number): string | null {
  const tokens = text.slice(0, end).trimEnd().split(/\s+/);
  const name: string[] = [];
  for (let i = tokens.length - 1; i >= 0 && name.length < 6; i--) {
    const t = tokens[i] as string;
    // A word that ends the sentence before ("on Monday."), not an abbreviation's point ("U.S."), ends the name.
    const endsSentence = /\p{Ll}{2,}[.!?]$/u.test(t);
    if (endsSentence) break;
    if (/^[\p{Lu}\d][\p{L}\d.'’-]*$/u.test(t) && !OPENERS.has(t)) name.unshift(t);
    else if (JOINERS.has(t) && name.length > 0) name.unshift(t);
    else break;
  }
  while (name.length > 0 && JOINERS.has(name[0] as string)) name.shift();
  return name.length > 0 ? name.join(' ') : null;
}

/**
 * The knowledge's bracketed short forms, folded ("bbby"), each with the names it stands for as a sentence's folded
 * words have them (`["bed", "bath", "beyond"]`), once per knowledge.
 */
export function definedShortForms(ctx: AnswerContext): ReadonlyMap<string, readonly (readonly string[])[]> {
  return definedShortFormsBuilder(ctx).value();
}

/** {@link definedShortForms}, to build step by step (see {@link stepwise}). */
export function definedShortFormsBuilder(
  ctx: AnswerContext,
): Stepwise<ReadonlyMap<string, readonly (readonly string[])[]>> {
  const whole = ctx.whole ?? ctx;
  return stepwise(whole, 'short-forms', function* () {
    const out = new Map<string, string[][]>();
    for (const [i, article] of whole.articles.entries()) {
      if (i % ARTICLES_STEP === ARTICLES_STEP - 1) yield;
      for (const { text } of article.paragraphs) {
        if (!text.includes('(')) continue;
        for (const m of text.matchAll(BRACKETED_SHORT)) {
          const name = nameBefore(text, m.index);
          const short = fold((m[1] as string).replace(/\./g, ''));
          // A dateline or credit is written in capitals ("ALBUQUERQUE, N.M. (AP)"); a company's name is not.
          if (!name || CREDITS.has(short) || name === name.toUpperCase()) continue;
          const words = tokenize(name).map((w) => fold(w));
          // "Apple (AAPL)" already meets its ticker by its own word; "Tesla (TSLA)" too when typed as the name.
          if (words.length === 0 || words.includes(short)) continue;
          const forms = out.get(short) ?? [];
          if (!forms.some((f) => f.join(' ') === words.join(' '))) forms.push(words);
          out.set(short, forms);
        }
      }
    }
    return out;
  });
}
