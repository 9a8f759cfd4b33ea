import { type Client, Events } from 'discord.js';
import { pino } from 'pino';
import { commands, handlers } from '../../commands/index.ts';
import { Cooldown, createClient, createRouter, type ModerationSettings } from '../../src/discord/index.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { FollowStore } from '../../src/workflows/index.ts';
import type { DiscordStandIn } from '../e2e/standin/index.ts';

/**
 * A real discord.js client logged in through the stand-in and routed exactly as the bot routes: the project's own
 * command list and handlers, so a test of /brief or /ingest exercises the commands users get. `settings` says where
 * the moderator commands read and write (attachment hosts: the tests' local stand-ins for Discord's CDN).
 */
export async function startModerationClient(
  standIn: DiscordStandIn,
  service: BriefingService,
  settings: ModerationSettings,
  follows?: FollowStore,
): Promise<Client> {
  const route = createRouter({
    commands,
    handlers,
    moderation: settings,
    follows: follows ?? (await FollowStore.open(`${settings.knowledgeDir}/../follows.json`)),
    service,
    logger: pino({ level: 'silent' }),
    cooldown: new Cooldown(0),
  });
  const client = createClient({ discordApiUrl: standIn.apiUrl });
  client.on(Events.InteractionCreate, (interaction) => void route(interaction));
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(standIn.token);
  await ready;
  return client;
}
