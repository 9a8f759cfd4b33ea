/**
 * RSS and Atom feeds read into what the poller needs of each item: a stable identity (the GUID or Atom id), the
 * article's address, a version (its updated or published time, so an edited item is noticed) and the words its
 * keyword filters look at. Parsing is `rss-parser` (RSS 0.9x, 1.0 and 2.0, Atom); the document is fetched by
 * `safeFetch`, never by the parser.
 */
import type Parser from 'rss-parser';
import { lazy } from './lazy.ts';

/** One item of a feed. */
export interface FeedItem {
  /** The item's identity: its GUID (RSS) or id (Atom), else its link. */
  readonly guid: string;
  /** The article's absolute http(s) address, or null when the item has none. */
  readonly link: string | null;
  readonly title: string | null;
  /** When the item last changed, as the feed says (ISO 8601 when parseable): a new value means an edited article. */
  readonly version: string | null;
  /** Title, summary and categories: the text keyword filters are matched against. */
  readonly text: string;
}

/** A parsed feed. */
export interface ParsedFeed {
  readonly title: string | null;
  readonly items: readonly FeedItem[];
}

/** Thrown when a document is not a feed the parser can read. */
export class FeedFormatError extends Error {
  override readonly name = 'FeedFormatError';
}

interface Extra {
  updated?: unknown;
  atomCategories?: unknown;
  id?: unknown;
}

const rssParser = lazy<typeof import('rss-parser')>('rss-parser');
let parser: Parser<Record<string, never>, Extra> | undefined;

function feedParser(): Parser<Record<string, never>, Extra> {
  const RssParser = rssParser();
  parser ??= new RssParser({
    customFields: { item: ['updated', ['category', 'atomCategories', { keepArray: true }]] },
  });
  return parser;
}

function str(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (Array.isArray(value)) return str(value[0]);
  if (value && typeof value === 'object' && '_' in value) return str((value as { _: unknown })._);
  return null;
}

/** Atom `<category term="…">` elements, as xml2js hands them over. */
function atomTerms(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((c) => {
    const term = c && typeof c === 'object' && '$' in c ? (c as { $: { term?: unknown } }).$.term : c;
    return typeof term === 'string' ? [term] : [];
  });
}

function absolute(link: string | null, base: string): string | null {
  if (link === null) return null;
  try {
    const url = new URL(link, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function isoOrRaw(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  return Number.isNaN(time) ? value : new Date(time).toISOString();
}

/** Parses an RSS or Atom document fetched from `feedUrl` (relative item links resolve against it). */
export async function parseFeed(xml: string, feedUrl: string): Promise<ParsedFeed> {
  let output: Awaited<ReturnType<Parser<Record<string, never>, Extra>['parseString']>>;
  try {
    output = await feedParser().parseString(xml);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new FeedFormatError(`not an RSS or Atom feed (${reason?.slice(0, 120)})`);
  }
  const items = (output.items ?? []).flatMap((item): FeedItem[] => {
    const link = absolute(str(item.link), feedUrl);
    const guid = str(item.guid) ?? str(item.id) ?? link;
    if (guid === null) return [];
    // RSS categories arrive twice (rss-parser's own list and the raw field read for Atom's); each is kept once.
    const categories = [...new Set([...(item.categories ?? []).map(str), ...atomTerms(item.atomCategories)])];
    const title = str(item.title);
    const text = [title, str(item.contentSnippet) ?? str(item.summary), ...categories]
      .filter((t): t is string => t !== null)
      .join('\n');
    return [
      { guid, link, title, version: isoOrRaw(str(item.updated) ?? str(item.isoDate) ?? str(item.pubDate)), text },
    ];
  });
  return { title: str(output.title), items };
}
