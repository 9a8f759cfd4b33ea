/**
 * The shape of a command as every front door sees it: its name, options, summary, examples and flags, declared once
 * (each read command's spec sits beside its answer function; see `catalogue.ts`). Front doors build from it and
 * never restate it: the CLI's flags and the console's `name:value` parser, the Discord slash-command builders, the
 * help text. Pure data and pure functions: nothing here knows a platform.
 */
import { fold } from '../search/index.ts';
import type { Options } from './options.ts';

/** The front doors a command or an option can be offered in. */
export type FrontDoor = 'cli' | 'console' | 'discord' | 'slack';

/** Every front door, for specs offered everywhere (the default). */
export const FRONT_DOORS: readonly FrontDoor[] = ['cli', 'console', 'discord', 'slack'];

/**
 * Longest one-value free-text option (a subject, a name, a question). A paging button's `custom_id` carries the
 * options (and a story's 8-character code) and Discord allows it 100 characters, so longer text could not turn a page; every front door refuses it
 * the same way rather than letting the CLI accept what Discord cannot page.
 */
export const TEXT_OPTION_MAX = 74;
/** Longest value of each of two free-text options of one command (speaker and topic), for the same reason. */
export const PAIRED_TEXT_OPTION_MAX = 35;

/** One fixed value of a string option. */
export interface OptionChoice {
  /** What the answer function receives. */
  readonly value: string;
  /** What a picker shows (Discord's choice name). */
  readonly label: string;
  /** Other words the text front doors accept for this choice ("where" for `locations`); pickers do not show them. */
  readonly aliases?: readonly string[];
}

interface OptionCommon {
  /** Lowercase letters, digits, `-` or `_`; at most 32 characters (Discord's rule, kept everywhere). */
  readonly name: string;
  /** One line, at most 100 characters; the CLI's `--help` and Discord's picker both show it. */
  readonly description: string;
  /** Must be given. Default false. */
  readonly required?: boolean;
  /** Front doors that offer the option. Default: every door that offers the command. */
  readonly doors?: readonly FrontDoor[];
}

/** Free text, or one of fixed {@link OptionChoice}s. */
export interface StringOptionSpec extends OptionCommon {
  readonly type: 'string';
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly choices?: readonly OptionChoice[];
  /** Completed as the user types, from the service's `complete` for this option's name. Default false. */
  readonly autocomplete?: boolean;
}

/** A whole number. */
export interface IntegerOptionSpec extends OptionCommon {
  readonly type: 'integer';
  readonly min?: number;
  readonly max?: number;
}

/** Yes or no. */
export interface BooleanOptionSpec extends OptionCommon {
  readonly type: 'boolean';
}

/** A channel to post in (chat front doors only). */
export interface ChannelOptionSpec extends OptionCommon {
  readonly type: 'channel';
}

/** An uploaded file (chat front doors only). */
export interface AttachmentOptionSpec extends OptionCommon {
  readonly type: 'attachment';
}

/** One option of a command or subcommand. */
export type OptionSpec =
  | StringOptionSpec
  | IntegerOptionSpec
  | BooleanOptionSpec
  | ChannelOptionSpec
  | AttachmentOptionSpec;

/** What can be invoked with options: a command without subcommands, or one subcommand. */
export interface CallSpec {
  /** Same rule as an option name. */
  readonly name: string;
  /** A lowercase phrase for help and the CLI's command list ("quotations with speaker and role…"). */
  readonly summary: string;
  /** One line of at most 100 characters for pickers (Discord's command description). */
  readonly description: string;
  /** In the order front doors list them; required ones first. */
  readonly options: readonly OptionSpec[];
  /** The option that plain text after the command fills (`/estimates troops`, `briefing quotes Peskov`). */
  readonly main?: string;
  /** Invocations as a user types them in a chat, the first shown in help. */
  readonly examples: readonly [string, ...string[]];
}

