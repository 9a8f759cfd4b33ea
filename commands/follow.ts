import { type AutocompleteInteraction, type ChatInputCommandInteraction, MessageFlags } from 'discord.js';
import {
  type CommandContext,
  completeFocused,
  requireModerator,
  slashCommandData,
  UserError,
} from '../src/discord/index.ts';
import { renderNotice } from '../src/render/index.ts';
import { appendAudit, followSpec } from '../src/workflows/index.ts';

/**
 * `/follow [story]`: a moderator makes the channel follow a story, so every story-level command asked here answers
 * from it unless the asker names another (`story:`); `/follow` with no story stops following. Kept across restarts.
 */
export const data = slashCommandData(followSpec);

/** Sets or clears the channel's story, records it in the audit log, and says so privately. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  requireModerator(interaction, 'choose the story a channel follows');
  const wanted = interaction.options.getString('story', false)?.trim() ?? '';
  const story = wanted === '' ? null : ctx.service.findStory(wanted);
  if (wanted !== '' && !story) {
    throw new UserError('bad-option', `No story matches "${wanted.slice(0, 60)}". /stories lists them.`);
  }
  await ctx.follows.set(interaction.channelId, story?.id ?? null);
  await appendAudit(ctx.moderation.auditLog, {
    kind: 'follow',
    at: new Date().toISOString(),
    actor: { id: interaction.user.id, name: interaction.user.username },
    guild: interaction.guildId,
    channel: interaction.channelId,
    story: story?.id ?? null,
  });
  ctx.logger.info(
    { channel: interaction.channelId, story: story?.id ?? null, user: interaction.user.id },
    'follow set',
  );
  const text = story
    ? `This channel now follows “${story.title}” (${story.id}). Commands here answer from it unless story: names another.`
    : 'This channel follows no story now: commands answer from the whole archive or the best-matching story.';
  await interaction.reply({ ...renderNotice(text), flags: MessageFlags.Ephemeral });
}

/** Completes the story from story titles, newest first. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await completeFocused(interaction, ctx);
}
