/**
 * The feeds as a running service: the list moderators edit (`add`, `remove`, `list`), and the poll that fetches each
 * feed conditionally, backs off from a failing one, ingests each new item through the URL ingest path (so canonical
 * URLs, GUIDs and content hashes all deduplicate, and an edited item updates its article in place) and announces
 * what is new, one bounded message per channel.
 */
import type { Logger } from 'pino';
import { normaliseUrl } from '../../knowledge/index.ts';
import { checkUrl, FeedError, type FeedItem, type FetchPolicy, FetchRefusal, fetchFeed } from '../../web/index.ts';
import type { AuditActor } from '../audit-log.ts';
import type { IngestOptions } from '../ingest.ts';
import { ingestUrl } from '../ingest-url.ts';
import {
  type AnnouncementTargets,
  type Announcer,
  announcementsByChannel,
  announcementText,
  DEFAULT_ANNOUNCE_MAX,
  type NewArticle,
} from './announce.ts';
import { filterVerdict } from './filters.ts';
import { type FeedEntry, type FeedState, FeedStore, freshState, type SeenItem } from './store.ts';

/** Items ingested from one feed in one poll at most; the rest wait for the next poll (newest first). */
export const MAX_ITEMS_PER_POLL = 30;
/** Polls after which an item that failed for a passing reason (a timeout, a server error) is given up. */
export const MAX_ATTEMPTS = 3;
/** Longest wait between two polls of a failing feed. */
export const MAX_BACKOFF_MS = 24 * 60 * 60 * 1000;
/** Items remembered per feed beyond those still in it, so an item that drops out and back is not re-added. */
const SEEN_KEEP = 500;

/** What {@link Feeds} needs. */
export interface FeedsOptions {
  /** The feed list (`FEEDS`). */
  readonly listFile: string;
  /** The poll state (`<CACHE_DIR>/feeds-state.json`). */
  readonly stateFile: string;
  readonly fetch: FetchPolicy;
  /** Where articles go (the ingest path's own options). Needed to poll; listing and editing the feeds do without. */
  readonly ingest?: Pick<IngestOptions, 'knowledgeDir' | 'service' | 'auditLog'> | undefined;
  /** The normal wait between polls; a failing feed waits this, doubled per failure. */
  readonly intervalMs: number;
  /** Posts announcements; none are made without it. */
  readonly announce?: Announcer | undefined;
  /** Which channels announce an article of a story; default none. */
  readonly targets?: AnnouncementTargets | undefined;
  /** Items ingested from one feed in one poll at most (default {@link MAX_ITEMS_PER_POLL}). */
  readonly maxItemsPerPoll?: number | undefined;
  /** Articles one announcement lists (default {@link DEFAULT_ANNOUNCE_MAX}). */
  readonly announceMax?: number | undefined;
  readonly logger?: Logger | undefined;
  /** The clock, in epoch milliseconds (tests move it). */
  readonly now?: (() => number) | undefined;
}

/** What one poll did with one feed. */
export interface FeedPollResult {
  readonly url: string;
  readonly title: string | null;
  /** `waiting`: backing off after failures; `unchanged`: a 304. */
  readonly status: 'polled' | 'unchanged' | 'waiting' | 'failed';
  readonly added: number;
  readonly updated: number;
  /** Items that were already articles (same URL or text). */
  readonly known: number;
  readonly filtered: number;
  readonly refused: number;
  readonly error: string | null;
}

/** What one poll did. */
export interface PollReport {
  readonly feeds: readonly FeedPollResult[];
  /** Articles added, newest first per feed. */
  readonly added: readonly NewArticle[];
  /** Announcements posted (or, without an announcer, that would have been), by channel. */
  readonly announcements: readonly { readonly channel: string; readonly text: string; readonly error: string | null }[];
  /** Problems with the feed files (corrupt, skipped entries). */
  readonly problems: readonly string[];
}

/** A feed of the list with its poll state, for `/feeds list`. */
export interface FeedStatus {
  readonly entry: FeedEntry;
  readonly state: FeedState | null;
}

/** The outcome of `add` or `remove`: a sentence for the moderator. */
export interface FeedChange {
  readonly ok: boolean;
  readonly message: string;
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Keeps the seen items still in the feed, plus the most recent others up to {@link SEEN_KEEP}. */
function pruneSeen(seen: Record<string, SeenItem>, current: ReadonlySet<string>): Record<string, SeenItem> {
  const others = Object.keys(seen).filter((guid) => !current.has(guid));
  const dropped = new Set(others.slice(0, Math.max(0, others.length - SEEN_KEEP)));
  return Object.fromEntries(Object.entries(seen).filter(([guid]) => !dropped.has(guid)));
}

/** The feeds: list, changes and polls. One poll runs at a time; list changes are serialised too. */
export class Feeds {
  readonly #options: FeedsOptions;
  readonly #store: FeedStore;
  #polling: Promise<PollReport> | null = null;
  #changes: Promise<unknown> = Promise.resolve();

