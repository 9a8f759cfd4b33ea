/**
 * The two documents the bot fetches, end to end: an article page (fetched, checked to be HTML, decoded, read) and
 * a feed (fetched conditionally, decoded, parsed). Every failure is a sentence a moderator can act on.
 */
import { FeedFormatError, type FeedItem, type ParsedFeed, parseFeed } from './feed.ts';
import { type Fetched, type FetchPolicy, FetchRefusal, safeFetch } from './fetch.ts';
import { type ReadablePage, readArticle } from './readable.ts';

/** Why a page could not be added: refused by the fetch, or not an article. */
export interface PageRefusal {
  readonly ok: false;
  readonly reason: 'fetch' | 'not-article';
  readonly message: string;
}

/** The outcome of {@link fetchArticle}. */
export type ArticleFetch =
  | { readonly ok: true; readonly page: ReadablePage; readonly fetchedUrl: string }
  | PageRefusal;

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml', '']);
const FEED_TYPES = /^(application|text)\/((rss|atom|rdf)\+)?xml$|^application\/(x-)?rss|^application\/feed\+json$/;

/** The character set of a document: the header's, else a `<meta charset>` or XML declaration near the top. */
function charsetOf(fetched: Fetched): string {
  const head = fetched.body.subarray(0, 2048).toString('latin1');
  const declared =
    fetched.charset ??
    /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head)?.[1] ??
    /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)?.[1] ??
    'utf-8';
  return declared.toLowerCase();
}

/** The body as text in its declared character set (UTF-8 when the label is unknown). */
export function decodeBody(fetched: Fetched): string {
  try {
    return new TextDecoder(charsetOf(fetched)).decode(fetched.body);
  } catch {
    return new TextDecoder('utf-8').decode(fetched.body);
  }
}

/** Fetches a page under `policy` and reads its article; a PDF, a non-HTML document or a page without one is refused. */
export async function fetchArticle(url: string, policy: FetchPolicy): Promise<ArticleFetch> {
  let fetched: Fetched;
  try {
    fetched = await safeFetch({ url, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.1' }, policy);
  } catch (error) {
    if (error instanceof FetchRefusal) return { ok: false, reason: 'fetch', message: error.message };
    throw error;
  }
  if (fetched.mediaType === 'application/pdf') {
    return {
      ok: false,
      reason: 'not-article',
      message: 'the address is a PDF, not a web page: add its text as a file',
    };
  }
  if (!HTML_TYPES.has(fetched.mediaType)) {
    return { ok: false, reason: 'not-article', message: `the address is not a web page (it is ${fetched.mediaType})` };
  }
  const read = readArticle(decodeBody(fetched), fetched.url);
  if (!read.ok) return { ok: false, reason: 'not-article', message: read.message };
  return { ok: true, page: read.page, fetchedUrl: fetched.url };
}

/** The validators of the last fetch of a feed, for a conditional request. */
export interface FeedValidators {
  readonly etag: string | null;
  readonly lastModified: string | null;
}

/** The outcome of {@link fetchFeed}: unchanged since the validators, or the feed with its new validators. */
export type FeedFetch =
  | { readonly changed: false }
  | { readonly changed: true; readonly feed: ParsedFeed; readonly validators: FeedValidators };

/** Thrown by {@link fetchFeed} with a message for people. */
export class FeedError extends Error {
  override readonly name = 'FeedError';
}

/** Fetches a feed conditionally and parses it. Rejects with a {@link FeedError} saying what went wrong. */
export async function fetchFeed(url: string, policy: FetchPolicy, validators?: FeedValidators): Promise<FeedFetch> {
  let fetched: Fetched;
  try {
    fetched = await safeFetch(
      {
        url,
        accept: 'application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.1',
        etag: validators?.etag ?? null,
        lastModified: validators?.lastModified ?? null,
      },
      policy,
    );
  } catch (error) {
    if (error instanceof FetchRefusal) throw new FeedError(error.message);
    throw error;
  }
  if (fetched.notModified) return { changed: false };
  if (fetched.mediaType === 'text/html') {
    throw new FeedError('the address is a web page, not a feed: give the address of its RSS or Atom feed');
  }
  if (fetched.mediaType !== '' && !FEED_TYPES.test(fetched.mediaType)) {
    throw new FeedError(`the address is not a feed (it is ${fetched.mediaType})`);
  }
  let feed: ParsedFeed;
  try {
    feed = await parseFeed(decodeBody(fetched), fetched.url);
  } catch (error) {
    if (error instanceof FeedFormatError) throw new FeedError(error.message);
    throw error;
  }
  return { changed: true, feed, validators: { etag: fetched.etag, lastModified: fetched.lastModified } };
}

export type { FeedItem, ParsedFeed };