/** A subcommand (`/feeds add url:…`): invoked as `<command> <subcommand> …` in every front door. */
export type SubcommandSpec = CallSpec;

/** Who sees a chat front door's reply. */
export type Visibility =
  /** Everyone, unless the user asks for a private answer (the `private` option). */
  | 'choice'
  /** Everyone; no private option. */
  | 'public'
  /** Only the user (moderator previews and workflows). */
  | 'private';

/** One command of the catalogue. */
export interface CommandSpec extends CallSpec {
  /** In chat front doors, only moderators may use it (hidden from others, checked again when run). Default false. */
  readonly moderatorOnly?: boolean;
  /** Its answer may take over a second on a large knowledge folder, so chat front doors acknowledge first. */
  readonly slow?: boolean;
  /** Default `choice`. */
  readonly visibility?: Visibility;
  /** Front doors that offer the command. Default: all of {@link FRONT_DOORS}. */
  readonly doors?: readonly FrontDoor[];
  /** When present the command is only a group: `options` is empty and each subcommand has its own. */
  readonly subcommands?: readonly SubcommandSpec[];
}

/** Whether a command or option is offered in `door`. */
export function offeredIn(door: FrontDoor, item: CommandSpec | OptionSpec): boolean {
  return (item.doors ?? FRONT_DOORS).includes(door);
}

/** The options of a call that `door` offers, in declaration order. */
export function optionsIn(call: CallSpec, door: FrontDoor): OptionSpec[] {
  return call.options.filter((o) => offeredIn(door, o));
}

/** The options every front door offers: what help lists, since help reads the same everywhere. */
export function universalOptions(call: CallSpec): OptionSpec[] {
  return call.options.filter((o) => o.doors === undefined);
}

/** The subcommand of `spec` named `name` (case-insensitive), or undefined. */
export function subcommandOf(spec: CommandSpec, name: string): SubcommandSpec | undefined {
  const wanted = name.toLowerCase();
  return spec.subcommands?.find((s) => s.name === wanted);
}

/**
 * `/quotes [speaker] [topic]`: the command as help shows it, `<required>` and `[optional]` options in order. A
 * group shows one form per subcommand (`/feeds add <url> | /feeds list`).
 */
export function usageOf(spec: CommandSpec): string {
  const form = (prefix: string, call: CallSpec) => {
    const opts = universalOptions(call).map((o) => (o.required ? `<${o.name}>` : `[${o.name}]`));
    return [prefix, ...opts].join(' ');
  };
  if (spec.subcommands) return spec.subcommands.map((s) => form(`/${spec.name} ${s.name}`, s)).join(' | ');
  return form(`/${spec.name}`, spec);
}

/** The result of {@link parseOptionText}: the options, or what is wrong with them in words for the user. */
export type ParsedOptions =
  | { readonly ok: true; readonly options: Options; readonly subcommand?: string }
  | { readonly ok: false; readonly problem: string };

/** Checks and converts one text value against its option: the value, or `{ problem }` in words for the user. */
function convert(option: OptionSpec, raw: string, command: string): string | number | boolean | { problem: string } {
  const text = raw.trim();
  if (text === '') return { problem: `${option.name} is empty.` };
  switch (option.type) {
    case 'string': {
      if (option.choices) {
        const f = fold(text);
        const known = option.choices.some((c) => fold(c.value) === f || (c.aliases ?? []).some((a) => fold(a) === f));
        if (!known) {
          const values = option.choices.map((c) => c.value).join(', ');
          return { problem: `"${text.slice(0, 30)}" is not a valid ${option.name} for /${command} (${values}).` };
        }
      }
      if (option.minLength !== undefined && text.length < option.minLength) {
        return { problem: `${option.name} must be at least ${option.minLength} characters.` };
      }
      if (option.maxLength !== undefined && text.length > option.maxLength) {
        return { problem: `${option.name} must be at most ${option.maxLength} characters (it has ${text.length}).` };
      }
      return text;
    }
    case 'integer': {
      const n = Number(text);
      const min = option.min ?? Number.MIN_SAFE_INTEGER;
      const max = option.max ?? Number.MAX_SAFE_INTEGER;
      if (!/^-?\d+$/.test(text) || n < min || n > max) {
        const range = option.min !== undefined && option.max !== undefined ? ` from ${min} to ${max}` : '';
        return { problem: `${option.name} must be a whole number${range}, not "${text.slice(0, 20)}".` };
      }
      return n;
    }
    case 'boolean': {
      const t = text.toLowerCase();
      if (t === 'true' || t === 'yes') return true;
      if (t === 'false' || t === 'no') return false;
      return { problem: `${option.name} must be true or false, not "${text.slice(0, 20)}".` };
    }
    default:
      return { problem: `${option.name} cannot be typed as text; use /${command} in Discord.` };
  }
}

