/**
 * What a news page says about itself, read from the places publishers put it: schema.org JSON-LD (`NewsArticle`
 * and its kin), Open Graph and `article:` meta tags, plain meta tags, `<time datetime>` and `<link rel=canonical>`.
 * Structured data comes first because it is written for machines; the others fill what it leaves out.
 */
import { canonicalUrl } from '../knowledge/index.ts';

/** The page's own metadata; every field may be missing. */
export interface PageMetadata {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: readonly string[];
  /** `YYYY-MM-DD`, the day as the publisher wrote it (the date part of its timestamp). */
  readonly date: string | null;
  /** The canonical address the page declares (absolute, tracking removed), if it is on the page's own site. */
  readonly canonical: string | null;
  /** JSON-LD `isAccessibleForFree: false`: the publisher says the page is behind a paywall. */
  readonly paywalled: boolean;
}

/** The subset of a DOM document this module reads (linkedom's and the browser's both fit). */
export interface MetaSource {
  querySelectorAll(
    selector: string,
  ): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
}

type Json = Record<string, unknown>;

const ARTICLE_TYPE = /(Article|BlogPosting|Report)$/;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in a JSON-LD value: arrays and `@graph` flattened. */
function nodes(value: unknown): Json[] {
  if (Array.isArray(value)) return value.flatMap(nodes);
  if (!isObject(value)) return [];
  return [value, ...nodes(value['@graph'])];
}

function types(node: Json): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

function text(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat === '' ? null : flat;
}

/** Names from a JSON-LD `author` (a string, a Person or Organization, or a list of them). */
function names(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(names);
  if (isObject(value)) return names(value.name);
  const name = text(value);
  return name !== null && !/^https?:\/\//.test(name) ? [name] : [];
}

/** The first article object of the page's JSON-LD, or null. */
function jsonLdArticle(doc: MetaSource): Json | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(script.textContent ?? '');
    } catch {
      continue; // a broken block is common and says nothing about the article
    }
    const article = nodes(parsed).find((n) => types(n).some((t) => ARTICLE_TYPE.test(t)));
    if (article) return article;
  }
  return null;
}

function attribute(doc: MetaSource, selector: string, name: string): string | null {
  for (const element of doc.querySelectorAll(selector)) {
    const value = text(element.getAttribute(name));
    if (value !== null) return value;
  }
  return null;
}

function meta(doc: MetaSource, ...keys: string[]): string | null {
  for (const key of keys) {
    const value =
      attribute(doc, `meta[property="${key}"]`, 'content') ?? attribute(doc, `meta[name="${key}"]`, 'content');
    if (value !== null) return value;
  }
  return null;
}

/**
 * `YYYY-MM-DD` of a published date. An ISO timestamp keeps its own date part (the publisher's local day, which is
 * what its readers saw); other forms go through `Date`. Null when it is no real day.
 */
export function dayOf(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4}-\d{2}-\d{2})(?:[T\s]|$)/.exec(value)?.[1];
  const day = iso ?? (Number.isNaN(Date.parse(value)) ? null : new Date(Date.parse(value)).toISOString().slice(0, 10));
  if (day === null) return null;
  const check = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === day ? day : null;
}

/** The host without the prefixes that mark one site's editions (`www.`, `m.`, `amp.`). */
function siteOf(host: string): string {
  return host.toLowerCase().replace(/^(www|m|amp|mobile)\./, '');
}

/**
 * True when `candidate` is on the same site as `page`: the same host up to an edition prefix, or one a subdomain
 * of the other. A canonical link elsewhere is ignored: a page could otherwise claim another site's article and
 * replace it in the knowledge base.
 */
export function sameSite(candidate: string, page: string): boolean {
  try {
    const a = siteOf(new URL(candidate).hostname);
    const b = siteOf(new URL(page).hostname);
    return a === b || a.endsWith(`.${b}`) || b.endsWith(`.${a}`);
  } catch {
    return false;
  }
}

function canonicalOf(doc: MetaSource, article: Json | null, pageUrl: string | null): string | null {
  const declared = [
    attribute(doc, 'link[rel="canonical"]', 'href'),
    meta(doc, 'og:url'),
    text(article?.url),
    isObject(article?.mainEntityOfPage) ? text(article.mainEntityOfPage['@id']) : text(article?.mainEntityOfPage),
  ];
  for (const candidate of declared) {
    if (candidate === null) continue;
    let absolute: string;
    try {
      absolute = new URL(candidate, pageUrl ?? undefined).href;
    } catch {
      continue;
    }
    const canonical = canonicalUrl(absolute);
    if (canonical !== null && (pageUrl === null || sameSite(canonical, pageUrl))) return canonical;
  }
  return pageUrl === null ? null : canonicalUrl(pageUrl);
}

/** Reads the page's metadata; `pageUrl` is where it was fetched from (null for a local file). */
export function readMetadata(doc: MetaSource, pageUrl: string | null): PageMetadata {
  const article = jsonLdArticle(doc);
  const publisher = isObject(article?.publisher) ? text(article.publisher.name) : text(article?.publisher);
  const ldByline = names(article?.author);
  const metaAuthor = meta(doc, 'author', 'article:author', 'byl', 'dc.creator');
  const timeElement =
    attribute(doc, 'time[itemprop="datePublished"]', 'datetime') ??
    attribute(doc, 'time[pubdate]', 'datetime') ??
    attribute(doc, 'time[datetime]', 'datetime');
  const date = [
    text(article?.datePublished),
    meta(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'date'),
    attribute(doc, '[itemprop="datePublished"]', 'content'),
    timeElement,
  ]
    .map(dayOf)
    .find((d) => d !== null);
  return {
    title: text(article?.headline) ?? meta(doc, 'og:title', 'twitter:title'),
    publisher: publisher ?? meta(doc, 'og:site_name', 'application-name'),
    byline:
      ldByline.length > 0 ? ldByline : metaAuthor !== null && !/^https?:\/\//.test(metaAuthor) ? [metaAuthor] : [],
    date: date ?? null,
    canonical: canonicalOf(doc, article, pageUrl),
    paywalled: article?.isAccessibleForFree === false || article?.isAccessibleForFree === 'False',
  };
}
