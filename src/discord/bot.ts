/**
 * Starts the Discord front door: client, interaction router and logs. Commands are registered separately by
 * `npm run deploy-commands`, never on `ready` (registering on every start burns a rate-limited route and, globally,
 * takes up to an hour to propagate).
 */
import { once } from 'node:events';
import { Events } from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { BriefingService } from '../service/index.ts';
import { Cooldown, type Feeds, FollowStore } from '../workflows/index.ts';
import { channelAnnouncer } from './announce.ts';
import { createClient, logClientEvents, redactSecrets } from './client.ts';
import { moderationSettings } from './moderation.ts';
import { createRouter, type InteractionHandler } from './router.ts';
import type { SlashCommand } from './types.ts';

/** How long to wait for the gateway session after login before giving up with a clear error. */
const READY_TIMEOUT_MS = 60_000;

/** A running bot. */
export interface RunningBot {
  /** Destroys the client (closes the gateway, drops pending REST work). Safe to call more than once. */
  stop(): Promise<void>;
  /** Posts an announcement (new articles from feeds) in a channel, mentions off. Rejects when it cannot. */
  announce(channelId: string, text: string): Promise<void>;
  /** The channels that follow a story (`/follow`), where its new articles are announced. */
  channelsFollowing(story: string): string[];
}

/** What {@link startBot} needs. */
export interface StartBotOptions {
  readonly config: Config;
  readonly service: BriefingService;
  readonly logger: Logger;
  /** The slash commands to route (`commands/index.ts`; the front door never imports them itself). */
  readonly commands: readonly SlashCommand[];
  /** Handlers for buttons and modals beyond paging (the moderator workflows). Default none. */
  readonly handlers?: readonly InteractionHandler[];
  /** The running feeds service, for `/feeds`. Default none (`/feeds` then says feeds are not set up). */
  readonly feeds?: Feeds | null;
}

/**
 * Logs in with `config.discordToken` and resolves once the gateway session is ready. Rejects (with the token
 * redacted from any message) when the token is missing or Discord refuses it.
 */
export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, service, logger, commands } = options;
  const token = config.discordToken;
  if (!token) throw new Error('DISCORD_TOKEN is not set: the Discord bot cannot start.');
  const log = logger.child({ component: 'discord' });
  const follows = await FollowStore.open(config.followsFile);
  if (follows.problem) log.warn({ path: follows.problem.path }, follows.problem.message);
  const client = createClient(config);
  logClientEvents(client, log, token);
  const route = createRouter({
    commands,
    handlers: options.handlers ?? [],
    service,
    logger: log,
    cooldown: new Cooldown(config.cooldownSeconds),
    moderation: moderationSettings(config, { feeds: options.feeds ?? null }),
    follows,
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
  const announce = channelAnnouncer(client);
  return {
    announce,
    channelsFollowing: (story) => follows.channelsFollowing(story),
    stop() {
      stopping ??= (async () => {
        log.info('disconnecting from Discord');
        await client.destroy();
      })();
      return stopping;
    },
  };
}
