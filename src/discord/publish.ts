/**
 * Moderator publishing: `/brief` shows the moderator a private preview with Publish and Cancel buttons; Publish
 * posts exactly the previewed briefing publicly (mentions off) and records who published what, where and when in
 * the audit log.
 */
import {
  type APIActionRowComponent,
  type APIButtonComponent,
  type ButtonInteraction,
  ButtonStyle,
  type ChannelType,
  type ChatInputCommandInteraction,
  ComponentType,
  MessageFlags,
} from 'discord.js';
import type { Answer, briefSpec } from '../answers/index.ts';
import {
  appendAudit,
  type DiscordPage,
  discordPages,
  PREVIEW_TTL_MS,
  PreviewStore,
  publishEntry,
} from '../workflows/index.ts';
import { UserError } from './errors.ts';
import { PUBLISHABLE_CHANNELS, requireModerator } from './moderation.ts';
import type { InteractionHandler } from './router.ts';
import type { CommandContext } from './types.ts';

export { PREVIEW_TTL_MS, PreviewStore };

/** Name of `/brief`'s optional option choosing where to publish (default: the channel it was used in). */
export const CHANNEL_OPTION: (typeof briefSpec.options)[number]['name'] = 'channel';

const PUBLISH_PREFIX = 'publish';
const CANCEL_PREFIX = 'publish-cancel';

/** A briefing waiting for its moderator's decision. */
interface Preview {
  readonly user: string;
  readonly guild: string | null;
  readonly channel: string;
  readonly answer: Answer;
  readonly pages: readonly DiscordPage[];
}

/** The process-wide store the default handlers use. */
export const previews = new PreviewStore<Preview>();

function decisionRow(nonce: string): APIActionRowComponent<APIButtonComponent> {
  return {
    type: ComponentType.ActionRow,
    components: [
      {
        type: ComponentType.Button,
        style: ButtonStyle.Success,
        label: 'Publish',
        custom_id: `${PUBLISH_PREFIX}|${nonce}`,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: 'Cancel',
        custom_id: `${CANCEL_PREFIX}|${nonce}`,
      },
    ],
  };
}

/**
 * `/brief` for moderators: answers `command` (default `brief`), then replies privately with the briefing and
 * Publish / Cancel buttons. The target channel is the `channel` option when given, else the current channel.
 */
export async function previewBriefing(
  interaction: ChatInputCommandInteraction,
  ctx: CommandContext,
  store: PreviewStore<Preview> = previews,
): Promise<void> {
  requireModerator(interaction, 'publish briefings');
  const chosen = interaction.options.getChannel(CHANNEL_OPTION, false);
  if (chosen && !(PUBLISHABLE_CHANNELS as readonly ChannelType[]).includes(chosen.type)) {
    throw new UserError(
      'bad-channel',
      'Briefings can only be published to a text or announcement channel or a thread.',
    );
  }
  const channel = chosen?.id ?? interaction.channelId;
  // A briefing over a large knowledge folder can take longer than the 3 s Discord waits for a first response.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const answer = ctx.service.answer('brief', {});
  if (answer.empty) {
    await interaction.editReply({
      content: 'There is nothing to brief on yet: add articles with /ingest first.',
      allowedMentions: { parse: [] },
    });
    return;
  }
  const pages = discordPages(answer);
  const nonce = store.put({ user: interaction.user.id, guild: interaction.guildId, channel, answer, pages });
  const count = pages.length === 1 ? '' : ` as ${pages.length} messages`;
  await interaction.editReply({
    content: `Preview, visible only to you. Publish it in <#${channel}>${count}?`,
    embeds: [...(pages[0]?.embeds ?? [])],
    components: [decisionRow(nonce)],
    allowedMentions: { parse: [] },
  });
}

/**
 * Handles the Publish and Cancel buttons of a preview. Returns false for any other button, so the router can try
 * its other handlers. Only the moderator who asked for the preview can decide, and only once.
 */
export async function handlePublishButton(
  interaction: ButtonInteraction,
  ctx: CommandContext,
  store: PreviewStore<Preview> = previews,
): Promise<boolean> {
  const [prefix, nonce, extra] = interaction.customId.split('|');
  if ((prefix !== PUBLISH_PREFIX && prefix !== CANCEL_PREFIX) || nonce === undefined || extra !== undefined) {
    return false;
  }
  requireModerator(interaction, 'publish briefings');
  const preview = store.get(nonce);
  if (!preview) {
    await interaction.update({
      content: 'This preview has expired or was already used. Run /brief again.',
      embeds: [],
      components: [],
    });
    return true;
  }
  if (preview.user !== interaction.user.id) {
    throw new UserError('not-yours', 'Only the moderator who asked for this preview can publish or cancel it.');
  }
  store.delete(nonce);
  if (prefix === CANCEL_PREFIX) {
    await interaction.update({ content: 'Cancelled: nothing was posted.', embeds: [], components: [] });
    return true;
  }

  // Posting can take longer than the 3 s an interaction may wait for its first response.
  await interaction.deferUpdate();
  const target = await interaction.client.channels.fetch(preview.channel).catch(() => null);
  if (!target?.isSendable()) {
    await interaction.editReply({
      content: `I cannot post in <#${preview.channel}>: check that I can see it and send messages there.`,
      embeds: [],
      components: [],
    });
    return true;
  }
  const sent: string[] = [];
  try {
    for (const page of preview.pages) {
      const message = await target.send({ ...page, embeds: [...page.embeds], allowedMentions: { parse: [] } });
      sent.push(message.id);
    }
  } catch (error) {
    ctx.logger.warn({ err: error, channel: preview.channel, posted: sent.length }, 'publishing a briefing failed');
    await interaction.editReply({
      content: `Publishing to <#${preview.channel}> failed after ${sent.length} of ${preview.pages.length} message(s). Check my permissions there and try /brief again.`,
      embeds: [],
      components: [],
    });
    return true;
  }

  let note = '';
  try {
    await appendAudit(
      ctx.moderation.auditLog,
      publishEntry(preview.answer, {
        actor: { id: interaction.user.id, name: interaction.user.username },
        destination: preview.channel,
        guild: preview.guild,
        message: sent[0] ?? null,
      }),
    );
  } catch (error) {
    ctx.logger.error({ err: error }, 'could not write the audit log');
    note = ' Warning: it could not be recorded in the audit log.';
  }
  await interaction.editReply({
    content: `Published "${preview.answer.title}" in <#${preview.channel}>.${note}`,
    embeds: [],
    components: [],
  });
  return true;
}

/** {@link handlePublishButton} as a router handler (`handlers` in `commands/index.ts`). */
export const publishButtonHandler: InteractionHandler = (interaction, ctx) =>
  interaction.isButton() ? handlePublishButton(interaction, ctx) : Promise.resolve(false);
