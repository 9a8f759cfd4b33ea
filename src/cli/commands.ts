import { type CommandName, type CommandSpec, isCommandName, offeredIn, parseCommandText } from '../answers/index.ts';
import type { CommandOptions } from '../service/index.ts';
import { COMMANDS } from '../workflows/commands.ts';

/** A catalogue command the text front doors answer: a read command, so the service can answer it. */
export type AnswerSpec = CommandSpec & { readonly name: CommandName };

/** The read commands of the catalogue offered in a text front door, in help's order. */
function answerSpecsIn(door: 'cli' | 'console'): readonly AnswerSpec[] {
  return COMMANDS.filter((c): c is AnswerSpec => isCommandName(c.name) && offeredIn(door, c));
}

/** The read commands of the catalogue offered in the CLI, in help's order. */
export const CLI_COMMAND_SPECS = answerSpecsIn('cli');

/** The read commands of the catalogue offered in the console, in help's order. */
export const CONSOLE_COMMAND_SPECS = answerSpecsIn('console');

/** A usage mistake: shown to the user as is, and the CLI exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Checks and converts a command's options typed as text against its catalogue entry (see `parseOptionText` in
 * `src/answers/spec.ts`). Throws a {@link UsageError} whose message says what to type.
 */
export function validateOptions(
  spec: CommandSpec,
  door: 'cli' | 'console',
  named: Readonly<Record<string, string>>,
  positional: string | undefined,
): CommandOptions {
  const parsed = parseCommandText(spec, door, named, positional);
  if (!parsed.ok) throw new UsageError(parsed.problem);
  return parsed.options;
}
