/**
 * Options typed on one line after a command's name, as people type them in a chat: `speaker:Dmitry Peskov topic:scale`,
 * or plain text for the main option (`troops`). The console (`/quotes speaker:Peskov`) and Slack (`/briefing quotes
 * speaker:Peskov`) read their lines with this, so both accept exactly the same syntax. Pure: no platform here.
 */

import { escapeRegExp } from '../regexp.ts';
import type { CommandSpec, FrontDoor, ParsedOptions } from './spec.ts';
import { optionsIn, parseCommandText } from './spec.ts';

/** Every option name of the given commands and their subcommands offered in `door`, once each. */
export function optionNamesIn(specs: readonly CommandSpec[], door: FrontDoor): string[] {
  const calls = specs.flatMap((s) => [s, ...(s.subcommands ?? [])]);
  return [...new Set(calls.flatMap((c) => optionsIn(c, door).map((o) => o.name)))];
}

/**
 * Checks and converts the text after a command's name against its catalogue entry as offered in `door`.
 * `name:value` pairs are spotted for every name in `names` (the options of all the door's commands, so an option
 * of another command is reported as such rather than read as text); a value runs to the next such pair, so it may
 * hold spaces. Text before the first pair fills the main option (for a group: names the subcommand, then fills its
 * main option). A colon after any other word stays in the text (`note: Kyiv`).
 */
export function parseOptionLine(
  spec: CommandSpec,
  door: FrontDoor,
  text: string,
  names: readonly string[],
): ParsedOptions {
  const named: Record<string, string> = {};
  let positional = text.trim();
  if (names.length > 0) {
    const pattern = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'g');
    const marks = [...text.matchAll(pattern)].map((m) => {
      const key = m[1] ?? '';
      const end = (m.index ?? 0) + m[0].length;
      return { key, at: end - key.length - 1, valueAt: end };
    });
    positional = text.slice(0, marks[0]?.at ?? text.length).trim();
    for (const [i, m] of marks.entries()) {
      if (named[m.key] !== undefined) return { ok: false, problem: `option "${m.key}" was given twice.` };
      named[m.key] = unquoted(text.slice(m.valueAt, marks[i + 1]?.at ?? text.length).trim());
    }
  }
  return parseCommandText(spec, door, named, positional === '' ? undefined : unquoted(positional));
}

/** A value without the quotation marks around it (`"how far is Kyiv"`, `'UK Prime Minister'`, `“…”`). */
function unquoted(value: string): string {
  const m = /^(["'“‘])([\s\S]*)(["'”’])$/u.exec(value);
  if (!m) return value;
  const pairs: Record<string, string> = { '"': '"', "'": "'", '“': '”', '‘': '’' };
  return pairs[m[1] ?? ''] === m[3] && (m[2] ?? '').trim() !== '' ? (m[2] ?? '').trim() : value;
}
