/**
 * The discord.js client: Guilds intent only (slash commands need no privileged intent), REST pointed at
 * `DISCORD_API_URL` when set. The gateway URL is not configured here on purpose: discord.js asks REST for
 * `GET /gateway/bot` and connects where that answers, so a proxy or a local stand-in serves both.
 */
import { Client, GatewayIntentBits } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';

/** Builds the client without connecting it. */
export function createClient(config: Pick<Config, 'discordApiUrl'>): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    rest: config.discordApiUrl ? { api: config.discordApiUrl.replace(/\/+$/, '') } : {},
    // Default for every message the client sends; each reply also sets it explicitly.
    allowedMentions: { parse: [] },
  });
}

/**
 * Removes secrets from a log text: the bot token and the interaction tokens that appear in webhook and callback
 * paths (each lets anyone answer as the bot for 15 minutes).
 */
export function redactSecrets(text: string, token: string | undefined): string {
  let out = token ? text.split(token).join('[redacted]') : text;
  out = out.replace(/(\/(?:webhooks|interactions)\/\d+\/)[^/\s?]+/g, '$1[redacted]');
  return out;
}

/** Forwards the client's diagnostics to pino, with secrets redacted. */
export function logClientEvents(client: Client, logger: Logger, token: string | undefined): void {
  const clean = (text: string) => redactSecrets(text, token);
  client.on('debug', (message) => logger.trace({ source: 'discord.js' }, clean(message)));
  client.on('warn', (message) => logger.warn({ source: 'discord.js' }, clean(message)));
  client.on('error', (error) =>
    logger.error({ source: 'discord.js', error: clean(String(error?.stack ?? error)) }, 'client error'),
  );
  client.on('shardError', (error, shard) =>
    logger.warn({ shard, error: clean(String(error?.message ?? error)) }, 'gateway error'),
  );
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
