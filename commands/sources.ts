import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { privateOption } from './options.ts';

/** `/sources [private]`: the articles answers are drawn from. */
export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('Every article in the knowledge base with publisher, byline, date and link')
  .addBooleanOption(privateOption);

/** Answers `/sources`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