  constructor(options: FeedsOptions) {
    this.#options = options;
    this.#store = new FeedStore(options.listFile, options.stateFile);
  }

  #now(): number {
    return this.#options.now?.() ?? Date.now();
  }

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const run = this.#changes.then(work);
    this.#changes = run.catch(() => undefined);
    return run;
  }

  /**
   * Adds a feed after fetching it once (so a typo or a web page is refused now, not at 3 a.m.). Its items are
   * ingested at the next poll.
   */
  add(url: string, filters: { include: readonly string[]; exclude: readonly string[] }, actor: AuditActor) {
    return this.#serial(async (): Promise<FeedChange> => {
      let address: string;
      try {
        address = checkUrl(url).href;
      } catch (error) {
        return { ok: false, message: `Not added: ${reasonOf(error)}.` };
      }
      const { value: feeds } = await this.#store.readList();
      const key = normaliseUrl(address);
      if (feeds.some((f) => normaliseUrl(f.url) === key)) {
        return { ok: false, message: `Already following ${address}.` };
      }
      let checked: Awaited<ReturnType<typeof fetchFeed>>;
      try {
        checked = await fetchFeed(address, this.#options.fetch);
      } catch (error) {
        if (error instanceof FeedError) return { ok: false, message: `Not added: ${error.message}.` };
        throw error;
      }
      const entry: FeedEntry = {
        url: address,
        include: filters.include,
        exclude: filters.exclude,
        addedBy: `${actor.name} (${actor.id})`,
        addedAt: new Date(this.#now()).toISOString(),
      };
      await this.#store.writeList([...feeds, entry]);
      const feed = checked.changed ? checked.feed : null;
      const title = feed?.title ? `"${feed.title}"` : address;
      const count = feed ? ` (${feed.items.length} item${feed.items.length === 1 ? '' : 's'} now)` : '';
      return {
        ok: true,
        message: `Following ${title}${count}${describeFilters(entry)}. New articles are added at the next poll.`,
      };
    });
  }

  /** Removes a feed from the list; the articles it added stay. */
  remove(url: string) {
    return this.#serial(async (): Promise<FeedChange> => {
      const { value: feeds } = await this.#store.readList();
      const key = normaliseUrl(url);
      const kept = feeds.filter((f) => normaliseUrl(f.url) !== key);
      if (kept.length === feeds.length) return { ok: false, message: `Not following ${url.trim().slice(0, 200)}.` };
      await this.#store.writeList(kept);
      return { ok: true, message: `Stopped following ${url.trim()}. The articles it added stay.` };
    });
  }

  /** Every feed with its poll state, and the problems of the files. */
  async list(): Promise<{ feeds: FeedStatus[]; problems: string[] }> {
    const [list, state] = await Promise.all([this.#store.readList(), this.#store.readState()]);
    const feeds = list.value.map((entry) => ({ entry, state: state.value[normaliseUrl(entry.url)] ?? null }));
    return { feeds, problems: [...list.problems, ...state.problems] };
  }

  /**
   * Polls the feeds that are due (all of them with `force`), ingests their new items and posts the announcements.
   * A poll already running is joined, not doubled. Never rejects for a feed's failure: the report says.
   */
  poll(options: { force?: boolean } = {}): Promise<PollReport> {
    this.#polling ??= this.#pollNow(options.force === true).finally(() => {
      this.#polling = null;
    });
    return this.#polling;
  }

  async #pollNow(force: boolean): Promise<PollReport> {
    const log = this.#options.logger;
    const list = await this.#store.readList();
    const stored = await this.#store.readState();
    for (const problem of [...list.problems, ...stored.problems]) log?.warn({ problem }, 'feeds file problem');
    const states: Record<string, FeedState> = { ...stored.value };
    const results: FeedPollResult[] = [];
    const added: NewArticle[] = [];
    for (const entry of list.value) {
      const key = normaliseUrl(entry.url);
      const before = states[key] ?? freshState();
      const outcome = await this.#pollFeed(entry, before, force);
      states[key] = outcome.state;
      results.push(outcome.result);
      added.push(...outcome.added);
      // Saved after each feed, so a crash mid-poll does not fetch the finished feeds' items again.
      await this.#store.writeState(states).catch((error) => log?.error({ err: error }, 'could not save feed state'));
    }
    const announcements = await this.#announce(added);
    return { feeds: results, added, announcements, problems: [...list.problems, ...stored.problems] };
  }

  async #pollFeed(entry: FeedEntry, before: FeedState, force: boolean) {
    const now = this.#now();
    const base = { url: entry.url, title: before.title, added: 0, updated: 0, known: 0, filtered: 0, refused: 0 };
    if (!force && before.nextPollAt > now) {
      return { state: before, result: { ...base, status: 'waiting', error: before.lastError } as const, added: [] };
    }
    let fetched: Awaited<ReturnType<typeof fetchFeed>>;
    try {
      fetched = await fetchFeed(entry.url, this.#options.fetch, before);
    } catch (error) {
      if (!(error instanceof FeedError) && !(error instanceof FetchRefusal)) throw error;
      const failures = before.failures + 1;
      const wait = Math.min(this.#options.intervalMs * 2 ** (failures - 1), MAX_BACKOFF_MS);
      const state = { ...before, failures, nextPollAt: now + wait, lastPollAt: now, lastError: error.message };
      this.#options.logger?.warn({ feed: entry.url, failures, retryInMs: wait, reason: error.message }, 'feed failed');
      return { state, result: { ...base, status: 'failed', error: error.message } as const, added: [] };
    }
    const polled = { ...before, failures: 0, nextPollAt: now, lastPollAt: now, lastError: null };
    if (!fetched.changed)
      return { state: polled, result: { ...base, status: 'unchanged', error: null } as const, added: [] };

    const title = fetched.feed.title ?? before.title;
    const counts = { added: 0, updated: 0, known: 0, filtered: 0, refused: 0 };
    const seen: Record<string, SeenItem> = { ...before.seen };
    const added: NewArticle[] = [];
    let ingested = 0;
    let capped = false;
    for (const item of fetched.feed.items) {
      const previous = seen[item.guid];
      const retry = previous?.attempts !== undefined && previous.attempts < MAX_ATTEMPTS;
      if (previous && previous.version === item.version && !retry) continue;
      const verdict = this.#screen(item, entry);
      if (verdict !== null) {
        seen[item.guid] = { article: previous?.article ?? null, version: item.version, note: verdict };
        counts.filtered++;
        continue;
      }
      if (ingested >= (this.#options.maxItemsPerPoll ?? MAX_ITEMS_PER_POLL)) {
        capped = true;
        break;
      }
      ingested++;
      const handled = await this.#ingestItem(item, title ?? entry.url, previous);
      seen[item.guid] = handled.seen;
      counts[handled.count]++;
      if (handled.added) added.push(handled.added);
    }
    const current = new Set(fetched.feed.items.map((i) => i.guid));
    const state: FeedState = {
      ...polled,
      title,
      // Items left for the next poll must be fetched again: a 304 would hide them until the feed next changes.
      etag: capped ? null : fetched.validators.etag,
      lastModified: capped ? null : fetched.validators.lastModified,
      seen: pruneSeen(seen, current),
    };
    return { state, result: { ...base, ...counts, title, status: 'polled', error: null } as const, added };
  }

  /** Why an item is not ingested (filters, no link), or null. */
  #screen(item: FeedItem, entry: FeedEntry): string | null {
    if (item.link === null) return 'skipped: the item has no link';
    return filterVerdict(item.text, entry.include, entry.exclude);
  }

  async #ingestItem(item: FeedItem, feed: string, previous: SeenItem | undefined) {
    const options = this.#options;
    if (!options.ingest) throw new Error('Feeds was created without ingest options, so it cannot poll');
    const result = await ingestUrl(item.link ?? '', {
      ...options.ingest,
      fetch: options.fetch,
      actor: { id: 'feed', name: feed },
      guild: null,
      source: 'feed',
    });
    const log = options.logger;
    if (result.ok) {
      log?.info({ feed, article: result.article.id, replaced: result.replaced }, 'feed item ingested');
      const seen = { article: result.article.id, version: item.version };
      if (result.replaced) return { seen, count: 'updated' as const, added: null };
      return { seen, count: 'added' as const, added: { article: result.article, feed, story: result.story } };
    }
    if (result.reason === 'duplicate' || result.reason === 'unchanged') {
      return {
        seen: { article: result.existing?.id ?? null, version: item.version },
        count: 'known' as const,
        added: null,
      };
    }
    log?.info({ feed, link: item.link, reason: result.reason, message: result.message }, 'feed item refused');
    // A fetch may fail for a passing reason; a page that is no article will not become one.
    const attempts = result.reason === 'fetch' ? (previous?.attempts ?? 0) + 1 : undefined;
    const seen = { article: previous?.article ?? null, version: item.version, note: result.message, attempts };
    return { seen, count: 'refused' as const, added: null };
  }

  async #announce(added: readonly NewArticle[]): Promise<PollReport['announcements']> {
    const { targets, announce, announceMax, logger } = this.#options;
    if (added.length === 0 || !targets) return [];
    const out: { channel: string; text: string; error: string | null }[] = [];
    for (const [channel, items] of announcementsByChannel(added, targets)) {
      const text = announcementText(items, announceMax ?? DEFAULT_ANNOUNCE_MAX);
      let error: string | null = null;
      if (announce) {
        try {
          await announce(channel, text);
        } catch (e) {
          error = reasonOf(e);
          logger?.warn({ channel, err: e }, 'announcement failed');
        }
      }
      out.push({ channel, text, error });
    }
    return out;
  }

  /**
   * Polls every `intervalMs` (the first poll after `firstDelayMs`), never two at once. The timer does not keep
   * the process alive on its own. Returns a handle to stop it.
   */
  start(firstDelayMs = 5000): { stop(): void } {
    let timer: NodeJS.Timeout | undefined;
    let stopped = false;
    const tick = async () => {
      try {
        const report = await this.poll();
        const added = report.added.length;
        if (added > 0) this.#options.logger?.info({ added }, 'feeds polled');
      } catch (error) {
        this.#options.logger?.error({ err: error }, 'feed poll failed');
      }
      if (!stopped) schedule(this.#options.intervalMs);
    };
    const schedule = (ms: number) => {
      timer = setTimeout(() => void tick(), ms);
      timer.unref();
    };
    schedule(firstDelayMs);
    return {
      stop() {
        stopped = true;
        clearTimeout(timer);
      },
    };
  }
}

