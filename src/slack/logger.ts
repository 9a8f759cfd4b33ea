/**
 * Bolt's logs into the project's logger (JSON lines on standard error), with secrets taken out first: Bolt and
 * the Web API client log request details at debug level, and nothing they say may carry a token, the signing
 * secret or a `response_url` (which lets anyone holding it post as the app for half an hour).
 */
import type { Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from 'pino';

/** Tokens of any Slack kind (bot, user, app-level, refresh) and Slack's response and webhook URLs. */
const SECRET_PATTERNS: readonly RegExp[] = [
  /\bxox[a-z]-[\w-]+/gi,
  /\bxapp-[\w-]+/gi,
  /\bhttps?:\/\/[^\s"'<>]*\/(?:commands|actions|services)\/[^\s"'<>]+/gi,
];

/** `text` with every given secret and anything shaped like a Slack secret replaced by `[redacted]`. */
export function redactSlackSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) if (secret.length >= 8) out = out.split(secret).join('[redacted]');
  for (const pattern of SECRET_PATTERNS) out = out.replace(pattern, '[redacted]');
  return out;
}

function describe(part: unknown): string {
  if (part instanceof Error) return `${part.name}: ${part.message}`;
  if (typeof part === 'string') return part;
  try {
    return JSON.stringify(part) ?? String(part);
  } catch {
    return String(part);
  }
}

const ORDER: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'] as LogLevel[];

/**
 * A Bolt logger writing through `logger`, redacting `secrets` (and Slack-shaped secrets) from every line. Its level
 * starts at `logger`'s; give the same to Bolt's `App` as `logLevel`, which would otherwise reset it to info.
 */
export function boltLogger(logger: Logger, secrets: readonly string[]): BoltLogger {
  let level: LogLevel = (ORDER.find((l) => logger.isLevelEnabled(l)) ?? 'error') as LogLevel;
  let name = 'bolt';
  const write = (at: LogLevel, parts: unknown[]) => {
    if (ORDER.indexOf(at) < ORDER.indexOf(level)) return;
    const message = redactSlackSecrets(parts.map(describe).join(' '), secrets);
    logger[at]({ source: name }, message);
  };
  return {
    debug: (...parts: unknown[]) => write('debug' as LogLevel, parts),
    info: (...parts: unknown[]) => write('info' as LogLevel, parts),
    warn: (...parts: unknown[]) => write('warn' as LogLevel, parts),
    error: (...parts: unknown[]) => write('error' as LogLevel, parts),
    setLevel: (next: LogLevel) => {
      level = next;
    },
    getLevel: () => level,
    setName: (next: string) => {
      name = next;
    },
  };
}
