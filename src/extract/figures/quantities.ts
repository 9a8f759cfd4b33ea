/**
 * Finds the number expressions of a sentence and their bounds: numerals and number words, scales
 * ("million", "bn", "k"), ranges ("8,000 to 14,000", "between 10 and 20"), hedges ("over", "up to",
 * "about") and vague quantities ("hundreds of", "a few thousand", "dozens").
 *
 * Bounds of vague quantities follow one convention: "few", "several", and the plural scales ("hundreds",
 * "thousands", "dozens") mean two to nine of the scale, so "a few thousand" is 2,000–9,000 and "a few dozen"
 * is 24–108.
 */

import { numberWordValue } from '../language/index.ts';
import { isPluralNoun } from './nouns.ts';
import { numeralValue, type Token } from './tokens.ts';

/** A number expression found in a token list, before its unit is known. */
export interface Quantity {
  /** Index of the first token of the phrase (the hedge when there is one). */
  readonly first: number;
  /** Index of the first token of the number itself. */
  readonly numberStart: number;
  /** Index one past the last token of the number expression (scale and range end included). */
  readonly after: number;
  readonly low: number | null;
  readonly high: number | null;
  readonly hedge: string | null;
  /** ISO currency code when a currency symbol precedes the number ("$170m"). */
  readonly currency: string | null;
  /** True for the plural scales ("hundreds", "thousands of"), whose counted noun follows "of". */
  readonly pluralScale: boolean;
  /** True when the number is written in words ("six", "a few thousand"). */
  readonly spelled: boolean;
  /** True when the numeral has thousands separators ("14,000"), which no year or identifier has. */
  readonly separated: boolean;
  /** True for a fraction ("half", "two-thirds"): the bounds are percentages and the unit is percent. */
  readonly fraction?: boolean;
  /** The unit a number carries in its own word ("quarter-percentage-point" → percentage points). */
  readonly unitHint?: string;
}

const SCALES: Record<string, number> = {
  dozen: 12,
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
};

/** Scales written glued to a numeral ("2bn", "5k"); "m" is a million only after a currency, else metres. */
const GLUED_SCALES: Record<string, number> = {
  k: 1_000,
  bn: 1_000_000_000,
  b: 1_000_000_000,
  mn: 1_000_000,
  tn: 1_000_000_000_000,
  trn: 1_000_000_000_000,
};

const CURRENCIES: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₽': 'RUB', '₴': 'UAH', '¥': 'JPY' };

/** The effect of a hedge on the bounds: `low` keeps only the lower bound, `high` only the upper one. */
type HedgeEffect = 'low' | 'high' | 'point';

/** Hedges before a number, longest first so "no more than" wins over "more than". */
const HEDGES: ReadonlyArray<readonly [string, HedgeEffect]> = (
  [
    ['more than', 'low'],
    ['over', 'low'],
    ['at least', 'low'],
    ['upwards of', 'low'],
    ['in excess of', 'low'],
    ['above', 'low'],
    ['no fewer than', 'low'],
    ['no less than', 'low'],
    ['well over', 'low'],
    ['just over', 'low'],
    ['greater than', 'low'],
    ['up to', 'high'],
    ['as many as', 'high'],
    ['as much as', 'high'],
    ['nearly', 'high'],
    ['almost', 'high'],
    ['under', 'high'],
    ['just under', 'high'],
    ['less than', 'high'],
    ['fewer than', 'high'],
    ['at most', 'high'],
    ['no more than', 'high'],
    ['not more than', 'high'],
    ['close to', 'high'],
    ['a little more than', 'low'],
    ['a little bit more than', 'low'],
    ['a bit more than', 'low'],
    ['slightly more than', 'low'],
    ['a little over', 'low'],
    ['a little less than', 'high'],
    ['slightly less than', 'high'],
    ['a little under', 'high'],
    ['as close as', 'high'],
    ['as few as', 'high'],
    ['as little as', 'high'],
    ['as high as', 'high'],
    ['as far as', 'high'],
    ['as low as', 'high'],
    ['as long as', 'high'],
    ['as large as', 'high'],
    ['as recently as', 'point'],
    ['about', 'point'],
    ['around', 'point'],
    ['roughly', 'point'],
    ['approximately', 'point'],
    ['some', 'point'],
    ['an estimated', 'point'],
    ['estimated', 'point'],
    ['circa', 'point'],
  ] as Array<[string, HedgeEffect]>
).sort((a, b) => b[0].split(' ').length - a[0].split(' ').length);
/** The hedges' words, split once. */
const HEDGE_WORDS: ReadonlyArray<readonly [readonly string[], HedgeEffect]> = HEDGES.map(([phrase, effect]) => [
  phrase.split(' '),
  effect,
]);

