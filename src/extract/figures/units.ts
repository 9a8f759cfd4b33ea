/**
 * The thing a number counts. The unit is the head noun of the noun phrase after the number ("30,000 combat
 * troops" → troops, "Six Russian warships" → warships), or a percent, currency or measure, normalised to
 * a plural noun phrase so figures compare across articles.
 */

import { mayBeNoun, numberWordValue } from '../language/index.ts';
import { FUNCTION_WORDS, isPluralNoun } from './nouns.ts';
import type { Quantity } from './quantities.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** What kind of quantity a unit makes; `time` and `age` are not figures at all. */
export type UnitKind = 'count' | 'percent' | 'money' | 'measure' | 'time' | 'age' | 'none' | 'reject';

/** The unit found after a number. */
export interface UnitMatch {
  readonly unit: string | null;
  readonly kind: UnitKind;
  /** Index one past the last token of the unit phrase (the number's end when there is no unit). */
  readonly after: number;
}

/** Measures, with the normal form used as unit. */
const MEASURES: Record<string, string> = {
  mile: 'miles',
  miles: 'miles',
  mi: 'miles',
  km: 'km',
  kms: 'km',
  kilometre: 'km',
  kilometres: 'km',
  kilometer: 'km',
  kilometers: 'km',
  m: 'metres',
  metre: 'metres',
  metres: 'metres',
  meter: 'metres',
  meters: 'metres',
  ft: 'feet',
  feet: 'feet',
  foot: 'feet',
  yards: 'yards',
  kg: 'kg',
  kilograms: 'kg',
  kilogrammes: 'kg',
  tonnes: 'tonnes',
  tons: 'tons',
  lb: 'pounds',
  lbs: 'pounds',
  mph: 'mph',
  kph: 'km/h',
  hectares: 'hectares',
  acres: 'acres',
  barrels: 'barrels',
  bcm: 'bcm',
  mw: 'MW',
  gw: 'GW',
  'basis-point': 'basis points',
  'basis-points': 'basis points',
  bps: 'basis points',
  'percentage-point': 'percentage points',
  'percentage-points': 'percentage points',
};

/** Currency words after a number ("500 million dollars"). */
const CURRENCY_WORDS: Record<string, string> = {
  dollars: 'USD',
  euros: 'EUR',
  roubles: 'RUB',
  rubles: 'RUB',
  hryvnias: 'UAH',
  hryvnia: 'UAH',
  sterling: 'GBP',
  yuan: 'CNY',
};

/** Nouns of time: a number of them is a duration (or, with "old", an age), never a figure. */
const TIME_NOUNS = new Set([
  'second',
  'seconds',
  'minute',
  'minutes',
  'hour',
  'hours',
  'day',
  'days',
  'night',
  'nights',
  'week',
  'weeks',
  'weekend',
  'weekends',
  'fortnight',
  'fortnights',
  'month',
  'months',
  'year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'generations',
]);

/** Words after "N times" that make it a multiplier ("three times as large"), not a count of occasions. */
const MULTIPLIER_NEXT = new Set([
  'as',
  'more',
  'less',
  'higher',
  'lower',
  'larger',
  'bigger',
  'greater',
  'faster',
  'slower',
  'the',
  'that',
  'than',
  'over',
  'what',
  'its',
  'their',
]);

/** Is the word a noun of time ("days", "years", "times")? A count of them is a duration, not a figure. */
export function isTimeNoun(t: Token | undefined): boolean {
  return t !== undefined && TIME_NOUNS.has(t.lower);
}

/** Multi-word units whose modifiers are part of the term ("battalion tactical groups"). */
const COMPOUND_UNITS = [
  'percentage points',
  'basis points',
  'battalion tactical groups',
  'tactical groups',
  'air defense systems',
  'air defence systems',
  'fighter jets',
  'armoured vehicles',
  'armored vehicles',
  'service members',
  'special forces',
  'cruise missiles',
  'ballistic missiles',
];

