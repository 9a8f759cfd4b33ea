/**
 * Posts announcements (new articles from feeds) in a channel: plain text, mentions off (a feed's headline must
 * never ping anyone) and link previews suppressed, since a preview per listed article is the flood the announcement
 * limit exists to prevent.
 */
import { type Client, MessageFlags } from 'discord.js';
import { renderNotice } from '../render/index.ts';

/** A function posting `text` in the channel with id `channelId`; rejects when the channel cannot take messages. */
export function channelAnnouncer(client: Client): (channelId: string, text: string) => Promise<void> {
  return async (channelId, text) => {
    const channel = await client.channels.fetch(channelId).catch(() => null);
    if (!channel?.isSendable()) throw new Error(`channel ${channelId} cannot be posted in (missing, or no access)`);
    const message = renderNotice(text);
    await channel.send({ ...message, embeds: [], flags: MessageFlags.SuppressEmbeds });
  };
}
