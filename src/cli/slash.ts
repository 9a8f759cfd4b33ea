import { optionNamesIn, parseOptionLine } from '../answers/index.ts';
import type { CommandName, CommandOptions } from '../service/index.ts';
import { COMMANDS } from '../workflows/commands.ts';
import { type AnswerSpec, CONSOLE_COMMAND_SPECS, UsageError } from './commands.ts';

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

/**
 * Option names of every command in every front door (and Discord's `private`), for spotting `name:value` pairs:
 * an option the console does not offer is refused by name, never searched for as words ("private:true").
 */
const OPTION_NAMES = [
  ...new Set([
    ...(['cli', 'console', 'discord', 'slack'] as const).flatMap((door) => optionNamesIn(COMMANDS, door)),
    'private',
  ]),
];

/**
 * Parses a line in slash-command syntax, as a Discord user types it: `/quotes speaker:Peskov topic:scale`,
 * `/estimates troops` (plain text fills the command's main option), `/search how far is Kyiv`. As in Discord, a
 * command starts with a slash: a line without one is refused with the command it probably meant. `name:value` pairs
 * run to the next known option name, so values may hold spaces. Throws a {@link UsageError} for an unknown command
 * or bad options.
 */
export function parseSlash(line: string): SlashLine {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return { kind: 'blank' };
  if (/^\/?(quit|exit|q)$/i.test(trimmed)) return { kind: 'quit' };
  if (!trimmed.startsWith('/')) {
    const words = trimmed.length > 40 ? `${trimmed.slice(0, 40)}…` : trimmed;
    throw new UsageError(`commands start with a slash, as in Discord: to ask a question, type /search ${words}`);
  }
  const match = /^\/(\S+)\s*(.*)$/s.exec(trimmed);
  const name = (match?.[1] ?? '').toLowerCase();
  const rest = match?.[2] ?? '';
  const spec = specOrThrow(name);
  const parsed = parseOptionLine(spec, 'console', withoutPrivate(rest), OPTION_NAMES);
  if (!parsed.ok) throw new UsageError(parsed.problem);
  return { kind: 'command', command: spec.name, spec, options: parsed.options };
}

/**
 * Discord's `private:true|false` is accepted and left out: every console answer is seen by its reader alone. Any
 * other value is refused as Discord would.
 */
function withoutPrivate(rest: string): string {
  const m = /(^|\s)private:\s*(\S*)/i.exec(rest);
  if (!m) return rest;
  if (!/^(true|false)$/i.test(m[2] ?? '')) throw new UsageError(`private must be true or false, not "${m[2] ?? ''}".`);
  return `${rest.slice(0, m.index).trimEnd()} ${rest.slice(m.index + m[0].length).trimStart()}`.trim();
}

function specOrThrow(name: string): AnswerSpec {
  const spec = CONSOLE_COMMAND_SPECS.find((s) => s.name === name);
  if (!spec) {
    const names = CONSOLE_COMMAND_SPECS.map((s) => `/${s.name}`).join(' ');
    throw new UsageError(`there is no command "/${name.slice(0, 30)}". Commands: ${names}`);
  }
  return spec;
}