/** Capitalised plurals naming a people ("Belarusians", "Americans"), which count people. */
const DEMONYM = /^\p{Lu}\p{L}+(?:ians|ans|ers|ites|is)$/u;
const DEMONYM_WORDS = new Set(['britons', 'poles', 'swedes', 'danes', 'finns', 'scots', 'turks', 'kazakhs', 'czechs']);

/** Determiners allowed after "of" in a partitive ("70% of the components", "hundreds of the…"). */
const PARTITIVE_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'these', 'those', 'my', 'your']);

function isDemonym(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'word' && (DEMONYM.test(t.text) || DEMONYM_WORDS.has(t.lower));
}

/** Function words that still modify a count ("5,000 more troops"). */
const COUNT_MODIFIERS = new Set(['more', 'other', 'fewer', 'additional', 'extra', 'new']);

/** May the token sit between a number and its head noun ("Russian", "combat", "deputy defense")? */
function isModifier(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  // Acronyms ("US", "IT") are names even when they spell a function word.
  if (/^\p{Lu}{2,}$/u.test(t.text)) return true;
  // "5,000 more troops", "2,000 other workers".
  if (COUNT_MODIFIERS.has(t.lower)) return true;
  return !FUNCTION_WORDS.has(t.lower) && !TIME_NOUNS.has(t.lower);
}

function compoundUnit(modifiers: readonly Token[], head: Token): string {
  const phrase = [...modifiers.map((m) => m.lower), head.lower].join(' ');
  for (const c of COMPOUND_UNITS) if (phrase.endsWith(c)) return c;
  // Acronym plurals keep their capitals ("NLAWs", "BTGs").
  return /^\p{Lu}{2,}s$/u.test(head.text) ? head.text : head.lower;
}

const MAX_MODIFIERS = 4;

/** The noun phrase head starting at token `j`: up to four modifiers and a plural noun. */
function headFrom(tokens: readonly Token[], j: number): UnitMatch | null {
  const modifiers: Token[] = [];
  for (let k = j; k < tokens.length && modifiers.length <= MAX_MODIFIERS; k++) {
    const t = tokens[k] as Token;
    // "six 25-basis-point increases": a number compound modifies the head like an adjective.
    if (t.kind === 'number' && tokens[k + 1]?.text === '-' && tokens[k + 1]?.glued && tokens[k + 2]?.glued) {
      k += 2;
      continue;
    }
    if (t.kind !== 'word') return null;
    if (TIME_NOUNS.has(t.lower)) {
      const old = tokens[k + 1]?.lower === 'old';
      return { unit: t.lower, kind: old ? 'age' : 'time', after: old ? k + 2 : k + 1 };
    }
    const measure = MEASURES[t.lower];
    if (measure && modifiers.length === 0 && t.lower.length > 1)
      return { unit: measure, kind: 'measure', after: k + 1 };
    // "20,000 square kilometres"
    if (measure && modifiers.length === 1 && modifiers[0]?.lower === 'square')
      return { unit: `square ${measure}`, kind: 'measure', after: k + 1 };
    const currency = CURRENCY_WORDS[t.lower];
    if (currency && modifiers.length === 0) return { unit: currency, kind: 'money', after: k + 1 };
    // "raise rates three or four times": occasions counted; "three times as large": a multiplier, no figure.
    if (t.lower === 'times' && modifiers.length === 0) {
      const next = tokens[k + 1];
      if (next && MULTIPLIER_NEXT.has(next.lower)) return { unit: null, kind: 'reject', after: k + 1 };
      return { unit: 'times', kind: 'count', after: k + 1 };
    }
    if (isPluralNoun(t)) return withCoordination(tokens, k, compoundUnit(modifiers, t));
    if (isDemonym(t)) return { unit: 'people', kind: 'count', after: k + 1 };
    if (!isModifier(t)) return null;
    modifiers.push(t);
  }
  return null;
}

