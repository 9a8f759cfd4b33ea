/**
 * Feeds: RSS and Atom feeds followed by the bot. The list and poll state (`store.ts`), keyword filters
 * (`filters.ts`), bounded announcements (`announce.ts`), the service that adds, removes, lists and polls
 * (`feeds.ts`) and the `/feeds` command's catalogue entry (`spec.ts`).
 */
export * from './announce.ts';
export {
  describeFeedList,
  describePoll,
  type FeedChange,
  type FeedPollResult,
  type FeedStatus,
  Feeds,
  type FeedsOptions,
  MAX_ATTEMPTS,
  MAX_BACKOFF_MS,
  MAX_ITEMS_PER_POLL,
  type PollReport,
} from './feeds.ts';
export { containsKeyword, filterVerdict, parseKeywords } from './filters.ts';
export { spec } from './spec.ts';
export { type FeedEntry, type FeedState, FeedStore, type SeenItem } from './store.ts';