function describeFilters(entry: FeedEntry): string {
  const parts = [
    entry.include.length > 0 ? `only items mentioning ${entry.include.join(', ')}` : '',
    entry.exclude.length > 0 ? `skipping items mentioning ${entry.exclude.join(', ')}` : '',
  ].filter((p) => p !== '');
  return parts.length > 0 ? `, ${parts.join('; ')}` : '';
}

function when(ms: number | null, now: number): string {
  if (ms === null) return 'never polled';
  const minutes = Math.round((now - ms) / 60000);
  return minutes < 1 ? 'polled just now' : `polled ${minutes} min ago`;
}

/** `/feeds list` as text: each feed, its filters, its last poll and last problem. */
export function describeFeedList(
  listed: { feeds: readonly FeedStatus[]; problems: readonly string[] },
  now = Date.now(),
) {
  const lines =
    listed.feeds.length === 0
      ? ['No feeds are followed yet: add one with feeds add and the address of an RSS or Atom feed.']
      : [`Following ${listed.feeds.length} feed${listed.feeds.length === 1 ? '' : 's'}:`];
  for (const { entry, state } of listed.feeds) {
    const name = state?.title ? `${state.title} <${entry.url}>` : `<${entry.url}>`;
    const items = state ? Object.values(state.seen) : [];
    const articles = items.filter((s) => s.article !== null).length;
    const status = [
      when(state?.lastPollAt ?? null, now),
      `${articles} article${articles === 1 ? '' : 's'}`,
      state?.lastError ? `last problem: ${state.lastError}` : '',
      state && state.failures > 0 ? `${state.failures} failed poll${state.failures === 1 ? '' : 's'} in a row` : '',
    ].filter((s) => s !== '');
    lines.push(`• ${name}${describeFilters(entry)} — ${status.join('; ')}`);
    const refused = items.filter((s) => s.note && !s.note.startsWith('filtered')).at(-1);
    if (refused?.note) lines.push(`  last item not added: ${refused.note}`);
  }
  for (const problem of listed.problems) lines.push(`Warning: ${problem}`);
  return lines.join('\n');
}

