/**
 * Registering slash commands with Discord, to `DISCORD_GUILD_ID` when set (instant, for development) or globally
 * (for release; Discord takes a while to show global changes). `npm run deploy-commands` (`commands/deploy.ts`)
 * runs {@link runDeploy} with the command list. Run it when the list changes, not on every start: registration is a
 * rate-limited bulk overwrite, so doing it on `ready` would waste it and briefly drop commands.
 */
import { REST, type RESTPutAPIApplicationCommandsResult, Routes } from 'discord.js';
import { type Config, loadConfigOrReport } from '../config.ts';
import { scrubSecrets } from '../logger.ts';
import type { CommandData } from './types.ts';

/** Where the commands went and which were registered. */
export interface DeployResult {
  readonly scope: 'guild' | 'global';
  readonly guildId: string | undefined;
  readonly names: readonly string[];
}

/** Raised for a configuration that cannot deploy; the message says which variable to set. */
export class DeployError extends Error {
  override readonly name = 'DeployError';
}

/** A REST client as far as deployment needs one (so tests can pass a recorder). */
export interface CommandRegistrar {
  put(route: `/${string}`, options: { body: unknown }): Promise<unknown>;
}

/** A discord.js REST client authenticated with the bot token, pointed at `DISCORD_API_URL` when set. */
export function createRest(config: Pick<Config, 'discordToken' | 'discordApiUrl'>): REST {
  if (!config.discordToken) throw new DeployError('DISCORD_TOKEN is not set: deploying commands needs the bot token.');
  const rest = new REST(config.discordApiUrl ? { api: config.discordApiUrl.replace(/\/+$/, '') } : {});
  return rest.setToken(config.discordToken);
}

/**
 * Registers `commands` (a bulk overwrite: commands no longer in the list disappear) to the configured guild, or
 * globally. Requires `DISCORD_APPLICATION_ID`.
 */
export async function deployCommands(
  config: Pick<Config, 'discordApplicationId' | 'discordGuildId'>,
  commands: readonly { readonly data: CommandData }[],
  rest: CommandRegistrar,
): Promise<DeployResult> {
  const applicationId = config.discordApplicationId;
  if (!applicationId) {
    throw new DeployError(
      'DISCORD_APPLICATION_ID is not set: copy the Application ID from the Discord developer portal ' +
        '(your application → General Information) into .env.',
    );
  }
  const body = commands.map((c) => c.data.toJSON());
  const guildId = config.discordGuildId;
  const route = guildId
    ? Routes.applicationGuildCommands(applicationId, guildId)
    : Routes.applicationCommands(applicationId);
  const registered = (await rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult | undefined;
  const names = Array.isArray(registered) ? registered.map((c) => c.name) : body.map((c) => c.name);
  return { scope: guildId ? 'guild' : 'global', guildId, names };
}

/**
 * The deploy script's body: reads `.env`, registers `commands`, prints one line; resolves to the exit status (0 on
 * success, 1 when Discord refuses, 2 on bad config).
 */
export async function runDeploy(commands: readonly { readonly data: CommandData }[]): Promise<number> {
  const config = loadConfigOrReport();
  if (!config) return 2;
  try {
    const result = await deployCommands(config, commands, createRest(config));
    const where = result.scope === 'guild' ? `to guild ${result.guildId}` : 'globally (may take a while to appear)';
    process.stdout.write(`Registered ${result.names.length} commands ${where}: ${result.names.join(', ')}\n`);
    return 0;
  } catch (error) {
    if (error instanceof DeployError) {
      process.stderr.write(`deploy-commands: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    const secret = config.discordToken;
    const clean = scrubSecrets(secret ? message.split(secret).join('[redacted]') : message);
    process.stderr.write(`deploy-commands: Discord refused the registration: ${clean}\n`);
    return 1;
  }
}
