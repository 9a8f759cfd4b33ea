import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { given, type Options } from './options.ts';
import type { Answer } from './types.ts';

/** One command as users see it: its options and an example. Front doors build their own usage from this. */
export interface CommandHelp {
  /** Command name without slash. */
  readonly name: string;
  readonly summary: string;
  /** Option names, main option first; `?` marks optional ones. */
  readonly options: readonly string[];
  readonly example: string;
}

/** Every command, in the order help lists them. */
export const COMMAND_HELP: readonly CommandHelp[] = [
  { name: 'brief', summary: 'a cited briefing of the whole story', options: [], example: '/brief' },
  {
    name: 'search',
    summary: 'the best cited snippets for a free question',
    options: ['question', 'limit?'],
    example: '/search how far is Kyiv',
  },
  {
    name: 'drills',
    summary: 'the exercise: name, dates, locations, forces, purpose, naval, attendance',
    options: ['aspect?'],
    example: '/drills aspect:locations',
  },
  {
    name: 'quotes',
    summary: 'quotations with speaker and role, by speaker and/or topic',
    options: ['speaker?', 'topic?'],
    example: '/quotes speaker:Peskov',
  },
  {
    name: 'estimates',
    summary: 'figures by subject with their claimants; disagreements side by side',
    options: ['subject?'],
    example: '/estimates troops',
  },
  {
    name: 'who',
    summary: 'a person or body: role, quotes, figures they state',
    options: ['name'],
    example: '/who Stoltenberg',
  },
  { name: 'timeline', summary: 'dated events in order', options: [], example: '/timeline' },
  { name: 'sources', summary: 'the articles behind every answer', options: [], example: '/sources' },
  { name: 'help', summary: 'this list', options: [], example: '/help' },
];

/** `/help`: the commands with their options and an example each. No citations: nothing here is from the news. */
export function helpAnswer(ctx: AnswerContext, options: Options): Answer {
  const b = new AnswerBuilder(ctx, 'help', given(options));
  for (const c of COMMAND_HELP) {
    const opts = c.options.map((o) => (o.endsWith('?') ? `[${o.slice(0, -1)}]` : `<${o}>`)).join(' ');
    b.notes.push(`/${c.name}${opts ? ` ${opts}` : ''}: ${c.summary}. Example: ${c.example}`);
  }
  b.notes.push(
    `Every answer quotes the articles word for word and cites them [1], [2]; ${ctx.articles.length} article(s) loaded.`,
  );
  const answer = b.build('Commands');
  // Help is never "nothing matched", though it cites nothing.
  return { ...answer, empty: false };
}
