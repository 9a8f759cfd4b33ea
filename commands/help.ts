import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';

/** `/help`: what each command does, with examples. */
export const data = new SlashCommandBuilder().setName('help').setDescription('What each command does, with examples');

/** Answers `/help`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
