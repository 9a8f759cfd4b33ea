#!/usr/bin/env node
import { answerCliCommand } from './answer.ts';
import { CLI_COMMAND_SPECS } from './commands.ts';
import { echo } from './terminal.ts';

/** A CLI subcommand: receives the arguments after its name and resolves to the process exit code. */
export type CliCommand = (argv: string[]) => Promise<number>;

/**
 * Every subcommand of `briefing`, in the order `--help` lists them. The non-answer subcommands are imported when
 * run: webhook posting brings in the Discord and Slack payload code, which a one-off answer should not load.
 */
export const CLI_COMMANDS: Readonly<Record<string, { run: CliCommand; summary: string }>> = {
  validate: {
    run: async (argv) => (await import('./validate.ts')).runValidate(argv),
    summary: 'check every article in the knowledge folder',
  },
  facts: {
    run: async (argv) => (await import('./facts.ts')).runFacts(argv),
    summary: 'print the facts extracted from every article (--json for the contract)',
  },
  ...Object.fromEntries(CLI_COMMAND_SPECS.map((s) => [s.name, { run: answerCliCommand(s), summary: s.summary }])),
  ingest: {
    run: async (argv) => (await import('./ingest.ts')).runIngest(argv),
    summary: 'add an article from its web address or a .md, .txt or .html file',
  },
  feeds: {
    run: async (argv) => (await import('./feeds.ts')).runFeeds(argv),
    summary: 'follow RSS and Atom feeds: add, remove, list, or poll them now',
  },
  post: {
    run: async (argv) => (await import('./post.ts')).runPost(argv),
    summary: 'answer a command and post it to a Discord or Slack webhook (for cron)',
  },
  console: {
    run: async (argv) => (await import('./console-command.ts')).runConsoleCommand(argv),
    summary: 'answer slash commands typed or piped one per line',
  },
};

function usage(): string {
  const rows = Object.entries(CLI_COMMANDS).map(([name, c]) => `  ${name.padEnd(10)} ${c.summary}`);
  return `usage: briefing <command> [options]\n\ncommands:\n${rows.join('\n')}\n\nRun "briefing <command> --help" for a command's options.\n`;
}

/** Options every command takes, which may also come before the command's name (`briefing --knowledge X sources`). */
const GLOBAL_FLAGS: Readonly<Record<string, boolean>> = { '--knowledge': true, '--format': true, '--json': false };

/** Moves global flags written before the command's name to after it, where each command reads them. */
export function commandFirst(argv: readonly string[]): string[] {
  const leading: string[] = [];
  let i = 0;
  while (i < argv.length) {
    const arg = argv[i] as string;
    const flag = arg.split('=')[0] as string;
    if (!Object.hasOwn(GLOBAL_FLAGS, flag)) break;
    const takesValue = GLOBAL_FLAGS[flag] === true && !arg.includes('=');
    leading.push(...argv.slice(i, i + (takesValue ? 2 : 1)));
    i += takesValue ? 2 : 1;
  }
  if (leading.length === 0 || i >= argv.length) return [...argv];
  return [argv[i] as string, ...leading, ...argv.slice(i + 1)];
}

/** A friendly line for the argument parser's own errors (an unknown or malformed option). */
function optionProblem(name: string, error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  const option = /'(-{1,2}[^']+)'/.exec(message)?.[1];
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) return `"${echo(option)}" is not an option of ${name}.`;
  if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' && option) return `${echo(option)} needs a value.`;
  if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') return `${name} takes no text here: ${echo(message)}`;
  return echo(message);
}

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = commandFirst(argv);
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = CLI_COMMANDS[name];
  if (!command) {
    process.stderr.write(`briefing: unknown command "${echo(name.slice(0, 40))}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // parseArgs throws TypeErrors for unknown or malformed options: said plainly, with where to look.
    if (String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS')) {
      process.stderr.write(
        `briefing ${name}: ${optionProblem(name, error)}\nRun "briefing ${name} --help" for its options.\n`,
      );
      return 2;
    }
    process.stderr.write(`briefing ${name}: ${echo(error instanceof Error ? error.message : String(error))}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
