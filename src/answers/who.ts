import type { Sentence } from '../extract/types.ts';
import { boundedMemo } from '../memo.ts';
import { fold } from '../search/index.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, memo, type Stepwise, stepwise } from './context.ts';
import { figureLabel } from './estimates.ts';
import { closeNames, nameWords } from './names.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, type Options, textOption } from './options.ts';
import { LIST_MAX, PAGING_OPTIONS } from './paging.ts';
import { closestPerson, findPeople, namesOf, type Person, people } from './people.ts';
import { quoteItem } from './quotes.ts';
import { STORY_OPTION } from './scope.ts';
import { type CommandSpec, TEXT_OPTION_MAX } from './spec.ts';
import type { Answer } from './types.ts';

/** How many sentences that merely mention someone are shown. */
const MAX_MENTIONS = LIST_MAX;

/** Does a sentence contain the name's words, in order and as whole words ("Peskov" in "Peskov said", not in "Peskovich")? */
function mentions(sentence: string, words: readonly string[]): boolean {
  if (words.length === 0) return false;
  // A whole word of the folded sentence is a part of it: most sentences fail this before being split into words.
  const folded = fold(sentence);
  for (const w of words) if (!folded.includes(w)) return false;
  const hay = nameWords(sentence);
  const first = words[0] as string;
  for (let i = hay.indexOf(first); i >= 0 && i + words.length <= hay.length; i = hay.indexOf(first, i + 1)) {
    let j = 1;
    while (j < words.length && hay[i + j] === words[j]) j++;
    if (j === words.length) return true;
  }
  return false;
}

/** Articles whose sentences one step of {@link sentenceLookupBuilder} files. */
const SENTENCES_STEP = 25;

/** Sentences by article, then paragraph number and index (sparse arrays), to turn search hits back into sentences. */
export function sentenceLookup(ctx: AnswerContext): ReadonlyMap<string, readonly (readonly Sentence[])[]> {
  return sentenceLookupBuilder(ctx).value();
}

/** {@link sentenceLookup}, to build step by step (see {@link stepwise}). */
export function sentenceLookupBuilder(
  ctx: AnswerContext,
): Stepwise<ReadonlyMap<string, readonly (readonly Sentence[])[]>> {
  return stepwise(ctx, 'sentences', function* () {
    const out = new Map<string, Sentence[][]>();
    for (const [n, f] of ctx.facts.entries()) {
      if (n % SENTENCES_STEP === SENTENCES_STEP - 1) yield;
      for (const s of f.sentences) {
        let paragraphs = out.get(s.article);
        if (paragraphs === undefined) {
          paragraphs = [];
          out.set(s.article, paragraphs);
        }
        paragraphs[s.paragraph] ??= [];
        (paragraphs[s.paragraph] as Sentence[])[s.index] = s;
      }
    }
    return out;
  });
}

/**
 * Sentences that name any of the names as whole words, in article order. The index narrows the candidates (so a
 * large knowledge is not scanned sentence by sentence); the whole-word check decides.
 */