/** Words that name a vague count of a scale ("a few thousand", "several hundred"). */
const VAGUE_COUNTS = new Set(['few', 'several', 'couple']);

const RANGE_LINKS = new Set(['to', '-', '\u2013', '\u2014', 'or']);

interface Cardinal {
  readonly value: number;
  /** Index one past the last token. */
  readonly after: number;
  readonly spelled: boolean;
  readonly separated: boolean;
  /** The scale that ended the number, which a range's first number may share ("two to three million"). */
  readonly scale: number;
  /** Two-to-nine bounds for plural scales and "few"; null for an exact number. */
  readonly range: readonly [number, number] | null;
  readonly vagueWord: string | null;
}

function scaleOf(token: Token | undefined): number | undefined {
  return token && token.kind === 'word' ? SCALES[token.lower] : undefined;
}

function pluralScaleOf(token: Token | undefined): number | undefined {
  if (token?.kind !== 'word' || !token.lower.endsWith('s')) return undefined;
  return SCALES[token.lower.slice(0, -1)];
}

/** Does a counted plural follow at `k`, directly or after one modifier ("1.5m people", "2m Syrian refugees")? */
function countFollows(tokens: readonly Token[], k: number): boolean {
  return isPluralNoun(tokens[k]) || (tokens[k]?.kind === 'word' && isPluralNoun(tokens[k + 1]));
}

/** Parses the number that starts at token `i`, or returns null. `currency` allows a glued "m" as a million. */
function parseCardinal(tokens: readonly Token[], i: number, currency: boolean): Cardinal | null {
  const t = tokens[i];
  if (!t) return null;
  if (t.kind === 'number') {
    let value = numeralValue(t.text);
    let after = i + 1;
    let scale = 1;
    const next = tokens[after];
    const wordScale = scaleOf(next);
    const gluedScale = next?.glued
      ? (GLUED_SCALES[next.lower] ??
        (next.lower === 'm' && (currency || countFollows(tokens, after + 1)) ? 1e6 : undefined))
      : undefined;
    if (wordScale !== undefined && wordScale !== 12) {
      scale = wordScale;
      after++;
    } else if (gluedScale !== undefined) {
      scale = gluedScale;
      after++;
    }
    // "65.6 million" is 65,600,000, not 65,599,999.99999999.
    value = Number((value * scale).toPrecision(12));
    return { value, after, spelled: false, separated: t.text.includes(','), scale, range: null, vagueWord: null };
  }
  if (t.kind !== 'word') return null;
  const next = tokens[i + 1];
  // "a hundred", "a dozen", "a few thousand", "a couple of hundred", "a half dozen".
  if (t.lower === 'a' || t.lower === 'an') {
    if (next?.lower === 'half' && scaleOf(tokens[i + 2]) !== undefined) {
      const half = (scaleOf(tokens[i + 2]) as number) / 2;
      return { value: half, after: i + 3, spelled: true, separated: false, scale: 1, range: null, vagueWord: null };
    }
    const s = scaleOf(next);
    if (s !== undefined)
      return { value: s, after: i + 2, spelled: true, separated: false, scale: s, range: null, vagueWord: null };
    if (next && VAGUE_COUNTS.has(next.lower)) return parseVague(tokens, i + 1);
    return null;
  }
  if (VAGUE_COUNTS.has(t.lower)) return parseVague(tokens, i);
  const plural = pluralScaleOf(t);
  if (plural !== undefined) {
    // "tens of thousands", "hundreds of thousands", "thousands of", "dozens".
    let scale = plural;
    let after = i + 1;
    const ofNext = tokens[after];
    const inner = pluralScaleOf(tokens[after + 1]);
    if (ofNext?.lower === 'of' && inner !== undefined && inner > scale) {
      scale = plural * inner;
      after += 2;
    }
    return {
      value: 2 * scale,
      after,
      spelled: true,
      separated: false,
      scale,
      range: [2 * scale, 9 * scale],
      vagueWord: null,
    };
  }
  if (t.lower === 'tens') {
    const inner = tokens[i + 1]?.lower === 'of' ? pluralScaleOf(tokens[i + 2]) : undefined;
    if (inner === undefined) return null;
    const scale = 10 * inner;
    return {
      value: 2 * scale,
      after: i + 3,
      spelled: true,
      separated: false,
      scale,
      range: [2 * scale, 9 * scale],
      vagueWord: null,
    };
  }
  return parseWords(tokens, i);
}

