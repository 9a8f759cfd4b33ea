import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { given, type Options } from './options.ts';
import { type CommandSpec, usageOf } from './spec.ts';
import type { Answer } from './types.ts';

/** `/help`: its entry in the command catalogue. Everyone sees it, so it offers no private answer. */
export const spec = {
  name: 'help',
  summary: 'this list',
  description: 'What each command does, with examples',
  options: [],
  examples: ['/help'],
  visibility: 'public',
} as const satisfies CommandSpec;

/**
 * `/help` over `commands`: each command with its options and an example. No citations: nothing here is from the
 * news. The catalogue passes its own list, so help cannot fall behind it.
 */
export function helpAnswerFor(commands: readonly CommandSpec[]): (ctx: AnswerContext, options: Options) => Answer {
  return (ctx, options) => {
    const b = new AnswerBuilder(ctx, 'help', given(options));
    for (const c of commands) b.notes.push(`${usageOf(c)}: ${c.summary}. Example: ${c.examples[0]}`);
    b.notes.push(
      `Every answer quotes the articles word for word and cites them [1], [2]; ${ctx.articles.length} article(s) loaded.`,
    );
    const answer = b.build('Commands');
    // Help is never "nothing matched", though it cites nothing.
    return { ...answer, empty: false };
  };
}
