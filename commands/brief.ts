import { type ChatInputCommandInteraction, InteractionContextType, SlashCommandBuilder } from 'discord.js';
import {
  CHANNEL_OPTION,
  MODERATOR_PERMISSION,
  type ModeratorContext,
  PUBLISHABLE_CHANNELS,
  previewBriefing,
} from '../src/discord/publish.ts';

/**
 * `/brief [channel]`: the whole story in one cited briefing, for moderators. The briefing is shown privately first;
 * it becomes public only through the preview's Publish button (audit-logged, mentions off), so nobody can post a
 * channel-wide briefing by accident. `default_member_permissions` hides the command from other members and
 * {@link previewBriefing} checks the permission again, since server admins can override the default.
 */
export const data = new SlashCommandBuilder()
  .setName('brief')
  .setDescription('Preview a briefing of the whole story, then publish it (moderators)')
  .setDefaultMemberPermissions(MODERATOR_PERMISSION)
  .setContexts(InteractionContextType.Guild)
  .addChannelOption((o) =>
    o
      .setName(CHANNEL_OPTION)
      .setDescription('Where to publish it (default: this channel)')
      .addChannelTypes(...PUBLISHABLE_CHANNELS),
  );

/** Answers `/brief` with a private preview and Publish / Cancel buttons. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: ModeratorContext): Promise<void> {
  await previewBriefing(interaction, ctx);
}
