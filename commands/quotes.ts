import { type AutocompleteInteraction, type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand, completeFocused } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { completedText, PAIRED_TEXT_OPTION_MAX, privateOption } from './options.ts';

/** `/quotes [speaker] [topic] [private]`: verbatim quotations, by speaker and topic. */
export const data = new SlashCommandBuilder()
  .setName('quotes')
  .setDescription('Verbatim quotations with speaker and source')
  .addStringOption((o) =>
    completedText(o, 'speaker', 'Who said it: a name, alias or role (e.g. Peskov)', PAIRED_TEXT_OPTION_MAX),
  )
  .addStringOption((o) =>
    o
      .setName('topic')
      .setDescription('Words to look for within the quotations')
      .setMinLength(1)
      .setMaxLength(PAIRED_TEXT_OPTION_MAX),
  )
  .addBooleanOption(privateOption);

/** Answers `/quotes`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}

/** Completes `speaker` from the speakers in the index. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await completeFocused(interaction, ctx);
}
