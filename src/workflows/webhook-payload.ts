/**
 * Turns an {@link Answer} into the JSON bodies a Discord or Slack incoming webhook accepts, reusing the platform
 * renderers so a webhook briefing looks exactly like the bot's own answer.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer } from '../answers/index.ts';
import { renderDiscord, renderSlack } from '../render/index.ts';
import type { WebhookFormat } from './webhook-post.ts';

/**
 * Most Discord messages one briefing is posted as. The renderer pages long answers; a channel flooded with
 * pages helps nobody, so the rest is left out with a pointer to the full answer.
 */
export const MAX_DISCORD_WEBHOOK_PAGES = 5;

/** The body of a Discord webhook execution (API field names, snake case). */
export interface DiscordWebhookBody {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
  /** Always empty: a briefing quotes people and must never ping anyone. */
  readonly allowed_mentions: { readonly parse: readonly [] };
}

/** The body of a Slack incoming-webhook post. */
export interface SlackWebhookBody {
  readonly text: string;
  readonly blocks: readonly unknown[];
  /** Off so `@channel` written in an article never becomes a mention. */
  readonly link_names: false;
  readonly unfurl_links: false;
  readonly unfurl_media: false;
}

/** One Discord message of a briefing: the embeds of one rendered page, with an optional note. */
export interface DiscordPage {
  readonly content?: string;
  readonly embeds: readonly APIEmbed[];
}

/**
 * The pages of an answer as separate Discord messages (at most {@link MAX_DISCORD_WEBHOOK_PAGES}), without
 * paging buttons: webhooks cannot carry interactive buttons, and a published briefing should not depend on them.
 */
export function discordPages(answer: Answer): DiscordPage[] {
  const first = renderDiscord(answer, { page: 0 });
  const count = Math.min(first.pages, MAX_DISCORD_WEBHOOK_PAGES);
  const left = first.pages - count;
  const pages: DiscordPage[] = [];
  for (let page = 0; page < count; page++) {
    const { message } = page === 0 ? first : renderDiscord(answer, { page });
    const content =
      page === count - 1 && left > 0
        ? `${left} more page${left === 1 ? '' : 's'} left out; run the command in Discord or with the CLI to see all.`
        : message.content;
    pages.push({ ...(content === undefined ? {} : { content }), embeds: message.embeds });
  }
  return pages;
}

/** One Discord webhook body per page of {@link discordPages}, mentions off. */
export function discordWebhookBodies(answer: Answer): DiscordWebhookBody[] {
  return discordPages(answer).map((page) => ({ ...page, allowed_mentions: { parse: [] } }));
}

/** The Slack message for an answer, with mention parsing and link unfurling off. */
export function slackWebhookBody(answer: Answer): SlackWebhookBody {
  const { text, blocks } = renderSlack(answer);
  return { text, blocks, link_names: false, unfurl_links: false, unfurl_media: false };
}

/** Every body to post, in order, for an answer in the given format. */
export function webhookBodies(answer: Answer, format: WebhookFormat): unknown[] {
  return format === 'slack' ? [slackWebhookBody(answer)] : discordWebhookBodies(answer);
}
