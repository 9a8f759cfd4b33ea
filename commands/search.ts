import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { privateOption, TEXT_OPTION_MAX } from './options.ts';

/** Most snippets `/search` may be asked for, so one answer stays readable on a phone. */
export const SEARCH_LIMIT_MAX = 10;

/** `/search question [limit] [private]`: the best cited snippets for a free question. */
export const data = new SlashCommandBuilder()
  .setName('search')
  .setDescription('The best verbatim snippets for a question, each cited')
  .addStringOption((o) =>
    o
      .setName('question')
      .setDescription('Your question, in plain words (e.g. how far is Kyiv from the border)')
      .setRequired(true)
      .setMinLength(1)
      .setMaxLength(TEXT_OPTION_MAX),
  )
  .addIntegerOption((o) =>
    o.setName('limit').setDescription('How many snippets (default 5)').setMinValue(1).setMaxValue(SEARCH_LIMIT_MAX),
  )
  .addBooleanOption(privateOption);

/** Answers `/search`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
