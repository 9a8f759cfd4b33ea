#!/usr/bin/env node
import { answerCliCommand } from './answer.ts';
import { CLI_COMMAND_SPECS } from './commands.ts';

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

/** Runs the CLI with `argv` (without node and script) and resolves to the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || (name === 'help' && rest.length === 0)) {
    process.stdout.write(usage());
    return name ? 0 : 2;
  }
  const command = CLI_COMMANDS[name];
  if (!command) {
    process.stderr.write(`briefing: unknown command "${name.slice(0, 40)}"\n\n${usage()}`);
    return 2;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    // parseArgs throws TypeErrors with a readable message for unknown or malformed options.
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`briefing ${name}: ${message}\n`);
    return 2;
  }
}

process.exitCode = await main(process.argv.slice(2));
