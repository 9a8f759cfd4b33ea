/**
 * The passages that may answer a question: a search of the articles that hold every name asked, by the question's
 * core, the words it quotes, the speaker's name and the words news uses for what it asks, beside the speaker's own
 * quotations; for a figure, each sentence with the figure that follows it.
 */

import { fold, type Hit, tokenize } from '../search/index.ts';
import { isCountry, isDescribingWord, titleCase } from './asked-names.ts';
import type { AskedScope } from './asked-scope.ts';
import { quotedIn } from './asked-verb.ts';
import type { AnswerContext } from './context.ts';
import { articlesWith } from './folded.ts';
import { quotingIndex } from './people.ts';
import { type RankingWeights, relatedTerms } from './ranking.ts';

/** The candidate passages of a question, by search score (not yet ranked for what it asks). */
export function candidatePassages(ctx: AnswerContext, scope: AskedScope, text: string, weights: RankingWeights): Hit[] {
  const { question, found, allowed, speaker, voices, respelledWords } = scope;
  const inScope = (h: Hit) => allowed === null || allowed.has(h.article);
  // The speaker's name as it is written, so a lower-case "what is the us saying" still searches the United States.
  // An acronym the articles never write is searched by the name it stands for ("BofA": Bank of America).
  const lastTime = question.type === 'when' && /\blast\b/i.test(question.text);
  const spelled = found
    .filter((f) => f.asked.acronym && articlesWith(ctx, [tokenize(f.asked.text).map((w) => fold(w))]).size === 0)
    .flatMap((f) => f.forms.filter((form) => form.length > 1).map((form) => form.join(' ')));
  const queryWith = (core: string) =>
    [
      core,
      // Words quoted in the question are searched even where its core leaves them out ("… as "political theater"").
      ...quotedIn(text),
      ...(speaker ? [titleCase(speaker.corrected ?? speaker.asked.text)] : []),
      ...spelled.slice(0, 2),
      // A country asked by its adjective or people ("Polish leaders") is searched by its name too ("Poland").
      ...found
        .filter((f) => isDescribingWord(f.asked))
        .flatMap((f) => f.forms.filter((form) => isCountry(form.join(' '))).map((form) => form.join(' '))),
      ...respelledWords,
      // "When did the Fed last raise rates": news tells it as "the first since 2018".
      ...(lastTime ? ['first since'] : []),
      // For a word no article uses, the words news uses for it ("finish": end), so a passage that says it otherwise is
      // found. Not for a number: there the question's own words say what is counted.
      ...(question.type === 'quantity'
        ? []
        : [
            ...(question.predicate ? relatedTerms(question.predicate) : []),
            ...question.content.flatMap((t) => (!ctx.index.knows(t) ? relatedTerms(t) : [])),
          ]),
    ].join(' ');
  // Narrowed to the allowed articles, the index never reads the documents the filter would drop (same ranking).
  // The words news uses for the question's own words ("protection" for "security") count as those words, at a
  // lower weight, whether or not the articles use the word asked.
  // So do those for what a "how many" counts ("liabilities" for "debt"), but not "people" for the jobs or shares
  // counted: people are in every story.
  const contentTerms = new Set(question.content);
  const countedTerm = question.counted;
  const search = (query: string) =>
    (allowed === null ? ctx.index : ctx.index.scoped(allowed)).search(query, {
      limit: 400,
      alternatives: (t: string) =>
        contentTerms.has(t) ? relatedTerms(t) : t === countedTerm ? relatedTerms(t).filter((r) => r !== 'peopl') : [],
      // Who someone is, the text says; the speaker field would rank their own quotations first.
      ...(question.type === 'whois' ? { fields: ['text'] as const } : {}),
      filter: allowed === null ? undefined : (d) => allowed.has(d.article),
    });
  const core = search(queryWith(question.core));
  // A main clause whose words no article writes ("how long did the shooting last", where it says "crossfire … for
  // five hours") is searched with the rest of the question ("before the coup attempt was put down").
  const raw = core.length === 0 && question.core !== text ? search(queryWith(text)) : core;
  const speakerNames = voices;
  const spoken =
    speakerNames.size > 0
      ? quotingIndex(ctx, speakerNames).search(
          [...question.content, question.predicate ?? ''].join(' ').trim() || text,
          {
            kinds: ['quote'],
            limit: 200,
            filter: (d) => d.speakers.some((n) => speakerNames.has(n)),
          },
        )
      : [];
  return [...spoken.map((h) => ({ ...h, score: h.score * weights.spoken })), ...raw]
    .filter(inScope)
    .map((h) => (question.type === 'quantity' ? withFigureAfter(ctx, h, HOW_OLD.test(question.text)) : h));
}

/**
 * "Ukraine is the world's biggest producer of sunflower oil, with Russia number two. Between them they account for
 * 60% of global production": a sentence without a figure whose next sentence of the paragraph gives one of it, read
 * as one passage of both (still verbatim), for a "how many / how much".
 */
function withFigureAfter(ctx: AnswerContext, h: Hit, age: boolean): Hit {
  if (h.kind !== 'sentence') return h;
  // "… died on Sunday at his home in Brooklyn. He was 103.": for "how old", the age told just after, whatever figures
  // the sentence holds.
  if (!age && (h.hasFigure || /\d/.test(h.snippet))) return h;
  const paragraph = ctx.paragraph(h.article, h.paragraph) ?? '';
  const at = paragraph.indexOf(h.snippet);
  if (at < 0) return h;
  const rest = paragraph.slice(at + h.snippet.length);
  const next = /^\s+(\S[\s\S]*?[.!?]["”’]?)(?=\s|$)/.exec(rest)?.[1];
  if (next === undefined) return h;
  const goesOn = age ? /^(?:he|she) was \d{1,3}\.?$/i.test(next) : GOES_ON.test(next) && /\d/.test(next);
  if (!goesOn) return h;
  const snippet = paragraph.slice(at, at + h.snippet.length + rest.indexOf(next) + next.length);
  return { ...h, snippet, hasFigure: true };
}

/** "How old was she when …": an age asked. */
const HOW_OLD = /\bhow old\b/i;

/** A sentence that goes on with what it just named ("Between them they account for 60%", "That is 40% of …"). */
const GOES_ON = /^(?:between them|together|combined|that|this|it|they|these|those|the two|both)\b/i;
