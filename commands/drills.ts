import { type ChatInputCommandInteraction, SlashCommandBuilder } from 'discord.js';
import { DRILL_ASPECTS } from '../src/answers/index.ts';
import { answerCommand } from '../src/discord/respond.ts';
import type { CommandContext } from '../src/discord/types.ts';
import { privateOption } from './options.ts';

/** The aspects the answers layer knows, offered as fixed choices labelled with the heading the answer uses. */
const ASPECT_CHOICES = Object.entries(DRILL_ASPECTS).map(([value, aspect]) => ({ name: aspect.heading, value }));

/** `/drills [aspect] [private]`: what the sources say about the military drills. */
export const data = new SlashCommandBuilder()
  .setName('drills')
  .setDescription('What the sources say about the drills: names, dates, places, forces, purpose')
  .addStringOption((o) =>
    o
      .setName('aspect')
      .setDescription('One aspect only (default: a compact overview)')
      .addChoices(...ASPECT_CHOICES),
  )
  .addBooleanOption(privateOption);

/** Answers `/drills`. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await answerCommand(interaction, ctx, data);
}