/**
 * Checks and converts options typed as text (the CLI's flags, the console's `name:value` pairs) against a call's
 * spec as offered in `door`: unknown options, text given for a call without a main option, the main option given
 * twice, a required option missing, a value of the wrong type, out of range or not among the choices. `named`
 * holds the raw values by option name, `positional` the plain text after the command. `command` is the name users
 * type (`feeds add` for a subcommand), for messages.
 */
export function parseOptionText(
  call: CallSpec,
  door: FrontDoor,
  named: Readonly<Record<string, string>>,
  positional: string | undefined,
  command: string = call.name,
): ParsedOptions {
  const offered = optionsIn(call, door);
  const raw: Record<string, string> = {};
  for (const [key, value] of Object.entries(named)) {
    if (!offered.some((o) => o.name === key)) {
      const names = offered.map((o) => o.name);
      const accepted = names.length > 0 ? `its options: ${names.join(', ')}` : 'it takes no options';
      return { ok: false, problem: `${command} has no option "${key}" (${accepted}).` };
    }
    raw[key] = value;
  }
  if (positional !== undefined && positional.trim() !== '') {
    const main = call.main;
    if (main === undefined) return { ok: false, problem: `${command} takes no text (try: ${call.examples[0]}).` };
    if (raw[main] !== undefined) {
      return { ok: false, problem: `the ${main} was given twice: as text and as the "${main}" option.` };
    }
    raw[main] = positional;
  }
  const options: Record<string, string | number | boolean> = {};
  for (const option of offered) {
    const value = raw[option.name];
    if (value === undefined) continue;
    const converted = convert(option, value, command);
    if (typeof converted === 'object') return { ok: false, problem: converted.problem };
    options[option.name] = converted;
  }
  const missing = offered.find((o) => o.required && options[o.name] === undefined);
  if (missing) {
    return { ok: false, problem: `the ${missing.name} of /${command} is required (try: ${call.examples[0]}).` };
  }
  return { ok: true, options };
}

/**
 * {@link parseOptionText} for a whole command: for a group, the first word of the plain text names the subcommand
 * (`/feeds add url:…`, `briefing feeds add --url …`) and the rest is that subcommand's plain text.
 */
export function parseCommandText(
  spec: CommandSpec,
  door: FrontDoor,
  named: Readonly<Record<string, string>>,
  positional: string | undefined,
): ParsedOptions {
  if (!spec.subcommands) return parseOptionText(spec, door, named, positional);
  const [first = '', ...rest] = (positional ?? '').trim().split(/\s+/);
  const sub = subcommandOf(spec, first);
  if (!sub) {
    const names = spec.subcommands.map((s) => s.name).join(', ');
    return { ok: false, problem: `${spec.name} needs one of its subcommands: ${names} (try: ${spec.examples[0]}).` };
  }
  const text = rest.length > 0 ? rest.join(' ') : undefined;
  const parsed = parseOptionText(sub, door, named, text, `${spec.name} ${sub.name}`);
  return parsed.ok ? { ...parsed, subcommand: sub.name } : parsed;
}