function sentencesNaming(ctx: AnswerContext, names: readonly string[]): Sentence[] {
  const order = memo(ctx, 'article-order', () => new Map(ctx.articles.map((a, i) => [a.id, i])));
  const found = new Set<Sentence>();
  for (const name of names) for (const s of namedBy(ctx, name)) found.add(s);
  return [...found].sort(
    (a, b) =>
      (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.paragraph - b.paragraph || a.index - b.index,
  );
}

/** Most names whose sentences {@link namedBy} remembers per knowledge before its memo starts over. */
const NAMED_MEMO_LIMIT = 2_000;

/**
 * The sentences among the index's best 500 for a name that name it as whole words. Remembered per knowledge (a
 * bounded memo): one answer looks a name up more than once, and roles ("President", "Chief Executive") are shared
 * by many people.
 */
function namedBy(ctx: AnswerContext, name: string): readonly Sentence[] {
  return memo(ctx, 'named-by', () => boundedMemo(NAMED_MEMO_LIMIT, (n: string) => sentencesNamedBy(ctx, n)))(name);
}

function sentencesNamedBy(ctx: AnswerContext, name: string): readonly Sentence[] {
  const lookup = sentenceLookup(ctx);
  const words = nameWords(name);
  const list: Sentence[] = [];
  // Only where each hit is: the sentence itself is looked up, so no hit text is decoded.
  for (const hit of ctx.index.places(name, { kinds: ['sentence'], intent: 'none', limit: 500 })) {
    if (hit.sentence === null) continue;
    const s = lookup.get(hit.article)?.[hit.paragraph]?.[hit.sentence];
    if (s && mentions(s.text, words)) list.push(s);
  }
  return list;
}

function addPerson(b: AnswerBuilder, ctx: AnswerContext, p: Person): void {
  const named = sentencesNaming(ctx, [p.name, ...p.aliases]);
  const roleLines = p.roles.map((role) => {
    const s = named.find((x) => fold(x.text).includes(fold(role))) ?? sentencesNaming(ctx, [role])[0];
    return s ? b.item(s.text, s, role) : null;
  });
  b.section('Role', roleLines);
  b.section(
    'Quotes',
    p.quotes.map((q) => quoteItem(b, q)),
  );
  b.section(
    'Figures they state',
    p.figures.map((f) => b.item(f.context, f, figureLabel(f))),
  );
  const shown = new Set([...p.quotes, ...p.figures].map((x) => `${x.article}\0${x.paragraph}`));
  const others = named.filter((s) => !shown.has(`${s.article}\0${s.paragraph}`)).slice(0, MAX_MENTIONS);
  b.section(
    'Mentioned',
    others.map((s) => b.item(s.text, s)),
  );
}

/** `/who`: its entry in the command catalogue. */
export const spec = {
  name: 'who',
  summary: 'a person or body: role, quotes, figures they state',
  description: 'A person or body: role, quotes and the figures they claim',
  main: 'name',
  options: [
    {
      name: 'name',
      type: 'string',
      description: 'A person or organisation (e.g. Stoltenberg, NATO)',
      required: true,
      autocomplete: true,
      minLength: 1,
      maxLength: TEXT_OPTION_MAX,
    },
    STORY_OPTION,
    ...PAGING_OPTIONS,
  ],
  examples: ['/who Stoltenberg'],
} as const satisfies CommandSpec;

/**
 * `/who <name>`: a person or body as the articles present them: role, quotes, figures they state, and other
 * mentions. A name no extractor recognised is still looked up in the text, so "who Maxar" finds Maxar's sentences.
 */
export function whoAnswer(ctx: AnswerContext, options: Options): Answer {
  const name = textOption(options, 'name');
  const b = new AnswerBuilder(ctx, 'who', given(options));
  if (name === undefined) {
    b.notes.push('Give a name, for example: /who Peskov');
    b.suggestions.push(
      ...people(ctx)
        .slice(0, 5)
        .map((p) => `/who ${p.name}`),
    );
    return b.build('Who');
  }
  const found = findPeople(ctx, name);
  // A misspelt name answers for the one person it is closest to, and says so; a name typed right but unknown is
  // still looked up in the text below.
  const close =
    found.length === 0 && sentencesNaming(ctx, [name]).length === 0 ? closestPerson(ctx, nameWords(name)) : null;
  if (close) {
    b.notes.push(`Showing ${close.name} for "${name}".`);
    found.push(close);
  }
  const person = found[0];
  if (person) {
    addPerson(b, ctx, person);
    if (found.length > 1) {
      b.notes.push(
        `Also matching "${name}": ${found
          .slice(1, 6)
          .map((p) => p.name)
          .join(', ')}.`,
      );
      b.suggestions.push(...found.slice(1, 6).map((p) => `/who ${p.name}`));
    }
    return b.build(person.roles[0] ? `${person.name}, ${person.roles[0]}` : person.name);
  }
  b.section(
    'Mentioned',
    sentencesNaming(ctx, [name])
      .slice(0, MAX_MENTIONS)
      .map((s) => b.item(s.text, s)),
  );
  if (!b.hasContent) {
    const close = closeNames(
      name,
      people(ctx).flatMap((p) => namesOf(p)),
    );
    explainNoMatch(
      b,
      ctx,
      'a person or body named',
      name,
      close.map((n) => `/who ${n}`),
    );
  }
  return b.build(name);
}
