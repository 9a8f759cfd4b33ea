/**
 * The interaction router: the one place that dispatches interactions to commands and catches what they throw.
 * Expected problems ({@link UserError}) are shown to the user as written; anything else is logged with the command
 * name and answered with a generic message, so nobody ever sees "The application did not respond".
 */
import { type Interaction, type InteractionReplyOptions, MessageFlags, type RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import { type ChartRenderer, renderNotice } from '../render/index.ts';
import type { BriefingService } from '../service/index.ts';
import type { Cooldown, FollowStore } from '../workflows/index.ts';
import { errorForLog } from './client.ts';
import { isUserError } from './errors.ts';
import type { ModerationSettings } from './moderation.ts';
import { showPage } from './respond.ts';
import type { CommandContext, SlashCommand } from './types.ts';

/** Shown when a command fails unexpectedly; details go to the log only. */
export const GENERIC_ERROR = 'Something went wrong while answering. It has been logged; please try again in a moment.';

/**
 * Handles a component or modal interaction it recognises and returns true; returns false to let the next handler
 * (and finally the router's own paging buttons) try. Errors it throws are treated like a command's.
 */
export type InteractionHandler = (interaction: Interaction, ctx: CommandContext) => Promise<boolean>;

/** What the router needs. */
export interface RouterOptions {
  readonly commands: readonly SlashCommand[];
  /** Handlers for buttons and modals other than paging (e.g. moderator workflows), tried in order. Default none. */
  readonly handlers?: readonly InteractionHandler[];
  /** Where moderator workflows read and write, passed to every command in its context. */
  readonly moderation: ModerationSettings;
  /** Which story each channel follows, passed to every command in its context. */
  readonly follows: FollowStore;
  /** Draws answers' charts, passed to every command in its context. Default none: answers go out as text only. */
  readonly charts?: ChartRenderer;
  readonly service: BriefingService;
  readonly logger: Logger;
  /** Per-user cooldown applied to slash commands; paging buttons and autocomplete are exempt. */
  readonly cooldown: Cooldown;
}

/** Dispatches one interaction; never rejects. */
export type Router = (interaction: Interaction) => Promise<void>;

function privately(text: string): InteractionReplyOptions {
  return { ...renderNotice(text), flags: MessageFlags.Ephemeral };
}

/** Replies ephemerally through `reply` or `followUp`, whichever the interaction's state allows. */
export async function replyPrivately(interaction: RepliableInteraction, text: string): Promise<void> {
  const message = privately(text);
  if (interaction.replied || interaction.deferred) await interaction.followUp(message);
  else await interaction.reply(message);
}

function commandLabel(interaction: Interaction): string {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return `button:${interaction.customId.split('|', 2).join('|')}`;
  if (interaction.isModalSubmit()) return `modal:${interaction.customId.split('|', 1)[0]}`;
  return `interaction:${interaction.type}`;
}

/** Builds the router for a command list. Command names must be unique. */
export function createRouter(options: RouterOptions): Router {
  const { service, logger, cooldown } = options;
  const commands = new Map<string, SlashCommand>();
  for (const command of options.commands) {
    if (commands.has(command.data.name)) throw new Error(`duplicate command name: ${command.data.name}`);
    commands.set(command.data.name, command);
  }
  const ctx: CommandContext = {
    service,
    logger,
    moderation: options.moderation,
    follows: options.follows,
    ...(options.charts ? { charts: options.charts } : {}),
  };
  const handlers = options.handlers ?? [];

  async function dispatch(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      if (command?.autocomplete) await command.autocomplete(interaction, ctx);
      else await interaction.respond([]);
      return;
    }
    if (interaction.isChatInputCommand()) {
      const command = commands.get(interaction.commandName);
      if (!command) {
        await replyPrivately(
          interaction,
          `I don't know the command /${interaction.commandName}. It may have been removed; try /help.`,
        );
        return;
      }
      const wait = cooldown.take(interaction.user.id);
      if (wait > 0) {
        await replyPrivately(
          interaction,
          `Slow down a little: you can use another command in ${Math.ceil(wait / 1000)} s.`,
        );
        return;
      }
      await command.execute(interaction, ctx);
      return;
    }
    for (const handler of handlers) if (await handler(interaction, ctx)) return;
    if (interaction.isButton()) {
      if (!(await showPage(interaction, ctx, commands))) {
        await replyPrivately(interaction, 'This button is no longer supported. Run the command again.');
      }
      return;
    }
    if (interaction.isRepliable()) await replyPrivately(interaction, 'This kind of interaction is not supported.');
  }

  return async (interaction) => {
    const command = commandLabel(interaction);
    const started = Date.now();
    try {
      await dispatch(interaction);
      logger.debug({ command, user: interaction.user.id, ms: Date.now() - started }, 'interaction answered');
    } catch (error) {
      if (isUserError(error)) {
        logger.debug({ command, problem: error.id }, 'user error');
      } else {
        logger.error(
          { err: errorForLog(error, interaction.token), command, user: interaction.user.id },
          'command failed',
        );
      }
      if (interaction.isAutocomplete()) {
        if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
        return;
      }
      if (!interaction.isRepliable()) return;
      const text = isUserError(error) ? error.message : GENERIC_ERROR;
      try {
        await replyPrivately(interaction, text);
      } catch (replyError) {
        logger.warn(
          { err: errorForLog(replyError, interaction.token), command },
          'could not tell the user about the failure',
        );
      }
    }
  };
}