/** A poll's report as text for the moderator who asked for it. */
export function describePoll(report: PollReport): string {
  if (report.feeds.length === 0) return 'No feeds are followed, so there was nothing to poll.';
  const lines = report.feeds.map((f) => {
    const name = f.title ?? f.url;
    if (f.status === 'failed') return `• ${name}: failed (${f.error}); trying again later`;
    if (f.status === 'waiting') return `• ${name}: waiting after failures (${f.error ?? 'error'})`;
    if (f.status === 'unchanged') return `• ${name}: unchanged since the last poll`;
    const parts = [
      `${f.added} added`,
      f.updated > 0 ? `${f.updated} updated` : '',
      f.known > 0 ? `${f.known} already known` : '',
      f.filtered > 0 ? `${f.filtered} filtered out` : '',
      f.refused > 0 ? `${f.refused} refused` : '',
    ].filter((p) => p !== '');
    return `• ${name}: ${parts.join(', ')}`;
  });
  for (const a of report.announcements) {
    lines.push(a.error ? `Announcement to ${a.channel} failed: ${a.error}` : `Announced in ${a.channel}.`);
  }
  for (const problem of report.problems) lines.push(`Warning: ${problem}`);
  return [`Polled ${report.feeds.length} feed${report.feeds.length === 1 ? '' : 's'}:`, ...lines].join('\n');
}
