import type { AutocompleteInteraction, ChatInputCommandInteraction } from 'discord.js';
import { briefSpec } from '../src/answers/index.ts';
import { type CommandContext, completeFocused, previewBriefing, slashCommandData } from '../src/discord/index.ts';

/**
 * `/brief [channel] [story]`: the whole story in one cited briefing, for moderators. The briefing is shown privately first;
 * it becomes public only through the preview's Publish button (audit-logged, mentions off), so nobody can post a
 * channel-wide briefing by accident. The catalogue marks it `moderatorOnly`, so `default_member_permissions` hides
 * it from other members; {@link previewBriefing} checks the permission again, since server admins can override it.
 */
export const data = slashCommandData(briefSpec);

/** Answers `/brief` with a private preview and Publish / Cancel buttons. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  await previewBriefing(interaction, ctx);
}

/** Completes the `story` option from story titles, newest first. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  await completeFocused(interaction, ctx);
}
