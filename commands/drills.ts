import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { privateOption } from './options.ts';

/** Aspects of the drills the answers layer knows; without one the answer is a compact overview. */
const ASPECTS = ['name', 'dates', 'locations', 'forces', 'purpose', 'naval', 'attendance'] as const;

/** `/drills [aspect] [private]`: what the sources say about the military drills. */
export const data = new SlashCommandBuilder()
  .setName('drills')
  .setDescription('What the sources say about the drills: names, dates, places, forces, purpose')
  .addStringOption((o) =>
    o
      .setName('aspect')
      .setDescription('One aspect only (default: a compact overview)')
      .addChoices(...ASPECTS.map((a) => ({ name: a, value: a }))),
  )
  .addBooleanOption(privateOption);

/** Answers `/drills`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
