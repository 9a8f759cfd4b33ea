/**
 * A news page's article as the knowledge base stores it: its paragraphs verbatim (the text of the `<p>` blocks of
 * the page's main content, whitespace normalised and nothing else) and its metadata. The main content is found by
 * Mozilla's Readability (Firefox's Reader View) on a linkedom document, after the page chrome that Readability
 * sometimes keeps (navigation, advertising slots, newsletter boxes, related links) is taken out. A page without
 * article text (a home page, a login wall, a paywall teaser) is refused with the reason.
 */
import type { Readability } from '@mozilla/readability';
import { lazy } from './lazy.ts';
import { readMetadata } from './metadata.ts';

const linkedom = lazy<typeof import('linkedom')>('linkedom');
const readability = lazy<typeof import('@mozilla/readability')>('@mozilla/readability');

function parseHTML(html: string) {
  return linkedom().parseHTML(html);
}

/** An article read from a page, ready to become a knowledge draft. */
export interface ReadablePage {
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: readonly string[];
  readonly date: string | null;
  /** The canonical address (see `readMetadata`), or null for a local file that declares none. */
  readonly url: string | null;
  readonly paragraphs: readonly string[];
}

/** Why a page is not an article. */
export type NotArticle = 'no-text' | 'login' | 'paywall';

/** The outcome of {@link readArticle}. */
export type ReadResult =
  | { readonly ok: true; readonly page: ReadablePage }
  | { readonly ok: false; readonly reason: NotArticle; readonly message: string };

/** Less text than this (in characters, over all paragraphs) is not an article: a teaser, a form, an index page. */
export const MIN_ARTICLE_CHARS = 300;

/** Elements that are never article text, whatever their size. */
const NEVER_TEXT =
  'script, style, noscript, template, iframe, object, embed, svg, canvas, button, input, select, textarea, dialog';

/** Elements that are page chrome by their tag, role or state, unless they hold most of the page's text. */
const CHROME =
  'nav, aside, header, footer, form, [role="navigation"], [role="banner"], [role="contentinfo"], ' +
  '[role="complementary"], [role="search"], [role="menu"], [role="menubar"], [role="alert"], [hidden], ' +
  '[aria-hidden="true"]';

/**
 * Words that mark chrome in a class or id (`ad-slot`, `newsletter-signup`, `related-links`), matched as whole
 * words between `-`, `_` or spaces, so `article-body` or `shadow` never match.
 */
const CHROME_WORDS = new Set([
  'ad',
  'ads',
  'adslot',
  'advert',
  'adverts',
  'advertisement',
  'advertising',
  'sponsored',
  'sponsor',
  'promo',
  'promotion',
  'newsletter',
  'subscribe',
  'signup',
  'related',
  'recommended',
  'recirculation',
  'share',
  'sharing',
  'social',
  'comments',
  'cookie',
  'consent',
  'paywall',
  'outbrain',
  'taboola',
  'breadcrumb',
  'breadcrumbs',
  'byline',
  'caption',
  'credit',
]);

/** A chrome element holding more than this share of the page's text is kept: it is the article's container. */
const CHROME_MAX_SHARE = 1 / 3;

/** The document type Readability expects (the DOM's `Document`, which this project's TypeScript lib omits). */
type Doc = ConstructorParameters<typeof Readability>[0];

interface Element {
  readonly textContent: string | null;
  readonly parentNode: unknown;
  getAttribute(name: string): string | null;
  remove(): void;
}

function chromeByName(element: Element): boolean {
  const names = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return names
    .toLowerCase()
    .split(/[\s_-]+/)
    .some((word) => CHROME_WORDS.has(word));
}

/** Removes page chrome from `doc`, never an element that holds most of the text (see {@link CHROME_MAX_SHARE}). */
function stripChrome(doc: Doc): void {
  for (const element of [...doc.querySelectorAll(NEVER_TEXT)]) element.remove();
  const total = (doc.body?.textContent ?? '').length;
  const small = (e: Element) => (e.textContent ?? '').length <= total * CHROME_MAX_SHARE;
  for (const element of [...doc.querySelectorAll(CHROME)] as Element[]) {
    if (element.parentNode && small(element)) element.remove();
  }
  for (const element of [...doc.querySelectorAll('[class], [id]')] as Element[]) {
    if (element.parentNode && chromeByName(element) && small(element)) element.remove();
  }
}

/** Whitespace runs (line breaks, tabs, non-breaking spaces) become one space; nothing else changes. */
function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The paragraphs of Readability's content: each `<p>` outside figure captions, line breaks read as spaces. */
function paragraphsOf(contentHtml: string, byline: string | null): string[] {
  const { document } = parseHTML(`<!doctype html><html><body>${contentHtml}</body></html>`);
  for (const br of [...document.querySelectorAll('br')]) br.replaceWith(document.createTextNode(' '));
  const skip = byline === null ? null : normalise(byline);
  return [...document.querySelectorAll('p')]
    .filter((p) => !p.closest('figcaption'))
    .map((p) => normalise(p.textContent ?? ''))
    .filter((p) => p !== '' && p !== skip);
}

/** Reads the article of an HTML page fetched from `pageUrl` (null for a local file). */
export function readArticle(html: string, pageUrl: string | null): ReadResult {
  const noText: ReadResult = { ok: false, reason: 'no-text', message: 'not an article: the page has no article text' };
  const { document } = parseHTML(html);
  if (!document.documentElement || !document.body) return noText;
  const meta = readMetadata(document, pageUrl);
  const login = document.querySelector('input[type="password"]') !== null;
  stripChrome(document as Doc);
  let parsed: ReturnType<Readability['parse']>;
  try {
    const Reader = readability().Readability;
    parsed = new Reader(document as Doc).parse();
  } catch {
    // Readability assumes a well-formed tree; a document it cannot walk has no article it could find.
    return noText;
  }
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content, parsed.byline ?? null) : [];
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  if (chars < MIN_ARTICLE_CHARS) {
    if (login) return { ok: false, reason: 'login', message: 'the page asks to log in; its article cannot be read' };
    if (meta.paywalled) {
      return { ok: false, reason: 'paywall', message: 'the article is behind a paywall; only a teaser is readable' };
    }
    const found = chars === 0 ? 'no article text' : `only ${chars} characters of article text`;
    return { ok: false, reason: 'no-text', message: `not an article: the page has ${found}` };
  }
  const byline =
    meta.byline.length > 0 ? meta.byline : parsed?.byline ? [normalise(parsed.byline).replace(/^by\s+/i, '')] : [];
  return {
    ok: true,
    page: {
      title: meta.title ?? (parsed?.title ? normalise(parsed.title) : null),
      publisher: meta.publisher ?? (parsed?.siteName ? normalise(parsed.siteName) : null),
      byline: byline.filter((b) => b !== ''),
      date: meta.date,
      url: meta.canonical,
      paragraphs,
    },
  };
}
