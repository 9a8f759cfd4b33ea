import { parseArgs } from 'node:util';
import { type Answer, type OptionSpec, optionNamesIn, optionsIn } from '../answers/index.ts';
import { loadConfig } from '../config.ts';
import { renderJson } from '../render/json.ts';
import { renderMarkdown } from '../render/markdown.ts';
import { renderText } from '../render/text.ts';
import { type BriefingService, type CommandOptions, createBriefingService } from '../service/index.ts';
import { type AnswerSpec, CLI_COMMAND_SPECS, UsageError, validateOptions } from './commands.ts';
import { answerForText } from './paging.ts';
import { echo, printable } from './terminal.ts';

/** Output formats of the answer commands. */
export type Format = 'text' | 'markdown' | 'json';

/** Renders an answer in a format. */
export function render(answer: Answer, format: Format): string {
  if (format === 'json') return renderJson(answer);
  if (format === 'markdown') return renderMarkdown(answer);
  return renderText(answer);
}

/** Every option name any CLI command has: all are parsed, so a misplaced one gets a precise message. */
const ANSWER_OPTIONS = optionNamesIn(CLI_COMMAND_SPECS, 'cli');

/** An option's line in `--help`: its description, then what it accepts when the description cannot say it. */
function optionHelp(o: OptionSpec): string {
  const accepts =
    o.type === 'integer' && o.min !== undefined && o.max !== undefined
      ? `; ${o.min} to ${o.max}`
      : o.type === 'string' && o.choices
        ? `; one of ${o.choices.map((c) => c.value).join(', ')}`
        : '';
  return `  --${o.name.padEnd(10)} ${o.description}${accepts}${o.required ? '; required' : ''}`;
}

/** `briefing <command> --help`, from the command's catalogue entry. */
export function commandUsage(spec: AnswerSpec): string {
  const options = optionsIn(spec, 'cli');
  const flags = options.map((o) => `[--${o.name} ${o.name.toUpperCase()}]`).join(' ');
  const main = spec.main ? ` [${spec.main.toUpperCase()}]` : '';
  return [
    `usage: briefing ${spec.name}${main} ${flags} [--json] [--format text|markdown] [--knowledge DIR]`.replace(
      / +/g,
      ' ',
    ),
    '',
    `${spec.summary}.`,
    spec.main ? `The ${spec.main} may also be given as plain text after the command.` : '',
    `Slash form: ${spec.examples.join(', ')}`,
    '',
    'options:',
    ...options.map(optionHelp),
    '  --json       print the answer as JSON (results: text, article, paragraph, citation…)',
    '  --format     text (default) or markdown',
    '  --knowledge  folder holding articles/ (default: KNOWLEDGE_DIR or knowledge)',
    '',
  ]
    .filter((line, i, all) => line !== '' || all[i - 1] !== '')
    .join('\n');
}

/**
 * Loads the knowledge for a CLI run. Files that failed validation are listed on standard error (the answer still
 * comes from the others); a folder that cannot be read is a usage error.
 */
export async function openService(knowledge: string | undefined): Promise<BriefingService> {
  const config = loadConfig();
  const knowledgeDir = knowledge ?? config.knowledgeDir;
  const service = await createBriefingService({ knowledgeDir, cacheDir: config.cacheDir });
  const problems = service.problems();
  if (service.articles().length === 0 && problems.length > 0) {
    throw new UsageError(`cannot use knowledge folder "${knowledgeDir}": ${problems[0]?.message ?? 'no articles'}`);
  }
  for (const p of problems) {
    process.stderr.write(`briefing: skipped ${p.path}${p.field ? ` (${p.field})` : ''}: ${p.message}\n`);
  }
  return service;
}

/** A parsed `briefing <command> …`: the options to answer with and how to print the answer, or a call for help. */
export type CliRequest =
  | { readonly help: true }
  | {
      readonly help: false;
      readonly options: CommandOptions;
      readonly format: Format;
      readonly knowledge: string | undefined;
    };

/**
 * Parses the arguments of one answer command: flags named as the catalogue's options, plus the main option as plain
 * text. Throws a {@link UsageError} saying what to type (unknown flags: parseArgs's own TypeError).
 */
export function parseCliArgs(spec: AnswerSpec, argv: string[]): CliRequest {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      json: { type: 'boolean' },
      format: { type: 'string' },
      knowledge: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      ...Object.fromEntries(ANSWER_OPTIONS.map((o) => [o, { type: 'string' as const }])),
    },
  });
  if (values.help) return { help: true };
  const format = values.json ? 'json' : (values.format ?? 'text');
  if (format !== 'text' && format !== 'markdown' && format !== 'json') {
    throw new UsageError(`--format must be text or markdown, not "${String(format).slice(0, 20)}".`);
  }
  const named: Record<string, string> = {};
  for (const o of ANSWER_OPTIONS) {
    const v = (values as Record<string, unknown>)[o];
    if (typeof v === 'string') named[o] = v;
  }
  const options = validateOptions(spec, 'cli', named, positionals.length > 0 ? positionals.join(' ') : undefined);
  return { help: false, options, format, knowledge: values.knowledge };
}

/** The CLI subcommand for one answer command: parses its arguments (exit 2 with a clear message), answers, prints. */
export function answerCliCommand(spec: AnswerSpec): (argv: string[]) => Promise<number> {
  return async (argv) => {
    try {
      const request = parseCliArgs(spec, argv);
      if (request.help) {
        process.stdout.write(commandUsage(spec));
        return 0;
      }
      const service = await openService(request.knowledge);
      const answer = answerForText(service, spec, request.options, request.format === 'json', (n) => `--page ${n}`);
      process.stdout.write(
        request.format === 'json' ? render(answer, 'json') : printable(render(answer, request.format)),
      );
      return 0;
    } catch (error) {
      if (error instanceof UsageError) return usageFailure(spec, error.message);
      throw error;
    }
  };
}

function usageFailure(spec: AnswerSpec, message: string): number {
  process.stderr.write(
    `briefing ${spec.name}: ${echo(message)}\nRun "briefing ${spec.name} --help" for its options.\n`,
  );
  return 2;
}
