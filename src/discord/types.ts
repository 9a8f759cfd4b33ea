import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { CommandSpec } from '../answers/index.ts';
import type { ChartRenderer } from '../render/index.ts';
import type { BriefingService } from '../service/index.ts';
import type { FollowStore } from '../workflows/index.ts';
import type { ModerationSettings } from './moderation.ts';

/** What a command needs besides its interaction. */
export interface CommandContext {
  readonly service: BriefingService;
  readonly logger: Logger;
  /** Where moderator workflows read and write; the bot sets it from config, once. */
  readonly moderation: ModerationSettings;
  /** Which story each channel follows (`/follow`): a story-level command without `story:` answers from it. */
  readonly follows: FollowStore;
  /** Draws answers' charts off the answering thread; without it answers go out as text only. */
  readonly charts?: ChartRenderer;
}

/** A command's definition as the router and deploy script need it (a discord.js `SlashCommandBuilder`). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * One slash command: its definition (a discord.js builder), the handler, and an autocomplete handler when one of
 * its options completes. Read commands are built from their catalogue entry (`readSlashCommand`); commands with
 * Discord-specific behaviour have a file in `commands/`.
 */
export interface SlashCommand {
  readonly data: CommandData;
  /** The catalogue entry it was built from: paging buttons rebuild a read command's answer from its options. */
  readonly spec?: CommandSpec;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
