import nlp from 'compromise';

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

const verbCache = new Map<string, VerbSpan[]>();

/** Verbs of a sentence with their offsets and tense, memoised because every date of a sentence asks again. */
export function verbsOf(sentence: string): VerbSpan[] {
  const cached = verbCache.get(sentence);
  if (cached) return cached;
  const json = nlp(sentence).verbs().json({ offset: true }) as Array<{
    text: string;
    offset?: { start: number; length: number };
    verb?: { grammar?: { tense?: string; form?: string }; auxiliary?: string };
  }>;
  const spans: VerbSpan[] = [];
  for (const v of json) {
    if (!v.offset) continue;
    const grammar = v.verb?.grammar;
    const aux = (v.verb?.auxiliary ?? '').trim();
    let tense: Tense | null = null;
    if (grammar?.tense === 'FutureTense') tense = 'future';
    else if (grammar?.tense === 'PastTense') tense = 'past';
    else if (grammar?.tense === 'PresentTense' && (aux !== '' || grammar.form !== 'simple-present')) tense = 'present';
    spans.push({ start: v.offset.start, end: v.offset.start + v.offset.length, tense });
  }
  if (verbCache.size > 2000) verbCache.clear();
  verbCache.set(sentence, spans);
  return spans;
}

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
