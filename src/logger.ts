import { type Logger, pino } from 'pino';

export type { Logger } from 'pino';

/**
 * Paths pino censors wherever they appear in a log object. The token is the one secret a bot holds; webhook
 * URLs embed one too. Listed broadly because a leaked token is a compromised bot.
 */
const REDACT_PATHS = [
  'token',
  '*.token',
  'discordToken',
  '*.discordToken',
  'config.discordToken',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'webhook',
  '*.webhook',
  'webhookUrl',
  '*.webhookUrl',
];

/** Options for {@link createLogger}. */
export interface LoggerOptions {
  /** pino level; default `info`. */
  readonly level?: string;
  /** Where JSON lines go; default standard error, so a CLI's standard output stays clean for answers. */
  readonly destination?: NodeJS.WritableStream;
}

/** Creates the structured (JSON lines) logger every part of the bot uses. Secrets are redacted. */
export function createLogger(options: LoggerOptions = {}): Logger {
  return pino(
    {
      level: options.level ?? 'info',
      redact: { paths: REDACT_PATHS, censor: '[redacted]' },
      base: { app: 'briefing-bot' },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/**
 * Removes anything shaped like a Discord bot token or a webhook secret from free text (error messages can quote
 * request URLs or headers), since redaction by path cannot see inside strings.
 */
export function scrubSecrets(text: string): string {
  return text
    .replace(/[\w-]{23,28}\.[\w-]{6,7}\.[\w-]{27,40}/g, '[redacted-token]')
    .replace(/(\/webhooks\/\d+\/)[\w-]+/g, '$1[redacted]')
    .replace(/(hooks\.slack\.com\/services\/)[\w/]+/g, '$1[redacted]')
    .replace(/(Bot|Bearer)\s+[\w.-]{20,}/g, '$1 [redacted]');
}
