import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { privateOption } from './options.ts';

/** `/brief [private]`: the whole story in one cited briefing. */
export const data = new SlashCommandBuilder()
  .setName('brief')
  .setDescription('A briefing of the whole story: what, when, where, numbers and key quotes')
  .addBooleanOption(privateOption);

/** Answers `/brief`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
