import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { BriefingService } from '../service/types.ts';

/** What a command needs besides its interaction. */
export interface CommandContext {
  readonly service: BriefingService;
  readonly logger: Logger;
}

/** A command's definition as the router and deploy script need it (a discord.js `SlashCommandBuilder`). */
export interface CommandData {
  readonly name: string;
  toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody;
}

/**
 * One slash command as exported by a file in `commands/`: its definition (a discord.js builder), the handler, and
 * an autocomplete handler when one of its options completes.
 */
export interface SlashCommand {
  readonly data: CommandData;
  execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
}
