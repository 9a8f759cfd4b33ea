/**
 * The verb a "who" or "how many" asks about, which the passage that answers must use, or a word news uses for it
 * ("helm" for "run", "up 22%" for a rise, the sum for a cost); with none, the best passage answers alone only when it
 * holds most of the rest of the question.
 */

import { type Hit, processTerm } from '../search/index.ts';
import { asksWhoWon, isDecision, tellsConverse, tellsDecision } from './asked-facts.ts';
import { COVER_CANDIDATES, type Gated, verbOf } from './candidates.ts';
import { foldedWords } from './folded.ts';
import type { Question } from './question.ts';
import { countsNear, DISTANCE, MONEY, type RankingWeights } from './ranking.ts';
import { synonymsOf } from './synonyms.ts';

/** What the verb gate reads. */
export interface VerbAsked<T extends { hit: Hit; score: number }> {
  /** The question as read. */
  readonly question: Question;
  /** The question as typed. */
  readonly text: string;
  /** The verb asked about, as an index term. */
  readonly verb: string;
  /** The passages that answer so far, best first. */
  readonly answering: readonly T[];
  /** Whether a sum of money is asked. */
  readonly money: boolean;
  /** Whether a passage's paragraph names a person the question does not. */
  readonly namesNewPerson: (h: Hit) => boolean;
  /** The same, or a body for a "which" question. */
  readonly namesNewActor: (h: Hit) => boolean;
  /** Whether a passage's paragraph uses a term, or a word for it. */
  readonly passageUses: (h: Hit, term: string) => boolean;
  /** Whether the passage itself uses a term, or a word for it. */
  readonly uses: (h: Hit, term: string) => boolean;
  /** The ranking weights (how much of the rest a passage without the verb must hold). */
  readonly weights: RankingWeights;
}

/** The passages that tell the verb asked, in order, or the reason none does. */
export function answeringWithVerb<T extends { hit: Hit; score: number }>(asked: VerbAsked<T>): Gated<T> {
  const { question, text, verb, money, namesNewPerson, namesNewActor, passageUses, uses, weights } = asked;
  let answering = [...asked.answering];
  const asksDistance = /\bhow (?:far|close|near)\b/i.test(text);
  // Who took a decision is told by its verb in the past, announced or refused ("bought", "will buy"), not by a
  // noun that shares its word ("global sales" for "who bought").
  // Not "who won": the passage on the contest asked, before its outcome, is read below as still awaiting it.
  const told = (h: Hit) =>
    question.type !== 'who' ||
    !isDecision(verb) ||
    asksWhoWon(text) ||
    tellsDecision(h.snippet, verb) ||
    tellsConverse(verb, h.snippet);
  // "How much will it cost", "how much did Tesla net": a verb that only says the figure is money is told by the
  // sum whatever the verb ("will go from $12.99 to $14.99", "made a $3.3 billion profit").
  const pricedBy = (h: Hit) => money && MONEY_VERB_TERMS.has(verb) && MONEY.test(h.snippet);
  // "How many charges did the SEC bring": a verb that says nothing of its own is told by the count of the noun
  // ("its 13 total charges").
  const countedBy = (h: Hit) =>
    question.type === 'quantity' &&
    LIGHT_VERB_TERMS.has(verb) &&
    question.counted !== null &&
    countsNear(h.snippet, question.counted);
  // "How much money did she help steer to battery companies": the count's verb said with a synonym WordNet gives
  // ("helped direct $120 million"). Only for a count: for a "who", WordNet's senses are too loose to tell the act.
  const countedOtherwise = (h: Hit) =>
    question.type === 'quantity' && synonymsOf(verb).some((synonym) => uses(h, synonym));
  // "How far did the missile travel": a distance answers it, whatever the verb ("hit the target at 700 kilometers").
  const measuredBy = (h: Hit) => question.type === 'quantity' && asksDistance && DISTANCE.test(h.snippet);
  // "How much did Sberbank drop": "Sberbank is down 68%" ("down" and "up" are no words the index keeps).
  const movedBy = (h: Hit) =>
    (verb === FALL_TERM &&
      /\bdown\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?[$£€]?\d/i.test(h.snippet)) ||
    (verb === RISE_TERM && /\bup\s+(?:by\s+)?(?:about\s+|nearly\s+|almost\s+|more than\s+)?[$£€]?\d/i.test(h.snippet));
  // "How many barrels did Biden pledge to release": a promise is told by what someone will do ("America will lead
  // that effort, releasing 30 million barrels"), whatever the verb of promising.
  const promisedBy = (h: Hit) =>
    PROMISE_TERMS.has(verb) && /\b(?:will|shall|is going to|are going to)\b/i.test(h.snippet);
  const withVerb = answering.filter(
    (s) =>
      (uses(s.hit, verb) ||
        countedOtherwise(s.hit) ||
        tellsConverse(verb, s.hit.snippet) ||
        pricedBy(s.hit) ||
        countedBy(s.hit) ||
        measuredBy(s.hit) ||
        movedBy(s.hit) ||
        promisedBy(s.hit)) &&
      told(s.hit),
  );
  const rest = [question.counted, ...question.content].filter((t): t is string => t !== null);
  const holdsRest = () => {
    const best = answering[0];
    const held = best ? rest.filter((t) => passageUses(best.hit, t)).length : 0;
    return rest.length >= 2 && held / rest.length >= weights.verbless;
  };
  // "How much did the project cost": a passage that holds nearly all the rest gives the figure, whatever its verb
  // ("a $2.4bn project").
  const holdsMostRest = () => {
    const best = answering[0];
    const held = best ? rest.filter((t) => passageUses(best.hit, t)).length : 0;
    return rest.length >= 2 && held / rest.length >= COUNT_WITHOUT_VERB;
  };
  const quoting = answering.filter((s) => quotesQuestion(text, s.hit.snippet));
  // A passage with the verb far below the best is a weak stand-in ("provide" in a sentence on something else).
  const top = answering[0]?.score ?? 0;
  // Not for an outcome ("who won"): a passage without its verb ("will defend his title") is from before it.
  const strongVerb = (question.type === 'who' && isDecision(verb)) || withVerb.some((s) => s.score >= VERB_SHARE * top);
  // "Who were charged with laundering the bitcoin": a passage that names them and tells the rest ("Lichtenstein
  // and his wife … laundered … the stolen Bitcoin") answers beside one with the verb that names no one.
  const naming = (s: (typeof answering)[number]) =>
    question.type === 'who' &&
    !withVerb.includes(s) &&
    namesNewPerson(s.hit) &&
    question.content.length >= 2 &&
    question.content.every((t) => passageUses(s.hit, t));
  if (withVerb.length > 0 && strongVerb) {
    const named = answering.slice(0, COVER_CANDIDATES * 2).filter(naming);
    // The best passage with the verb names no one ("officials charged two people"): who they are comes first.
    const first = withVerb[0];
    answering = first && !namesNewPerson(first.hit) ? [...named, ...withVerb] : [...withVerb, ...named];
  }
  // "Who dismissed it as "political theater"": the words quoted tell the sentence, whatever verb reports them.
  else if (quoting.length > 0) answering = quoting;
  // And it must name someone the question does not: "Prime Minister Imran Khan" holds "prime minister" but does
  // not say who replaced him.
  else if (question.type === 'who' && holdsRest() && answering[0] && namesNewActor(answering[0].hit))
    answering = answering.slice(0, 1);
  else if (question.type === 'quantity' && holdsMostRest()) answering = answering.slice(0, 3);
  else if (withVerb.length > 0) answering = withVerb;
  else
    return {
      refusal: `No article says that: no sentence on it uses "${verbOf(text, verb, question.core)}" or a word like it.`,
    };
  return { answering };
}

