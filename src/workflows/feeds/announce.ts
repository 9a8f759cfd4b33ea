/**
 * Announcements of new articles from feeds: one message per channel per poll, at most a given number of articles
 * listed and a digest line for the rest, so a feed that publishes twenty items at once never floods a channel.
 * Platform-neutral text: the front door that posts it adds its own formatting and limits.
 */
import type { Article } from '../../knowledge/index.ts';
import type { StoryRef } from '../ingest.ts';

/** An article a poll added, with where it came from and the story it joined (when stories are known). */
export interface NewArticle {
  readonly article: Article;
  /** The feed's title, or its address. */
  readonly feed: string;
  readonly story: StoryRef | null;
}

/** Posts one announcement text to one channel. */
export type Announcer = (channelId: string, text: string) => Promise<void>;

/**
 * The channels that announce articles of a story (null: an article no story was found for). Injected so channels
 * that follow a story can be told of its new articles; by default every article goes to the configured channel.
 */
export type AnnouncementTargets = (storyId: string | null) => readonly string[];

/** Default number of articles one announcement lists. */
export const DEFAULT_ANNOUNCE_MAX = 5;
/** Longest announcement in characters, inside every chat platform's message limit (Discord's is 2,000). */
export const ANNOUNCEMENT_MAX_CHARS = 1900;
const TITLE_MAX = 120;

function clipped(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function line(item: NewArticle): string {
  const a = item.article;
  const title = clipped((a.meta.title ?? a.paragraphs[0]?.text ?? a.id).replace(/\s+/g, ' '), TITLE_MAX);
  const source = [a.meta.publisher, a.meta.date].filter((x) => x !== null).join(', ');
  const url = a.meta.url !== null ? ` <${a.meta.url}>` : '';
  return `• ${title}${source ? ` (${source})` : ''}${url}`;
}

/**
 * The announcement of `items`: a heading, at most `max` lines (fewer if the text would pass
 * {@link ANNOUNCEMENT_MAX_CHARS}) and one digest line for the rest. Empty string for no items.
 */
export function announcementText(items: readonly NewArticle[], max: number = DEFAULT_ANNOUNCE_MAX): string {
  if (items.length === 0) return '';
  const heading = items.length === 1 ? 'New article from the feeds:' : `${items.length} new articles from the feeds:`;
  const lines = [heading];
  let length = heading.length;
  let listed = 0;
  const digestRoom = 80;
  for (const item of items.slice(0, max)) {
    const next = line(item);
    if (length + 1 + next.length + digestRoom > ANNOUNCEMENT_MAX_CHARS) break;
    lines.push(next);
    length += 1 + next.length;
    listed++;
  }
  const rest = items.length - listed;
  if (rest > 0) lines.push(`…and ${rest} more (/sources lists every article).`);
  return lines.join('\n');
}

/** Groups new articles by the channels that announce them, in order: one announcement per channel. */
export function announcementsByChannel(
  items: readonly NewArticle[],
  targets: AnnouncementTargets,
): Map<string, NewArticle[]> {
  const byChannel = new Map<string, NewArticle[]>();
  for (const item of items) {
    for (const channel of new Set(targets(item.story?.id ?? null))) {
      const list = byChannel.get(channel) ?? [];
      list.push(item);
      byChannel.set(channel, list);
    }
  }
  return byChannel;
}
