import { detectIntent, type Hit, isStopword, processTerm, type SearchOptions, tokenize } from '../search/index.ts';
import { ask } from './ask.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, type Stepwise, stepwise } from './context.ts';
import { nameWords } from './names.ts';
import { asAsked, explainNoMatch } from './nomatch.ts';
import { given, limitOption, type Options, textOption } from './options.ts';
import { type Person, people, quotingIndex } from './people.ts';
import { STORY_OPTION } from './scope.ts';
import { type CommandSpec, QUESTION_MAX } from './spec.ts';
import type { Answer } from './types.ts';

/** Default number of snippets `/search` returns. */
export const DEFAULT_SEARCH_LIMIT = 5;

/**
 * The best hit of each paragraph, best paragraph first. One snippet per paragraph: three sentences of the same
 * paragraph would crowd out the other places that answer the question.
 */
export function bestPerParagraph(ctx: AnswerContext, question: string, limit: number, opts: SearchOptions = {}): Hit[] {
  const out: Hit[] = [];
  const seen = new Set<string>();
  const hits = [...speechHits(ctx, question), ...ctx.index.search(question, { ...opts, limit: 200 })];
  for (const hit of hits) {
    const key = `${hit.article}\0${hit.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit);
    if (out.length >= limit) break;
  }
  return out;
}

/** How a quoted speaker can be named in a question: each full name or alias as words, and a person's surname. */
interface SpeakerNames {
  readonly person: Person;
  readonly names: readonly (readonly string[])[];
  readonly surname: string | null;
}

/** Computed once per knowledge: questions are many, speakers do not change between them. */
export function quotedSpeakers(ctx: AnswerContext): readonly SpeakerNames[] {
  return quotedSpeakersBuilder(ctx).value();
}

/** People whose names one step of {@link quotedSpeakersBuilder} reads. */
const SPEAKERS_STEP = 100;

/** {@link quotedSpeakers}, to build step by step (see {@link stepwise}). */
export function quotedSpeakersBuilder(ctx: AnswerContext): Stepwise<readonly SpeakerNames[]> {
  return stepwise(ctx, 'speaker-names', function* () {
    const out: SpeakerNames[] = [];
    for (const [i, person] of people(ctx).entries()) {
      if (i % SPEAKERS_STEP === SPEAKERS_STEP - 1) yield;
      if (person.quotes.length === 0) continue;
      const last = nameWords(person.name).at(-1);
      const isPerson = person.kind !== 'organization' && person.kind !== 'place';
      out.push({
        person,
        names: [person.name, ...person.aliases]
          .map((n) => nameWords(n).filter((w) => !isStopword(w)))
          .filter((ws) => ws.length > 0),
        surname: isPerson && last !== undefined && last.length > 2 ? last : null,
      });
    }
    return out;
  });
}

/**
 * Is this speaker named in the question? By the full canonical name or an alias (every word present), or, for a
 * person, by surname alone ("Peskov").
 */
function namedIn(words: ReadonlySet<string>, s: SpeakerNames): boolean {
  return (s.surname !== null && words.has(s.surname)) || s.names.some((ws) => ws.every((w) => words.has(w)));
}

/** The canonical term of speech verbs ("say", "said", "told"…), left out of a quotation's topic. */
const SPEECH_TERM = processTerm('said');

/**
 * For "what did X say about Y": X's quotations about Y, the quoted words first (what X said, not what the reporter
 * said about it), then the sentences around them. Empty when the question names no quoted speaker.
 */
function speechHits(ctx: AnswerContext, question: string): Hit[] {
  if (detectIntent(question) !== 'speech') return [];
  const words = new Set(nameWords(question));
  const speakers = quotedSpeakers(ctx)
    .filter((s) => namedIn(words, s))
    .map((s) => s.person);
  if (speakers.length === 0) return [];
  const names = new Set(speakers.map((p) => p.name));
  const nameTerms = new Set(speakers.flatMap((p) => [p.name, ...p.aliases]).flatMap((n) => nameWords(n)));
  const topic = tokenize(question)
    .filter((t) => !nameTerms.has(nameWords(t)[0] ?? '') && processTerm(t) !== SPEECH_TERM)
    .join(' ');
  const bySpeaker = (d: { speakers: readonly string[] }) => d.speakers.some((n) => names.has(n));
  const base = { kinds: ['quote'] as const, intent: 'none' as const, limit: 200 };
  const index = quotingIndex(ctx, names);
  const inWords = new Set(index.search(topic, { ...base, filter: bySpeaker, fields: ['text'] }).map((h) => h.id));
  if (inWords.size === 0 && index.search(topic, { ...base, filter: bySpeaker }).length === 0) {
    // No topic left ("what did Stoltenberg warn about?"), or none they spoke of: all their quotations, in order.
    return index.search(speakers.map((p) => p.name).join(' '), { ...base, filter: bySpeaker, fields: ['speaker'] });
  }
  // Quotations whose own words are on the topic come first, ranked with their sentence too; then those where only
  // the sentence around the quote is.
  const ranked = index.search(topic, { ...base, filter: bySpeaker });
  return [...ranked.filter((h) => inWords.has(h.id)), ...ranked.filter((h) => !inWords.has(h.id))];
}

/** Most snippets `/search` may be asked for, so one answer stays readable on a phone. */
export const SEARCH_LIMIT_MAX = 10;

/** `/search`: its entry in the command catalogue. */
export const spec = {
  name: 'search',
  summary: 'the best cited snippets for a free question',
  description: 'The best verbatim snippets for a question, each cited',
  main: 'question',
  options: [
    {
      name: 'question',
      type: 'string',
      description: 'Your question, in plain words (e.g. how far is Kyiv from the border)',
      required: true,
      minLength: 1,
      maxLength: QUESTION_MAX,
    },
    { name: 'limit', type: 'integer', description: 'How many snippets (default 5)', min: 1, max: SEARCH_LIMIT_MAX },
    STORY_OPTION,
  ],
  examples: ['/search how far is Kyiv'],
} as const satisfies CommandSpec;

/** `/search <question> [limit]`: the verbatim snippets that best answer a free question, each cited. */
export function searchAnswer(ctx: AnswerContext, options: Options): Answer {
  const question = textOption(options, 'question');
  const { limit, invalid } = limitOption(options, DEFAULT_SEARCH_LIMIT);
  const b = new AnswerBuilder(ctx, 'search', given(options));
  if (invalid) b.notes.push(`"limit" must be a whole number from 1; showing ${limit}.`);
  if (question === undefined) {
    b.notes.push('Ask a question, for example: /search how far is Kyiv');
    b.suggestions.push('/search how far is Kyiv', '/brief');
    return b.build('Search');
  }
  const asked = ask(ctx, question, limit);
  b.notes.push(...asked.corrections, ...(asked.notes ?? []));
  b.section(
    'Best matches',
    asked.hits.map((h) => b.item(h.snippet, h, h.speakers.length > 0 ? h.speakers.join(', ') : undefined)),
  );
  if (!b.hasContent) {
    // An honest "not in the articles" first, then what was searched and what does exist.
    b.notes.push(...asked.refusal);
    explainNoMatch(b, ctx, 'the question', question, ['/brief'], asked.refusal.length > 0);
  }
  return b.build(`Search: ${asAsked(question)}`);
}
