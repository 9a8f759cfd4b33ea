import nlp from 'compromise';
import { boundedMemo } from '../../memo.ts';

/** How a sentence speaks of a moment: already happened, happening, or still to come. */
export type Tense = 'past' | 'present' | 'future';

/**
 * Words that put what follows in the future even when the verb itself is a bare present or a participle
 * ("are scheduled to end", "due to meet", "the upcoming drills").
 */
const FUTURE_CUE =
  /\b(?:will|shall|won[’']t|(?:scheduled|due|expected|set|slated|planned|poised|going|about)\s+to|plans?\s+to|upcoming)\b|['’]ll\b/i;

/** Marks that end one clause and start another: a date after them belongs to a different verb. */
const CLAUSE_BREAK = /[;:—–(]|,\s|\s-\s/g;

/** A verb group of a sentence found by compromise, with its offsets. */
export interface VerbSpan {
  readonly start: number;
  readonly end: number;
  /** null for a bare simple present without auxiliary: compromise often tags plural nouns ("drills") so. */
  readonly tense: Tense | null;
}

/** What compromise's verb reading says of one verb group; only the fields the tense needs. */
interface VerbReading {
  verb?: { grammar?: { tense?: string; form?: string }; auxiliary?: string };
}

/** The tense of one verb reading of compromise. */
function tenseOfReading(reading: VerbReading | undefined): Tense | null {
  const grammar = reading?.verb?.grammar;
  const aux = (reading?.verb?.auxiliary ?? '').trim();
  if (grammar?.tense === 'FutureTense') return 'future';
  if (grammar?.tense === 'PastTense') return 'past';
  if (grammar?.tense === 'PresentTense' && (aux !== '' || grammar.form !== 'simple-present')) return 'present';
  return null;
}

/**
 * A verb span whose tense is read on first use. compromise's grammar reading of a verb (auxiliary, form,
 * conjugation) costs more than finding the verbs, and a date asks the tense of one or two verbs only, while
 * `events` asks none: reading it lazily, one verb at a time, gives the same tense for a fraction of the work.
 */
class LazyVerbSpan implements VerbSpan {
  #tense: Tense | null | undefined;
  /** Holds the sentence's parse until the tense is read; dropped then, so the cache keeps no parse it no longer needs. */
  #read: (() => Tense | null) | null;
  constructor(
    readonly start: number,
    readonly end: number,
    read: () => Tense | null,
  ) {
    this.#read = read;
  }
  get tense(): Tense | null {
    if (this.#tense === undefined) {
      this.#tense = this.#read?.() ?? null;
      this.#read = null;
    }
    return this.#tense;
  }
}

/**
 * The two calls made on compromise's verb groups, typed as the library runs them (its typings omit the
 * options and the index): `toView(null)` is the same groups as plain matches, whose JSON carries the offsets;
 * `json(options, i)` builds the verb reading of group `i` alone. Without `text` and `terms` neither copies
 * every term.
 */
interface VerbGroups {
  toView(pointer: null): { json(options: { offset: boolean; text: boolean; terms: boolean }): unknown };
  json(options: { text: boolean; terms: boolean }, n: number): unknown;
}

/**
 * Sentences whose verbs are kept. An unread span holds its sentence's parse, so the memo is kept small: the dates of
 * one sentence ask one after another, and sentences rarely recur across articles.
 */
const VERB_CACHE_SIZE = 256;

/** Verbs of a sentence with their offsets and tense, memoised because every date of a sentence asks again. */
export const verbsOf: (sentence: string) => VerbSpan[] = boundedMemo(VERB_CACHE_SIZE, (sentence: string) => {
  const verbs = nlp(sentence).verbs() as unknown as VerbGroups;
  const offsets = verbs.toView(null).json({ offset: true, text: false, terms: false }) as Array<{
    offset?: { start: number; length: number };
  }>;
  const spans: VerbSpan[] = [];
  offsets.forEach((v, i) => {
    if (!v.offset) return;
    const start = v.offset.start;
    const read = () => tenseOfReading((verbs.json({ text: false, terms: false }, i) as VerbReading[])[0]);
    spans.push(new LazyVerbSpan(start, start + v.offset.length, read));
  });
  return spans;
});

/** Start of the clause that contains `index`: just after the last clause break before it. */
function clauseStart(sentence: string, index: number): number {
  let start = 0;
  for (const m of sentence.matchAll(CLAUSE_BREAK)) {
    if (m.index >= index) break;
    start = m.index + m[0].length;
  }
  return start;
}

/**
 * The tense in which a sentence speaks of the phrase starting at `index`, from the verb that governs it: the
 * nearest verb before it in the same clause ("will end February 20", "announced Thursday"), else the first verb
 * after it ("On Thursday, the ministry said"). A future cue between that verb and the phrase wins ("are
 * scheduled to end on February 20"). Null when the sentence has no verb to tell.
 */
export function tenseAt(sentence: string, index: number): Tense | null {
  const verbs = verbsOf(sentence);
  // A clause with no verb of its own ("…, and south of Ukraine over the next 10 days") hangs on the one before.
  const clause = clauseStart(sentence, index);
  const from = verbs.some((v) => v.start >= clause && v.end <= index) ? clause : 0;
  const before = verbs.filter((v) => v.start >= from && v.end <= index);
  let governing: VerbSpan | undefined;
  for (let i = before.length - 1; i >= 0; i--) {
    const v = before[i] as VerbSpan;
    if (v.tense !== null) {
      governing = v;
      break;
    }
  }
  const window = sentence.slice(governing ? governing.start : from, index);
  if (FUTURE_CUE.test(window)) return 'future';
  if (governing) return governing.tense;
  if (before.length > 0) return 'present';
  const after = verbs.find((v) => v.start >= index && v.tense !== null);
  if (after) {
    return FUTURE_CUE.test(sentence.slice(after.start, after.end)) ? 'future' : after.tense;
  }
  return verbs.some((v) => v.start >= index) ? 'present' : null;
}
