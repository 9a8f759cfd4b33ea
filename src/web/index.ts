/**
 * `src/web`: pages and feeds from the web, fetched safely (`fetch.ts`: http(s) only, no private addresses after DNS
 * and redirects, deadline, size cap) and read into plain data: an article's paragraphs and metadata (`readable.ts`,
 * `metadata.ts`), a feed's items (`feed.ts`). May import `src/knowledge` (the canonical form of an article's
 * address) and nothing else of `src/`: it knows no facts, answers, files or front doors; the workflows decide what
 * becomes of what it reads.
 */
export { AddressAllowList, specialAddressKind } from './address.ts';
export { FeedFormatError, type FeedItem, type ParsedFeed, parseFeed } from './feed.ts';
export {
  checkUrl,
  DEFAULT_MAX_BYTES,
  DEFAULT_MAX_REDIRECTS,
  DEFAULT_TIMEOUT_MS,
  type Fetched,
  type FetchPolicy,
  type FetchProblem,
  FetchRefusal,
  type FetchRequest,
  fetchPolicy,
  type Resolver,
  safeFetch,
  USER_AGENT,
} from './fetch.ts';
export { dayOf, type PageMetadata, readMetadata, sameSite } from './metadata.ts';
export {
  type ArticleFetch,
  decodeBody,
  FeedError,
  type FeedFetch,
  type FeedValidators,
  fetchArticle,
  fetchFeed,
  type PageRefusal,
} from './page.ts';
export { MIN_ARTICLE_CHARS, type NotArticle, type ReadablePage, type ReadResult, readArticle } from './readable.ts';