/** "298 passengers and crew": a second plural noun joined by "and" belongs to the unit, unless it has its own number. */
function withCoordination(tokens: readonly Token[], head: number, unit: string): UnitMatch {
  const and = tokens[head + 1];
  const second = tokens[head + 2];
  if (and?.lower === 'and' && isPluralNoun(second) && tokens[head + 3]?.kind !== 'number') {
    return { unit: `${unit} and ${second?.lower}`, kind: 'count', after: head + 3 };
  }
  return { unit, kind: 'count', after: head + 1 };
}

/** Finds the unit of quantity `q`: what follows the number, or what its currency says. */
export function unitAfter(tokens: readonly Token[], q: Quantity): UnitMatch {
  const j = q.after;
  const next = tokens[j];
  if (q.currency) return { unit: q.currency, kind: 'money', after: j };
  if (!next) return { unit: null, kind: 'none', after: j };
  if (next.text === '%') return { unit: 'percent', kind: 'percent', after: j + 1 };
  if (next.lower === 'percent' || next.lower === 'pc') return { unit: 'percent', kind: 'percent', after: j + 1 };
  if (next.lower === 'per' && tokens[j + 1]?.lower === 'cent')
    return { unit: 'percent', kind: 'percent', after: j + 2 };
  // "a 100,000-strong army": the compound counts the noun it modifies.
  if (next.text === '-' && tokens[j + 1]?.lower === 'strong' && tokens[j + 1]?.glued) {
    const collective = collectiveUnit(tokens[j + 2]);
    if (collective) return { unit: collective, kind: 'count', after: j + 3 };
    return headFrom(tokens, j + 2) ?? { unit: null, kind: 'none', after: j + 2 };
  }
  // "the 764-mile pipeline", "a 30-km drive": a measure written as a compound modifier.
  if ((next.text === '-' || next.text === '\u2010') && next.glued && tokens[j + 1]?.glued) {
    const measure = MEASURES[tokens[j + 1]?.lower ?? ''];
    if (measure) return { unit: measure, kind: 'measure', after: j + 2 };
  }
  if (next.glued && next.kind === 'word') {
    // "46km", "5mph", "50p"; anything else glued ("20th", "1990s", "4G") makes the number part of another word.
    if (next.lower === 'p' && !q.spelled) return { unit: 'pence', kind: 'money', after: j + 1 };
    const measure = MEASURES[next.lower];
    return measure ? { unit: measure, kind: 'measure', after: j + 1 } : { unit: null, kind: 'reject', after: j };
  }
  if (next.lower === 'of') {
    let k = j + 1;
    const det = tokens[k];
    const owner = possessorEnd(tokens, k);
    if (owner > k) k = owner;
    else if (det && PARTITIVE_DETERMINERS.has(det.lower)) k++;
    // "five of nine members": the head follows the second number.
    else if (det?.kind === 'number' || numberWordValue(det?.text ?? '') !== undefined) k++;
    else if (!q.pluralScale) return { unit: null, kind: 'none', after: j };
    return headFrom(tokens, k) ?? { unit: null, kind: 'none', after: j };
  }
  const head = headFrom(tokens, j);
  if (head) return head;
  // "one photon", "one soldier": a single thing is counted in the singular.
  if (q.low === 1 && q.high === 1 && q.spelled) {
    const single = singularHead(tokens, j);
    if (single) return single;
  }
  return { unit: null, kind: 'none', after: j };
}