/** "few thousand", "several hundred", "couple of dozen": two to nine of the scale. */
function parseVague(tokens: readonly Token[], i: number): Cardinal | null {
  const word = tokens[i]?.lower ?? '';
  let j = i + 1;
  if (word === 'couple' && tokens[j]?.lower === 'of') j++;
  const s = scaleOf(tokens[j]);
  // "a few drops": a few things, two to nine of them ("too few boats" counts nothing).
  if (s === undefined) {
    return word === 'few' && tokens[i - 1]?.lower === 'a' && isPluralNoun(tokens[j])
      ? { value: 2, after: j, spelled: true, separated: false, scale: 1, range: [2, 9], vagueWord: word }
      : null;
  }
  let scale = s;
  let after = j + 1;
  const bigger = scaleOf(tokens[after]);
  if (bigger !== undefined && bigger > scale) {
    scale *= bigger;
    after++;
  }
  const range: [number, number] = word === 'couple' ? [2 * scale, 2 * scale] : [2 * scale, 9 * scale];
  return { value: range[0], after, spelled: true, separated: false, scale, range, vagueWord: word };
}

/** Spelled cardinals: "six", "twenty-five", "two hundred and fifty", "three million", "two dozen". */
function parseWords(tokens: readonly Token[], i: number): Cardinal | null {
  let total = 0;
  let current = 0;
  let j = i;
  let seen = false;
  let lastScale = 1;
  while (j < tokens.length) {
    const t = tokens[j] as Token;
    if (t.kind !== 'word') break;
    const small = numberWordValue(t.text);
    const scale = SCALES[t.lower];
    if (small !== undefined) {
      current += small;
      seen = true;
    } else if (scale !== undefined && seen) {
      if (scale === 100) current = (current || 1) * 100;
      else {
        total += (current || 1) * scale;
        current = 0;
      }
      lastScale = scale;
    } else if (
      t.lower === 'and' &&
      seen &&
      lastScale === 100 &&
      numberWordValue(tokens[j + 1]?.text ?? '') !== undefined
    ) {
      // "two hundred and fifty"
    } else break;
    j++;
  }
  if (!seen) return null;
  return {
    value: total + current,
    after: j,
    spelled: true,
    separated: false,
    scale: lastScale,
    range: null,
    vagueWord: null,
  };
}

/** Fractions by their (singular or plural) word, as a share of one. */
const FRACTIONS: Readonly<Record<string, number>> = {
  half: 1 / 2,
  halves: 1 / 2,
  third: 1 / 3,
  thirds: 1 / 3,
  quarter: 1 / 4,
  quarters: 1 / 4,
  fifth: 1 / 5,
  fifths: 1 / 5,
  tenth: 1 / 10,
  tenths: 1 / 10,
};

/** Nouns after "half" that make it a time or a measure, not a share: "half an hour", "half-time". */
const NOT_SHARED = new Set(['an', 'a', 'hour', 'hours', 'day', 'time', 'century', 'decade', 'year', 'way', 'point']);

/** Words before "half" that make it a part of a period or a match ("the first half of 2023", "the back half"). */
const PERIOD_HALF = new Set(['first', 'second', 'back', 'front', 'latter', 'former', 'last', 'final', 'opening']);

