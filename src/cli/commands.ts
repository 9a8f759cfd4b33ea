import { COMMAND_HELP, DRILL_ASPECTS, MAX_LIMIT, parseAspect } from '../answers/index.ts';
import type { CommandName, CommandOptions } from '../service/types.ts';

/** The options of one command, named as the slash command's options; the first is its main (positional) option. */
export interface CommandSpec {
  readonly name: CommandName;
  readonly summary: string;
  readonly options: readonly string[];
  /** The option a bare value fills (`briefing quotes Peskov`, `/estimates troops`), if any. */
  readonly main: string | null;
  readonly example: string;
}

/** Every command the CLI and the console answer, from the answers layer's own help. */
export const COMMAND_SPECS: readonly CommandSpec[] = COMMAND_HELP.map((h) => {
  const options = h.options.map((o) => o.replace(/\?$/, ''));
  return {
    name: h.name as CommandName,
    summary: h.summary,
    options,
    main: options.find((o) => o !== 'limit') ?? null,
    example: h.example,
  };
});

/** The spec of a command name, or undefined. */
export function specOf(name: string): CommandSpec | undefined {
  return COMMAND_SPECS.find((s) => s.name === name);
}

/** A usage mistake: shown to the user as is, and the CLI exits with status 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Checks and normalises a command's options: unknown options, a main option given twice, a `limit` that is not a
 * whole number, an aspect the drills do not have. Throws a {@link UsageError} whose message says what to type.
 */
export function validateOptions(
  spec: CommandSpec,
  named: Readonly<Record<string, string>>,
  positional: string | undefined,
): CommandOptions {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(named)) {
    if (!spec.options.includes(key)) {
      const accepted = spec.options.length > 0 ? `its options: ${spec.options.join(', ')}` : 'it takes no options';
      throw new UsageError(`${spec.name} has no option "${key}" (${accepted}).`);
    }
    out[key] = value;
  }
  if (positional !== undefined && positional.trim() !== '') {
    if (spec.main === null) throw new UsageError(`${spec.name} takes no text (try: ${spec.example}).`);
    if (out[spec.main] !== undefined) {
      throw new UsageError(`the ${spec.main} was given twice: as text and as the "${spec.main}" option.`);
    }
    out[spec.main] = positional.trim();
  }
  if (out.limit !== undefined) {
    const n = Number(out.limit);
    if (!/^\s*\d+\s*$/.test(String(out.limit)) || n < 1 || n > MAX_LIMIT) {
      throw new UsageError(
        `limit must be a whole number from 1 to ${MAX_LIMIT}, not "${String(out.limit).slice(0, 20)}".`,
      );
    }
    out.limit = n;
  }
  if (typeof out.aspect === 'string' && parseAspect(out.aspect) === null) {
    throw new UsageError(
      `"${out.aspect.slice(0, 30)}" is not an aspect of the drills (${Object.keys(DRILL_ASPECTS).join(', ')}).`,
    );
  }
  for (const key of spec.options) {
    if (key !== 'limit' && out[key] !== undefined && String(out[key]).trim() === '') {
      throw new UsageError(`${key} is empty.`);
    }
  }
  return out;
}
