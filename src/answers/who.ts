import type { Sentence } from '../extract/types.ts';
import { fold } from '../search/index.ts';
import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { figureLabel } from './estimates.ts';
import { closeNames, nameWords } from './names.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, type Options, textOption } from './options.ts';
import { findPeople, namesOf, type Person, people } from './people.ts';
import { quoteItem } from './quotes.ts';
import type { Answer } from './types.ts';

/** How many sentences that merely mention someone are shown. */
const MAX_MENTIONS = 5;

/** Does a sentence contain the name as whole words ("Peskov" in "Peskov said", not in "Peskovich")? */
function mentions(sentence: string, name: string): boolean {
  const words = nameWords(name);
  if (words.length === 0) return false;
  const hay = ` ${nameWords(sentence).join(' ')} `;
  return hay.includes(` ${words.join(' ')} `);
}

function sentencesNaming(ctx: AnswerContext, names: readonly string[]): Sentence[] {
  return ctx.facts.flatMap((f) => f.sentences.filter((s) => names.some((n) => mentions(s.text, n))));
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