/** End of a possessor written after "of" ("of Dr. Pope's brothers" → after "Pope's"), or `k` when there is none. */
export function possessorEnd(tokens: readonly Token[], k: number): number {
  for (let i = k; i < Math.min(tokens.length, k + 4); i++) {
    const t = tokens[i] as Token;
    if (/['\u2019]s$/.test(t.lower)) return i + 1;
    if (!isCapitalised(t) && t.text !== '.' && !(i === k && t.lower === 'the')) return k;
  }
  return k;
}

/**
 * The singular noun a "one" counts, as a plural unit ("one photon" → photons, "one hedge fund" → funds): the last
 * of up to three nouns after it, stopping at a word that cannot be a noun ("no one knew", "one left").
 */
function singularHead(tokens: readonly Token[], j: number): UnitMatch | null {
  let head: Token | null = null;
  let after = j;
  for (let k = j; k < Math.min(tokens.length, j + 3); k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word' || FUNCTION_WORDS.has(t.lower) || isCapitalised(t)) break;
    if (TIME_NOUNS.has(t.lower)) return { unit: t.lower, kind: 'time', after: k + 1 };
    if (!/^\p{Ll}[\p{Ll}-]+$/u.test(t.text) || /(?:ly|ing|ed)$/.test(t.lower) || !mayBeNoun(t.lower)) break;
    head = t;
    after = k + 1;
  }
  return head ? { unit: pluralOf(head.lower), kind: 'count', after } : null;
}

const IRREGULAR: Readonly<Record<string, string>> = { person: 'people', man: 'men', woman: 'women', child: 'children' };

/** The plural of a count noun ("photon" → photons, "company" → companies). */
export function pluralOf(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun] as string;
  if (/[^aeiou]y$/.test(noun)) return `${noun.slice(0, -1)}ies`;
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** Collective nouns whose number counts members: "a crowd of 45,000", "the death toll rose to 35". */
const COLLECTIVES: Record<string, string> = {
  toll: 'deaths',
  crowd: 'people',
  crowds: 'people',
  population: 'people',
  force: 'troops',
  army: 'troops',
  contingent: 'troops',
  garrison: 'troops',
  workforce: 'employees',
  headcount: 'employees',
  count: 'people',
  tally: 'people',
};

/** Places whose number, right after "of", is their population: "a city of 430,000", "a nation of 44 million". */
const POPULATED = new Set(['city', 'town', 'village', 'country', 'nation', 'region', 'province', 'island']);

/**
 * The unit a collective noun counts ("crowd" → people), or undefined. `directOf` says the noun is followed
 * by "of" and the number, the only position where a place counts its people.
 */
export function collectiveUnit(t: Token | undefined, directOf = false): string | undefined {
  if (t?.kind !== 'word' || isCapitalised(t)) return undefined;
  if (directOf && POPULATED.has(t.lower)) return 'people';
  return COLLECTIVES[t.lower];
}

/** Words for military personnel that estimates use interchangeably; they compare as "troops". */
const TROOP_SYNONYMS = new Set([
  'forces',
  'soldiers',
  'servicemen',
  'service members',
  'servicemembers',
  'personnel',
  'combat troops',
]);

/** The canonical form of a unit for comparing estimates: synonyms of troops become "troops". */
export function canonicalUnit(unit: string): string {
  return TROOP_SYNONYMS.has(unit) ? 'troops' : unit;
}

/**
 * What a share is of: "70% of the military personnel" → "percent of personnel". Returns the unit itself when
 * it is not a percent or names nothing after "of".
 */
export function shareUnit(tokens: readonly Token[], match: UnitMatch): string | null {
  if (match.kind !== 'percent' || tokens[match.after]?.lower !== 'of') return match.unit;
  let k = match.after + 1;
  if (PARTITIVE_DETERMINERS.has(tokens[k]?.lower ?? '')) k++;
  const head = headFrom(tokens, k);
  return head && head.kind === 'count' ? `percent of ${canonicalUnit(head.unit ?? '')}` : match.unit;
}

const MEASURE_UNITS = new Set(Object.values(MEASURES));

/** Is the unit a count of things (not a percent, a measure or a currency code)? */
export function isCountUnit(unit: string): boolean {
  return (
    unit !== 'percent' &&
    !MEASURE_UNITS.has(unit) &&
    !Object.values(CURRENCY_WORDS).includes(unit) &&
    !/^[A-Z]{3}$/.test(unit)
  );
}
