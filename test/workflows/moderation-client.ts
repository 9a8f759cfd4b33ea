import { type Client, Events } from 'discord.js';
import { pino } from 'pino';
import { commands, handlers } from '../../commands/index.ts';
import { createClient } from '../../src/discord/client.ts';
import { Cooldown } from '../../src/discord/cooldown.ts';
import { createRouter } from '../../src/discord/router.ts';
import type { BriefingService } from '../../src/service/types.ts';
import type { DiscordStandIn } from '../e2e/standin/index.ts';

/** Where the moderator commands read and write, as the bot passes it through the router's context. */
export interface ModerationSettings {
  readonly knowledgeDir: string;
  readonly auditLog: string;
  /** Hosts /ingest may download attachments from (the tests' local stand-ins for Discord's CDN). */
  readonly attachmentHosts: readonly string[];
}

/**
 * A real discord.js client logged in through the stand-in and routed exactly as the bot routes: the project's own
 * command list and handlers, so a test of /brief or /ingest exercises the commands users get.
 */
export async function startModerationClient(
  standIn: DiscordStandIn,
  service: BriefingService,
  settings: ModerationSettings,
): Promise<Client> {
  const route = createRouter({
    commands,
    handlers,
    context: { ...settings, attachmentHosts: [...settings.attachmentHosts] },
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
