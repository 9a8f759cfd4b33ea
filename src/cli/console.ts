import { createInterface } from 'node:readline';
import type { Readable, Writable } from 'node:stream';
import type { BriefingService } from '../service/index.ts';
import { type Format, render } from './answer.ts';
import { UsageError } from './commands.ts';
import { answerForText } from './paging.ts';
import { parseSlash } from './slash.ts';
import { echo, printable } from './terminal.ts';

/** How to go from the console to the real bot; printed at start so nobody has to look it up. */
export const CONNECT_HINT = [
  'To answer on Discord instead: put DISCORD_TOKEN (and DISCORD_APPLICATION_ID) in .env,',
  'register the commands once with "npm run deploy-commands", then run "npm start" again.',
  'On Slack: put SLACK_BOT_TOKEN and SLACK_APP_TOKEN in .env (README: Connect to Slack).',
].join('\n');

/** What {@link runConsole} reads from and writes to. */
export interface ConsoleOptions {
  readonly service: BriefingService;
  readonly input: Readable;
  readonly output: Writable;
  /** A person at a terminal: show the banner and a prompt. Otherwise answer each line of input and stop at its end. */
  readonly interactive: boolean;
  /** Where the one-line hint goes when not interactive (standard error), so piped answers stay clean. */
  readonly notices?: Writable;
  readonly format?: Exclude<Format, 'json'> | 'json';
}

/** The answer (or the usage message) for one console line; null for blank lines and `quit`. */
export function answerLine(service: BriefingService, line: string, format: Format = 'text'): string | null {
  try {
    const parsed = parseSlash(line);
    if (parsed.kind !== 'command') return null;
    return render(
      answerForText(service, parsed.spec, parsed.options, format === 'json', (n) => `page:${n}`),
      format,
    );
  } catch (error) {
    if (error instanceof UsageError) return `${error.message}\nType /help for the commands.\n`;
    throw error;
  }
}

/**
 * The local console: answers slash-command lines (`/quotes speaker:Peskov`, `/estimates troops`) from the loaded
 * knowledge. Interactive, it prompts until `/quit` or end of input; from a pipe it answers every line and resolves
 * at the end of input. Resolves to the exit code.
 */
export async function runConsole(options: ConsoleOptions): Promise<number> {
  const { service, input, output, interactive } = options;
  const format = options.format ?? 'text';
  const rl = createInterface({ input, output: interactive ? output : undefined, terminal: interactive });
  if (!interactive)
    options.notices?.write(
      `Briefing console (no terminal): answering each line of input. ${CONNECT_HINT.replace(/\n/g, ' ')}\n`,
    );
  if (interactive) {
    output.write(
      `Briefing console: ${service.articles().length} article(s) loaded. Type /help for the commands, /quit to leave.\n${CONNECT_HINT}\n\n`,
    );
    rl.setPrompt('briefing> ');
    rl.prompt();
  }
  for await (const line of rl) {
    if (parseQuit(line)) break;
    let reply: string | null;
    try {
      reply = answerLine(service, line, format);
    } catch (error) {
      // An unexpected failure answers this line with a generic message; the console keeps going.
      reply = `Something went wrong answering that (${error instanceof Error ? error.message : String(error)}).\n`;
    }
    // From a pipe, echo each command so the transcript shows what each answer answers.
    if (reply !== null) {
      const text = printable(reply);
      output.write(interactive ? `${text}\n` : `> ${echo(line.trim())}\n${text}\n`);
    }
    if (interactive) rl.prompt();
  }
  rl.close();
  return 0;
}

function parseQuit(line: string): boolean {
  try {
    return parseSlash(line).kind === 'quit';
  } catch {
    return false;
  }
}
