import type { Sentence } from '../extract/types.ts';
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

/** Does a sentence contain the name as whole words ("Peskov" in "Peskov said", not in "Peskovich")? */
function mentions(sentence: string, name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  const hay = ` ${nameWords(sentence).join(' ')} `;
  return hay.includes(` ${words.join(' ')} `);
}

/** Articles whose sentences one step of {@link sentenceLookupBuilder} files. */
const SENTENCES_STEP = 25;

/** Sentences by article, paragraph and index, to turn search hits back into sentences. */
export function sentenceLookup(ctx: AnswerContext): ReadonlyMap<string, Sentence> {
  return sentenceLookupBuilder(ctx).value();
}

/** {@link sentenceLookup}, to build step by step (see {@link stepwise}). */
export function sentenceLookupBuilder(ctx: AnswerContext): Stepwise<ReadonlyMap<string, Sentence>> {
  return stepwise(ctx, 'sentences', function* () {
    const out = new Map<string, Sentence>();
    for (const [n, f] of ctx.facts.entries()) {
      if (n % SENTENCES_STEP === SENTENCES_STEP - 1) yield;
      for (const s of f.sentences) out.set(`${s.article}\0${s.paragraph}\0${s.index}`, s);
    }
    return out;
  });
}

/**
 * Sentences that name any of the names as whole words, in article order. The index narrows the candidates (so a
 * large knowledge is not scanned sentence by sentence); the whole-word check decides.
 */
function sentencesNaming(ctx: AnswerContext, names: readonly string[]): Sentence[] {
  const lookup = sentenceLookup(ctx);
  const order = memo(ctx, 'article-order', () => new Map(ctx.articles.map((a, i) => [a.id, i])));
  const found = new Map<string, Sentence>();
  for (const name of names) {
    for (const hit of ctx.index.search(name, { kinds: ['sentence'], intent: 'none', limit: 500 })) {
      const key = `${hit.article}\0${hit.paragraph}\0${hit.sentence}`;
      const s = lookup.get(key);
      if (s && !found.has(key) && mentions(s.text, name)) found.set(key, s);
    }
  }
  return [...found.values()].sort(
    (a, b) =>
      (order.get(a.article) ?? 0) - (order.get(b.article) ?? 0) || a.paragraph - b.paragraph || a.index - b.index,
  );
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
