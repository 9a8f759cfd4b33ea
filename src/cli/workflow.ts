/**
 * The CLI's workflow commands (`briefing ingest`, `briefing feeds …`): arguments parsed and `--help` written from
 * their catalogue entries, like the answer commands', plus `--knowledge`. What each does is in its own file.
 */
import { parseArgs } from 'node:util';
import { type CallSpec, type CommandSpec, type OptionSpec, optionNamesIn, optionsIn } from '../answers/index.ts';
import type { CommandOptions } from '../service/index.ts';
import { type UsageError, validateOptions } from './commands.ts';

/** A parsed workflow command: its options (and subcommand), or a call for help. */
export type WorkflowRequest =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly subcommand: string | undefined;
      readonly options: CommandOptions;
      readonly knowledge: string | undefined;
    };

/** Parses `argv` against `spec` as the CLI offers it; throws a {@link UsageError} saying what to type. */
export function parseWorkflowArgs(spec: CommandSpec, argv: string[]): WorkflowRequest {
  const names = optionNamesIn([spec], 'cli');
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(names.map((o) => [o, { type: 'string' as const }])),
    },
  });
  if (values.help) return { help: true };
  const named: Record<string, string> = {};
  for (const o of names) {
    const v = (values as Record<string, unknown>)[o];
    if (typeof v === 'string') named[o] = v;
  }
  const positional = positionals.length > 0 ? positionals.join(' ') : undefined;
  const options = validateOptions(spec, 'cli', named, positional);
  const subcommand = spec.subcommands ? positionals[0]?.toLowerCase() : undefined;
  return { help: false, subcommand, options, knowledge: values.knowledge };
}

function optionLine(o: OptionSpec): string {
  return `  --${o.name.padEnd(10)} ${o.description}${o.required ? '; required' : ''}`;
}

function form(prefix: string, call: CallSpec, mainLabel: string | undefined): string {
  const main = call.main ? ` <${mainLabel ?? call.main}>` : '';
  const flags = optionsIn(call, 'cli')
    .filter((o) => o.name !== call.main)
    .map((o) => ` [--${o.name} ${o.name.toUpperCase()}]`)
    .join('');
  return `${prefix}${main}${flags}`;
}

/**
 * `briefing <workflow> --help`, from the catalogue entry: each form, its options, and `--knowledge`. `mainLabel`
 * names the plain-text argument when the option's name says less (`<file|url>`).
 */
export function workflowUsage(spec: CommandSpec, notes: readonly string[] = [], mainLabel?: string): string {
  const calls: [string, CallSpec][] = spec.subcommands
    ? spec.subcommands.map((s) => [`briefing ${spec.name} ${s.name}`, s])
    : [[`briefing ${spec.name}`, spec]];
  const forms = calls.map(
    ([prefix, call], i) => `${i === 0 ? 'usage: ' : '       '}${form(prefix, call, mainLabel)} [--knowledge DIR]`,
  );
  const sections = calls.flatMap(([prefix, call]) => {
    const options = optionsIn(call, 'cli');
    return [
      '',
      spec.subcommands ? `${prefix}: ${call.summary}.` : `${call.summary[0]?.toUpperCase()}${call.summary.slice(1)}.`,
      ...options.map(optionLine),
    ];
  });
  return [
    ...forms,
    ...sections,
    ...notes,
    '',
    '  --knowledge  folder holding articles/ (default: KNOWLEDGE_DIR or knowledge)',
    '',
  ].join('\n');
}

/** Writes a usage mistake and the hint to `--help`; returns the exit status 2. */
export function workflowUsageFailure(spec: CommandSpec, error: UsageError): number {
  process.stderr.write(
    `briefing ${spec.name}: ${error.message}\nRun "briefing ${spec.name} --help" for its options.\n`,
  );
  return 2;
}
