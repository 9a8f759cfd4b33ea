import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand, completeFocused } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { completedText, privateOption } from './options.ts';

/** `/estimates [subject] [private]`: figures with who claims them, disagreements side by side. */
export const data = new SlashCommandBuilder()
  .setName('estimates')
  .setDescription('Figures with who claims them; where sources disagree, side by side')
  .addStringOption((o) => completedText(o, 'subject', 'What is counted (e.g. troops)'))
  .addBooleanOption(privateOption);

/** Answers `/estimates`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}

/** Completes `subject` from the figures' subjects in the index. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await completeFocused(interaction, ctx);
}
