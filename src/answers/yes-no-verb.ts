/**
 * The verb a yes/no question asks about: "did Musk end up joining the board" asks whether he joined, "is Putin
 * going to attend" whether he attends. compromise tags the question's words (loaded only for these questions); the
 * auxiliaries, the verbs that only frame the act (going to, end up, decide to, think) and the light verbs (let, take,
 * get) are passed over.
 */
import { createRequire } from 'node:module';
import type nlpType from 'compromise';

/**
 * compromise, loaded the first time a yes/no question needs it: answering anything else must not pay for the NLP
 * library (about half a second), which only extraction and these questions use.
 */
let loaded: typeof nlpType | undefined;
function nlp(text: string): ReturnType<typeof nlpType> {
  loaded ??= createRequire(import.meta.url)('compromise') as typeof nlpType;
  return loaded(text);
}

/** Verbs that frame the act asked about rather than name it: the next verb is the act. */
const FRAMING = new Set([
  'do',
  'be',
  'have',
  'will',
  'go',
  'end',
  'wind',
  'start',
  'begin',
  'try',
  'plan',
  'intend',
  'expect',
  'want',
  'think',
  'believe',
  'seem',
  'appear',
  'manage',
  'need',
  'let',
  'make',
  'get',
  'take',
  'actually',
]);

/** The second word of a phrasal verb, which compromise tags as part of the verb ("end up", "pull out"). */
const PARTICLES = new Set(['up', 'out', 'off', 'down', 'over', 'back', 'in', 'on', 'away']);

/** Words that open a clause set beside the question's own: its verbs are not the act asked about. */
const SUBORDINATORS = new Set(['before', 'after', 'since', 'until', 'because', 'while', 'once', 'unless']);

interface TaggedTerm {
  readonly text: string;
  readonly tags: readonly string[];
}

/**
 * The word of the act a yes/no question asks about, as typed ("joining", "attend", "stopped"), or null when it
 * names none past its framing verbs ("is it over?").
 */
export function yesNoVerb(question: string): string | null {
  const terms = (nlp(question).json() as { terms: TaggedTerm[] }[]).flatMap((s) => s.terms);
  for (const [i, term] of terms.entries()) {
    // "Is the us stock market open": a word inside a noun phrase after a country typed in lower case, which the
    // tagger reads as the pronoun "us", is no verb.
    if (/^(?:us|uk|eu)$/i.test(terms[i - 1]?.text ?? '') && /^(?:the|a|an)$/i.test(terms[i - 2]?.text ?? '')) continue;
    // "Was Zynga making money before it got bought": a clause of time or cause that follows is not what is asked.
    if (SUBORDINATORS.has(term.text.toLowerCase())) break;
    // "Is Washington worried about the drills": a state told by a participle, which compromise tags as an adjective.
    if (term.tags.includes('Adjective') && /^[a-z]{3,}ed$/i.test(term.text)) return term.text.toLowerCase();
    if (!term.tags.includes('Verb') || term.tags.includes('Auxiliary') || term.tags.includes('Modal')) continue;
    const word = term.text.toLowerCase().replace(/[^a-z-]/g, '');
    const base = (nlp(word).verbs().toInfinitive().text() || word).toLowerCase();
    if (!word || FRAMING.has(base) || PARTICLES.has(word)) continue;
    return word;
  }
  return null;
}
