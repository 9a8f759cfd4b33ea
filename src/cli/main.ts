#!/usr/bin/env node
import { answerCliCommand } from './answer.ts';
import { CLI_COMMAND_SPECS } from './commands.ts';
import { runConsoleCommand } from './console-command.ts';
import { runFacts } from './facts.ts';
import { runFeeds } from './feeds.ts';
import { runIngest } from './ingest.ts';
import { runPost } from './post.ts';
import { runValidate } from './validate.ts';

/** A CLI subcommand: receives the arguments after its name and resolves to the process exit code. */
export type CliCommand = (argv: string[]) => Promise<number>;

/** Every subcommand of `briefing`, in the order `--help` lists them. */
export const CLI_COMMANDS: Readonly<Record<string, { run: CliCommand; summary: string }>> = {
  validate: { run: runValidate, summary: 'check every article in the knowledge folder' },
  facts: { run: runFacts, summary: 'print the facts extracted from every article (--json for the contract)' },
  ...Object.fromEntries(CLI_COMMAND_SPECS.map((s) => [s.name, { run: answerCliCommand(s), summary: s.summary }])),
  ingest: { run: runIngest, summary: 'add an article from its web address or a .md, .txt or .html file' },
  feeds: { run: runFeeds, summary: 'follow RSS and Atom feeds: add, remove, list, or poll them now' },
  post: { run: runPost, summary: 'answer a command and post it to a Discord or Slack webhook (for cron)' },
  console: { run: runConsoleCommand, summary: 'answer slash commands typed or piped one per line' },
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
