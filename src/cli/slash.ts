import { optionNamesIn, parseOptionLine } from '../answers/index.ts';
import type { CommandName, CommandOptions } from '../service/index.ts';
import { type AnswerSpec, CONSOLE_COMMAND_SPECS, UsageError, validateOptions } from './commands.ts';

/** A parsed console line. */
export type SlashLine =
  | {
      readonly kind: 'command';
      readonly command: CommandName;
      readonly spec: AnswerSpec;
      readonly options: CommandOptions;
    }
  | { readonly kind: 'quit' }
  | { readonly kind: 'blank' };

/** Option names any console command has, for spotting `name:value` pairs in a line. */
const OPTION_NAMES = optionNamesIn(CONSOLE_COMMAND_SPECS, 'console');

/**
 * Parses a line in slash-command syntax, as a Discord user types it: `/quotes speaker:Peskov topic:scale`,
 * `/estimates troops` (plain text fills the command's main option), `/search how far is Kyiv`. A line without a
 * slash is a question for `/search`. `name:value` pairs run to the next known option name, so values may hold
 * spaces. Throws a {@link UsageError} for an unknown command or bad options.
 */
export function parseSlash(line: string): SlashLine {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'blank' };
  if (/^\/?(quit|exit|q)$/i.test(trimmed)) return { kind: 'quit' };
  if (!trimmed.startsWith('/')) {
    return {
      kind: 'command',
      command: 'search',
      spec: specOrThrow('search'),
      options: validateOptions(specOrThrow('search'), 'console', {}, trimmed),
    };
  }
  const match = /^\/(\S+)\s*(.*)$/s.exec(trimmed);
  const name = (match?.[1] ?? '').toLowerCase();
  const rest = match?.[2] ?? '';
  const spec = specOrThrow(name);
  const parsed = parseOptionLine(spec, 'console', rest, OPTION_NAMES);
  if (!parsed.ok) throw new UsageError(parsed.problem);
  return { kind: 'command', command: spec.name, spec, options: parsed.options };
}

function specOrThrow(name: string): AnswerSpec {
  const spec = CONSOLE_COMMAND_SPECS.find((s) => s.name === name);
  if (!spec) {
    const names = CONSOLE_COMMAND_SPECS.map((s) => `/${s.name}`).join(' ');
    throw new UsageError(`there is no command "/${name.slice(0, 30)}". Commands: ${names}`);
  }
  return spec;
}
