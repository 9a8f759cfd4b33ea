import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { privateOption } from './options.ts';

/** `/timeline [private]`: the story as dated events, in order. */
export const data = new SlashCommandBuilder()
  .setName('timeline')
  .setDescription('Dated events in order, each cited')
  .addBooleanOption(privateOption);

/** Answers `/timeline`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