/**
 * The share of the rest of a "how many / how much" (what is counted, the other words) the best passage must hold to
 * answer without the question's verb. Higher than for "who", whose answer must also name someone new.
 */
const COUNT_WITHOUT_VERB = 0.75;

/** The index terms of falling and rising ("dropped", "jumped"). */
const FALL_TERM = processTerm('fall');

const RISE_TERM = processTerm('rise');

/** Verbs that say nothing of their own beside what they count ("bring charges", "get votes"), as index terms. */
const LIGHT_VERB_TERMS: ReadonlySet<string> = new Set(['bring', 'get', 'got', 'take', 'give', 'hold', 'see']);

/** Verbs of promising, as index terms. */
const PROMISE_TERMS: ReadonlySet<string> = new Set(
  ['pledge', 'promise', 'vow', 'commit'].flatMap((w) => processTerm(w) ?? []),
);

/** How close to the best passage's score one using the asked verb must come to be preferred for it. */
const VERB_SHARE = 0.5;

/** Words the question puts in quotation marks ("political theater"), two or more, that the passage writes too. */
function quotesQuestion(question: string, passage: string): boolean {
  const text = foldedWords(passage);
  return quotedIn(question).some((q) => {
    const words = foldedWords(q).trim();
    return words.includes(' ') && text.includes(` ${words} `);
  });
}

/** What the question puts in quotation marks. */
export function quotedIn(question: string): string[] {
  return [...question.matchAll(/["“”]([^"“”]+)["“”]/g)].map((m) => m[1] ?? '');
}

/**
 * Words, verbs or nouns, that say only that a figure is money ("the price", "what it costs", "how much is it
 * worth"), as index terms.
 */
export const MONEY_WORD_TERMS: ReadonlySet<string> = new Set(['cost', 'price', 'net', 'worth']);

/**
 * Verbs that say only that a figure is money (what a thing costs, what a company nets, what someone earns), as index
 * terms. Not "earn" as a word the passage must leave out: "earnings" is the same term.
 */
export const MONEY_VERB_TERMS: ReadonlySet<string> = new Set([...MONEY_WORD_TERMS, 'earn']);
