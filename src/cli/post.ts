/**
 * `briefing post`: answers one command and posts it to a Discord or Slack incoming webhook, for cron jobs and
 * channels the bot is not in. Each successful post is recorded in the audit log.
 */
import { readFile } from 'node:fs/promises';
import { userInfo } from 'node:os';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import {
  appendAudit,
  checkWebhookUrl,
  inferWebhookFormat,
  postWebhook,
  publishEntry,
  redactWebhookUrl,
  WebhookError,
  type WebhookFormat,
  webhookBodies,
} from '../workflows/index.ts';
import { openService } from './answer.ts';
import { UsageError } from './commands.ts';
import { parseSlash } from './slash.ts';

/** The command posted when `--command` is not given. */
export const DEFAULT_POST_COMMAND = '/brief';

const USAGE = `usage: briefing post (--webhook URL | --webhook-file PATH) [--format discord|slack]
                     [--command "/estimates troops"] [--knowledge DIR] [--attempts N] [--dry-run]

Answers one command (default ${DEFAULT_POST_COMMAND}) and posts it to a Discord or Slack incoming webhook.
Retries on 429 and 5xx, honouring Retry-After; exits 1 when the post finally fails, 2 on a usage mistake.

options:
  --webhook       the webhook URL (a secret: prefer --webhook-file in crontabs and shared shells)
  --webhook-file  a file whose first line is the webhook URL
  --format        discord or slack (default: slack for hooks.slack.com, else discord)
  --command       the command to answer, as typed in Discord (default ${DEFAULT_POST_COMMAND})
  --knowledge     folder holding articles/ (default: KNOWLEDGE_DIR or knowledge)
  --attempts      attempts per message before giving up, 1 to 10 (default 4)
  --dry-run       print the JSON that would be posted instead of posting it
`;

/** Where `briefing post` writes; injectable so tests can read what it printed. */
export interface PostIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
}

const processIo: PostIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

async function webhookUrl(values: { webhook?: string; 'webhook-file'?: string }): Promise<string> {
  if (values.webhook !== undefined && values['webhook-file'] !== undefined) {
    throw new UsageError('give either --webhook or --webhook-file, not both.');
  }
  if (values['webhook-file'] !== undefined) {
    let text: string;
    try {
      text = await readFile(values['webhook-file'], 'utf8');
    } catch (error) {
      throw new UsageError(`cannot read --webhook-file: ${(error as { code?: string }).code ?? String(error)}`);
    }
    const first = text.split(/\r?\n/).find((line) => line.trim() !== '');
    if (first === undefined) throw new UsageError('--webhook-file is empty.');
    return first.trim();
  }
  if (values.webhook === undefined || values.webhook.trim() === '') {
    throw new UsageError('--webhook URL (or --webhook-file PATH) is required.');
  }
  return values.webhook.trim();
}

function formatOf(value: string | undefined, url: string): WebhookFormat {
  if (value === undefined) return inferWebhookFormat(url);
  if (value === 'discord' || value === 'slack') return value;
  throw new UsageError(`--format must be discord or slack, not "${value.slice(0, 20)}".`);
}

function attemptsOf(value: string | undefined): number {
  if (value === undefined) return 4;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 10) throw new UsageError('--attempts must be a whole number from 1 to 10.');
  return n;
}

/** The local account, for the audit log's "who". */
/** The local account, as the audit log records CLI actions. */
export function localActor(): { id: string; name: string } {
  try {
    const info = userInfo();
    return { id: `local:${info.uid}`, name: info.username };
  } catch {
    return { id: 'local', name: 'cli' };
  }
}

/**
 * Runs `briefing post` with the arguments after `post`; resolves to the exit code (0 posted, 1 failed or nothing
 * to post, 2 usage mistake). Never prints the webhook URL beyond its host.
 */
export async function runPost(argv: string[], io: PostIo = processIo): Promise<number> {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    io.stderr(`briefing post: ${error instanceof Error ? error.message : String(error)}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  let url: string;
  let format: WebhookFormat;
  let attempts: number;
  let command: ReturnType<typeof parseSlash>;
  try {
    url = await webhookUrl(values);
    checkWebhookUrl(url);
    format = formatOf(values.format, url);
    attempts = attemptsOf(values.attempts);
    command = parseSlash(values.command ?? DEFAULT_POST_COMMAND);
    if (command.kind !== 'command') throw new UsageError('--command must be a command such as "/brief".');
  } catch (error) {
    if (error instanceof UsageError || error instanceof WebhookError) {
      io.stderr(`briefing post: ${error.message}\n`);
      return 2;
    }
    throw error;
  }

  let service: Awaited<ReturnType<typeof openService>>;
  try {
    service = await openService(values.knowledge);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`briefing post: ${error.message}\n`);
    return 2;
  }
  const answer = service.answer(command.command, command.options);
  if (answer.empty) {
    const why = answer.notes[0] ?? 'nothing matched';
    io.stderr(`briefing post: nothing to post for ${values.command ?? DEFAULT_POST_COMMAND}: ${why}\n`);
    return 1;
  }
  const bodies = webhookBodies(answer, format);
  if (values['dry-run']) {
    io.stdout(`${JSON.stringify(bodies.length === 1 ? bodies[0] : bodies, null, 2)}\n`);
    return 0;
  }

  const where = redactWebhookUrl(url);
  let retries = 0;
  for (const [i, body] of bodies.entries()) {
    try {
      await postWebhook(url, body, {
        maxAttempts: attempts,
        onRetry: (r) => {
          retries++;
          io.stderr(`briefing post: ${r.reason}; retrying in ${(r.waitMs / 1000).toFixed(1)} s\n`);
        },
      });
    } catch (error) {
      if (!(error instanceof WebhookError)) throw error;
      const progress = bodies.length > 1 ? ` (message ${i + 1} of ${bodies.length}; ${i} posted)` : '';
      io.stderr(`briefing post: ${error.message} after ${error.attempts} attempt(s)${progress}\n`);
      return 1;
    }
  }
  io.stderr(
    `briefing post: posted "${answer.title}" to ${where} as ${format} (${bodies.length} message(s), ${retries} retr${retries === 1 ? 'y' : 'ies'})\n`,
  );
  try {
    await appendAudit(
      loadConfig().auditLog,
      publishEntry(answer, {
        actor: localActor(),
        destination: `${format} webhook ${where}`,
        guild: null,
        message: null,
      }),
    );
  } catch (error) {
    // The briefing is out; a cron job should not report failure (and retry, posting twice) over the log.
    io.stderr(`briefing post: warning: could not write the audit log: ${(error as Error).message}\n`);
  }
  return 0;
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    allowPositionals: false,
    options: {
      webhook: { type: 'string' },
      'webhook-file': { type: 'string' },
      format: { type: 'string' },
      command: { type: 'string' },
      knowledge: { type: 'string' },
      attempts: { type: 'string' },
      'dry-run': { type: 'boolean' },
      help: { type: 'boolean' },
    },
  });
}
