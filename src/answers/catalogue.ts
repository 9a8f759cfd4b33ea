/**
 * The command catalogue of the read commands: each command's spec (declared beside its answer function) with that
 * function, in the order help lists them. The service's command names, the help text, the CLI and console parsers
 * and the Discord slash commands all derive from this list, so adding a read command is one line here plus its
 * file. Workflow commands (moderators' `/ingest`) have no answer; `src/workflows/commands.ts` adds their specs.
 */
import * as brief from './brief.ts';
import type { AnswerContext } from './context.ts';
import * as drills from './drills.ts';
import * as estimates from './estimates.ts';
import * as help from './help.ts';
import type { Options } from './options.ts';
import * as quotes from './quotes.ts';
import { type ScopeMode, type StoryPicker, scoped } from './scope.ts';
import * as search from './search.ts';
import * as sources from './sources.ts';
import type { CommandSpec, OptionSpec } from './spec.ts';
import * as stories from './stories.ts';
import * as timeline from './timeline.ts';
import type { Answer } from './types.ts';
import * as who from './who.ts';

/** An answer function: one per read command. Pure: same context and options, same answer. */
export type AnswerFunction = (ctx: AnswerContext, options: Options) => Answer;

/** A read command: what it offers and how it answers. */
export interface ReadCommand<S extends CommandSpec = CommandSpec> {
  readonly spec: S;
  readonly answer: AnswerFunction;
}

/** Pairs a spec with its answer function, keeping the spec's literal names for the derived types below. */
function readCommand<const S extends CommandSpec>(spec: S, answer: AnswerFunction): ReadCommand<S> {
  return { spec, answer };
}

/** A read command answering from one story or the archive (see `scope.ts`): its spec has the `story` option. */
function storyCommand<const S extends CommandSpec>(
  spec: S,
  answer: AnswerFunction,
  mode: ScopeMode,
  pick?: StoryPicker,
): ReadCommand<S> {
  return { spec, answer: scoped(spec.name, answer, mode, pick) };
}

/** Every read command but help, in the order help lists them. */
const LISTED = [
  readCommand(stories.spec, stories.storiesAnswer),
  storyCommand(brief.spec, brief.briefAnswer, 'one'),
  storyCommand(search.spec, search.searchAnswer, 'archive'),
  storyCommand(drills.spec, drills.drillsAnswer, 'one', drills.storyWithExercise),
  storyCommand(quotes.spec, quotes.quotesAnswer, 'archive'),
  storyCommand(estimates.spec, estimates.estimatesAnswer, 'archive'),
  storyCommand(who.spec, who.whoAnswer, 'archive'),
  storyCommand(timeline.spec, timeline.timelineAnswer, 'one', timeline.storyWithDates),
  storyCommand(sources.spec, sources.sourcesAnswer, 'archive'),
] as const;

/** `/help`: every read command with its options and an example, help last. */
export const helpAnswer: AnswerFunction = help.helpAnswerFor([...LISTED.map((c) => c.spec), help.spec]);

/** The read commands, in the order help and the CLI list them. */
export const READ_COMMANDS = [...LISTED, readCommand(help.spec, helpAnswer)] as const;

/** Names of the read commands: what the service answers. */
export type CommandName = (typeof READ_COMMANDS)[number]['spec']['name'];

type OptionsOf<C> = C extends { readonly spec: { readonly options: readonly (infer O)[] } } ? O : never;

/** Names of the options that complete as the user types (`autocomplete: true` in some read command's spec). */
export type CompletableOption = Extract<OptionsOf<(typeof READ_COMMANDS)[number]>, { autocomplete: true }>['name'];

const BY_NAME: ReadonlyMap<string, ReadCommand> = new Map(READ_COMMANDS.map((c) => [c.spec.name, c]));

/** True for the names of the read commands. */
export function isCommandName(name: string): name is CommandName {
  return BY_NAME.has(name);
}

/** The read command named `name`. */
export function readCommandOf(name: CommandName): ReadCommand {
  const command = BY_NAME.get(name);
  if (!command) throw new Error(`no read command ${name}`);
  return command;
}

/** Names of the completable options, for front doors that route a focused option to the service. */
export const COMPLETABLE_OPTIONS: ReadonlySet<string> = new Set(
  READ_COMMANDS.flatMap((c) =>
    (c.spec.options as readonly OptionSpec[])
      .filter((o) => o.type === 'string' && o.autocomplete === true)
      .map((o) => o.name),
  ),
);

/** True when `name` is an option the service completes. */
export function isCompletableOption(name: string): name is CompletableOption {
  return COMPLETABLE_OPTIONS.has(name);
}
