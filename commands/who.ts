import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand, completeFocused } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { completedText, privateOption } from './options.ts';

/** `/who name [private]`: a person or body, their role, quotes and the figures they claim. */
export const data = new SlashCommandBuilder()
  .setName('who')
  .setDescription('A person or body: role, quotes and the figures they claim')
  .addStringOption((o) =>
    completedText(o, 'name', 'A person or organisation (e.g. Stoltenberg, NATO)').setRequired(true),
  )
  .addBooleanOption(privateOption);

/** Answers `/who`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}

/** Completes `name` from the people and bodies in the index. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await completeFocused(interaction, ctx);
}
