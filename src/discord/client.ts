/**
 * The discord.js client: Guilds intent only (slash commands need no privileged intent), REST pointed at
 * `DISCORD_API_URL` when set. The gateway URL is not configured here on purpose: discord.js asks REST for
 * `GET /gateway/bot` and connects where that answers, so a proxy or a local stand-in serves both.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import { scrubSecrets } from '../logger.ts';

/**
 * How many requests a second the client lets through before it holds the rest back itself. discord.js counts every
 * request against Discord's global limit (50 a second), interaction callbacks included; but Discord exempts
 * interaction endpoints from that limit, and nearly all this bot sends is callbacks and edits of its own answers.
 * At 50, a burst of a few hundred commands queued callbacks past Discord's 3 s deadline, so users saw "the
 * application did not respond". The few other requests (command registration at start) stay far below 50 a
 * second; should Discord ever answer 429 with a global limit, discord.js still waits as it says.
 */
export const CLIENT_REQUESTS_PER_SECOND = 1_000;

/** Builds the client without connecting it. */
export function createClient(config: Pick<Config, 'discordApiUrl'>): Client {
  const api = config.discordApiUrl ? { api: config.discordApiUrl.replace(/\/+$/, '') } : {};
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: { ...api, globalRequestsPerSecond: CLIENT_REQUESTS_PER_SECOND },
    // Default for every message the client sends; each reply also sets it explicitly.
    allowedMentions: { parse: [] },
  });
}

/**
 * Removes secrets from a log text: the bot token, anything shaped like one, and the interaction tokens that appear
 * in webhook and callback paths (each lets anyone answer as the bot for 15 minutes).
 */
export function redactSecrets(text: string, token?: string): string {
  let out = token ? text.split(token).join('[redacted]') : text;
  out = out.replace(/(\/(?:webhooks|interactions)\/\d+\/)[^/\s?"]+/g, '$1[redacted]');
  return scrubSecrets(out);
}

/**
 * An error as a log object with every text redacted. discord.js's REST errors carry the request URL (with the
 * interaction token) and body; pino would print them verbatim, so errors are never logged raw.
 */
export function errorForLog(error: unknown, token?: string): Record<string, unknown> {
  if (!(error instanceof Error)) return { message: redactSecrets(String(error), token) };
  const e = error as Error & { code?: unknown; status?: unknown; method?: unknown; url?: unknown };
  const out: Record<string, unknown> = { type: e.name, message: redactSecrets(e.message, token) };
  if (e.stack) out.stack = redactSecrets(e.stack, token);
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = e.code;
  if (typeof e.status === 'number') out.status = e.status;
  if (typeof e.method === 'string') out.method = e.method;
  if (typeof e.url === 'string') out.url = redactSecrets(e.url, token);
  return out;
}

/** Forwards the client's diagnostics to pino, with secrets redacted. */
export function logClientEvents(client: Client, logger: Logger, token: string | undefined): void {
  const clean = (text: string) => redactSecrets(text, token);
  client.on('debug', (message) => logger.trace({ source: 'discord.js' }, clean(message)));
  client.on('warn', (message) => logger.warn({ source: 'discord.js' }, clean(message)));
  client.on('error', (error) => logger.error({ source: 'discord.js', err: errorForLog(error, token) }, 'client error'));
  client.on('shardError', (error, shard) => logger.warn({ shard, err: errorForLog(error, token) }, 'gateway error'));
  client.on('invalidated', () => logger.error('session invalidated by Discord'));
  client.on('shardDisconnect', (event, shard) => logger.warn({ shard, code: event.code }, 'gateway disconnected'));
  client.on('shardReconnecting', (shard) => logger.info({ shard }, 'gateway reconnecting'));
  client.on('shardResume', (shard, replayed) => logger.info({ shard, replayed }, 'gateway session resumed'));
  client.on('shardReady', (shard) => logger.info({ shard }, 'gateway shard ready'));
  client.rest.on('rateLimited', (info) =>
    logger.warn(
      { route: clean(info.route), retryAfterMs: info.retryAfter, global: info.global },
      'rate limited by Discord',
    ),
  );
}
