/**
 * Starts the Discord front door: client, interaction router and logs. Commands are registered separately by
 * `npm run deploy-commands`, never on `ready` (registering on every start burns a rate-limited route and, globally,
 * takes up to an hour to propagate).
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import type { Logger } from 'pino';
import { commands, handlers } from '../../commands/index.ts';
import { DISCORD_CDN_HOSTS } from '../../commands/ingest.ts';
import type { Config } from '../config.ts';
import type { BriefingService } from '../service/types.ts';
import { createClient, logClientEvents, redactSecrets } from './client.ts';
import { Cooldown } from './cooldown.ts';
import { createRouter } from './router.ts';

/** How long to wait for the gateway session after login before giving up with a clear error. */
const READY_TIMEOUT_MS = 60_000;

/**
 * Hosts `/ingest` downloads attachments from: Discord's CDN, and the host `DISCORD_API_URL` points at when set. That
 * host is already trusted with the bot token; a REST proxy (or the test stand-in) serves attachments beside the API,
 * as Discord's CDN does beside its own.
 */
export function attachmentHosts(config: Pick<Config, 'discordApiUrl'>): readonly string[] {
  if (!config.discordApiUrl) return DISCORD_CDN_HOSTS;
  const host = new URL(config.discordApiUrl).host;
  return DISCORD_CDN_HOSTS.includes(host) ? DISCORD_CDN_HOSTS : [...DISCORD_CDN_HOSTS, host];
}

/** A running bot. */
export interface RunningBot {
  /** Destroys the client (closes the gateway, drops pending REST work). Safe to call more than once. */
  stop(): Promise<void>;
}

/** What {@link startBot} needs. */
export interface StartBotOptions {
  readonly config: Config;
  readonly service: BriefingService;
  readonly logger: Logger;
}

/**
 * Logs in with `config.discordToken` and resolves once the gateway session is ready. Rejects (with the token
 * redacted from any message) when the token is missing or Discord refuses it.
 */
export async function startBot({ config, service, logger }: StartBotOptions): Promise<RunningBot> {
  const token = config.discordToken;
  if (!token) throw new Error('DISCORD_TOKEN is not set: the Discord bot cannot start.');
  const log = logger.child({ component: 'discord' });
  const client = createClient(config);
  logClientEvents(client, log, token);
  const route = createRouter({
    commands,
    handlers,
    service,
    logger: log,
    cooldown: new Cooldown(config.cooldownSeconds),
    // Moderator workflows read where to write articles and the audit log from their context.
    context: { knowledgeDir: config.knowledgeDir, auditLog: config.auditLog, attachmentHosts: attachmentHosts(config) },
  });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));

  const ready = once(client, Events.ClientReady, { signal: AbortSignal.timeout(READY_TIMEOUT_MS) });
  // Marked handled now: when login fails first, the timeout's later rejection must not surface as unhandled.
  ready.catch(() => undefined);
  try {
    await client.login(token);
    await ready;
  } catch (error) {
    await client.destroy();
    const message =
      error instanceof Error && error.name === 'AbortError'
        ? `no gateway session within ${READY_TIMEOUT_MS / 1000} s`
        : error instanceof Error
          ? error.message
          : String(error);
    throw new Error(`Could not connect to Discord: ${redactSecrets(message, token)}`);
  }
  log.info(
    { user: client.user?.tag, id: client.user?.id, api: config.discordApiUrl ?? 'default', commands: commands.length },
    'connected to Discord',
  );

  let stopping: Promise<void> | undefined;
  return {
    stop() {
      stopping ??= (async () => {
        log.info('disconnecting from Discord');
        await client.destroy();
      })();
      return stopping;
    },
  };
}