/**
 * A fraction that starts at token `i`, as a percentage: "half of the rise", "almost half", "the other half",
 * "a third of", "two-thirds of", "three quarters of". A word such as "third" or "quarter" counts only with a
 * count before it and "of" after it ("the third day", "the first quarter" are not shares).
 */
function parseFraction(tokens: readonly Token[], i: number): { first: number; after: number; percent: number } | null {
  const t = tokens[i];
  if (t?.kind !== 'word') return null;
  const hyphen = /^([a-z]+)[-‐‑]([a-z]+)$/.exec(t.lower);
  if (hyphen) {
    const n = numberWordValue(hyphen[1] as string);
    const part = FRACTIONS[hyphen[2] as string];
    if (n !== undefined && part !== undefined && n >= 1 && n < 10) {
      return { first: i, after: i + 1, percent: percentOf(n * part) };
    }
    return null;
  }
  if (t.lower === 'half') {
    const next = tokens[i + 1];
    if (next && (NOT_SHARED.has(next.lower) || next.glued)) return null;
    if (PERIOD_HALF.has(tokens[i - 1]?.lower ?? '')) return null;
    // "a half dozen" is six, not a share.
    if (next && SCALES[next.lower] !== undefined) return null;
    const first = tokens[i - 1]?.lower === 'a' ? i - 1 : i;
    return { first, after: i + 1, percent: 50 };
  }
  // The fraction word and "of" first: they rule out almost every token before its count is read.
  const part = FRACTIONS[tokens[i + 1]?.lower ?? ''];
  if (part === undefined || part === 1 / 2 || tokens[i + 2]?.lower !== 'of') return null;
  const count = t.lower === 'a' || t.lower === 'an' ? 1 : numberWordValue(t.text);
  if (count !== undefined && count >= 1 && count < 10) {
    return { first: i, after: i + 2, percent: percentOf(count * part) };
  }
  return null;
}

/** A share of one as a percentage, to two decimals. */
function percentOf(share: number): number {
  return Math.round(share * 10000) / 100;
}

/**
 * A step in rates written as one word: "quarter-percentage-point" (0.25 percentage points),
 * "half-point", "two-percentage-point". Null for any other word.
 */
function parseRateStep(t: Token | undefined): { value: number; unit: string } | null {
  const m = t?.kind === 'word' ? /^([a-z]+)-(?:(percentage|basis)-)?points?$/.exec(t.lower) : null;
  if (!m) return null;
  const word = m[1] as string;
  const value = word === 'half' ? 0.5 : word === 'quarter' ? 0.25 : numberWordValue(word);
  if (value === undefined) return null;
  return { value, unit: m[2] === 'basis' ? 'basis points' : 'percentage points' };
}

/** Matches a hedge that ends just before token `i`; returns its first token index and words. */
function hedgeBefore(
  tokens: readonly Token[],
  i: number,
): { first: number; words: string; effect: HedgeEffect } | null {
  for (const [words, effect] of HEDGE_WORDS) {
    const from = i - words.length;
    if (from < 0) continue;
    if (words.every((w, k) => tokens[from + k]?.lower === w && tokens[from + k]?.kind === 'word')) {
      return {
        first: from,
        words: tokens
          .slice(from, i)
          .map((t) => t.text)
          .join(' '),
        effect,
      };
    }
  }
  return null;
}

/**
 * Finds every number expression in `tokens`. `blocked(i)` says a token may not start a number (it lies in a
 * date, for instance), so the caller decides what is masked.
 */
export function findQuantities(tokens: readonly Token[], blocked: (i: number) => boolean = () => false): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < tokens.length) {
    if (blocked(i)) {
      i++;
      continue;
    }
    const prev = tokens[i - 1];
    const currency =
      prev?.kind === 'punct' && CURRENCIES[prev.text] !== undefined ? (CURRENCIES[prev.text] as string) : null;
    const rate = currency ? null : parseRateStep(tokens[i]);
    if (rate) {
      const h = hedgeBefore(tokens, i);
      out.push({
        first: h ? h.first : i,
        numberStart: i,
        after: i + 1,
        low: h?.effect === 'high' ? null : rate.value,
        high: h?.effect === 'low' ? null : rate.value,
        hedge: h ? h.words.toLowerCase() : null,
        currency: null,
        pluralScale: false,
        spelled: true,
        separated: false,
        unitHint: rate.unit,
      });
      i++;
      continue;
    }
    const fraction = currency ? null : parseFraction(tokens, i);
    if (fraction) {
      const h = hedgeBefore(tokens, fraction.first);
      const value = fraction.percent;
      out.push({
        first: h ? h.first : fraction.first,
        numberStart: fraction.first,
        after: fraction.after,
        low: h?.effect === 'high' ? null : value,
        high: h?.effect === 'low' ? null : value,
        hedge: h ? h.words.toLowerCase() : null,
        currency: null,
        pluralScale: false,
        spelled: true,
        separated: false,
        fraction: true,
      });
      i = fraction.after;
      continue;
    }
    const first = parseCardinal(tokens, i, currency !== null);
    if (!first) {
      i++;
      continue;
    }
    const numberStart = currency ? i - 1 : i;
    let after = first.after;
    let low: number | null = first.range ? first.range[0] : first.value;
    let high: number | null = first.range ? first.range[1] : first.value;
    let separated = first.separated;
    // A range: "8,000 to 14,000", "8,000-14,000", "two or three", "between 10 and 20", "from 5 to 9".
    const link = tokens[after];
    const opener = tokens[numberStart - 1]?.lower;
    const isLink = link && (RANGE_LINKS.has(link.lower) || (opener === 'between' && link.lower === 'and'));
    if (isLink && !first.range && !blocked(after + 1)) {
      const linkCurrency =
        tokens[after + 1]?.kind === 'punct' && CURRENCIES[tokens[after + 1]?.text ?? ''] !== undefined;
      const second = parseCardinal(tokens, after + 1 + (linkCurrency ? 1 : 0), currency !== null);
      if (second && !second.range && second.spelled === first.spelled) {
        let a = first.value;
        // "two to three million": the first number shares the second's scale.
        if (first.scale === 1 && second.scale > 1 && a < second.scale) a *= second.scale;
        if (a < second.value) {
          low = a;
          high = second.value;
          after = second.after;
          separated ||= second.separated;
        }
      }
    }
    let start = numberStart;
    // "-1.10%": a minus sign glued to the number, not to a word before it ("SU-35" is a name).
    const sign = tokens[numberStart - 1];
    if (
      !currency &&
      sign &&
      (sign.text === '-' || sign.text === '\u2212') &&
      tokens[numberStart]?.glued &&
      !sign.glued &&
      tokens[numberStart]?.kind === 'number'
    ) {
      low = low === null ? null : -low;
      high = high === null ? null : -high;
      if (low !== null && high !== null && low > high) [low, high] = [high, low];
      start = numberStart - 1;
    }
    // "half a million"
    if (
      tokens[numberStart - 1]?.lower === 'half' &&
      (tokens[numberStart]?.lower === 'a' || tokens[numberStart]?.lower === 'an')
    ) {
      low = low === null ? null : low / 2;
      high = high === null ? null : high / 2;
      start = numberStart - 1;
    }
    let hedge: string | null = first.vagueWord;
    const h = hedgeBefore(tokens, start);
    if (h) {
      start = h.first;
      hedge = h.words.toLowerCase();
      if (h.effect === 'low') high = null;
      else if (h.effect === 'high') low = null;
    } else if ((opener === 'between' || opener === 'from') && low !== high) {
      start = numberStart - 1;
    }
    // "a dozen or so", "10 or so": an approximation written after the number.
    if (tokens[after]?.lower === 'or' && tokens[after + 1]?.lower === 'so' && hedge === null) {
      hedge = 'or so';
      after += 2;
    }
    // "100+ people": an open upper bound written as a glued plus sign.
    if (!h && tokens[after]?.text === '+' && tokens[after]?.glued && low === high) {
      high = null;
      hedge = '+';
      after++;
    }
    out.push({
      first: start,
      numberStart,
      after,
      low,
      high,
      hedge,
      currency,
      pluralScale: first.range !== null && first.vagueWord === null,
      spelled: first.spelled,
      separated,
    });
    i = after;
  }
  return out;
}
