/**
 * Adds an article from the web: the page is fetched safely and read (`src/web`), its paragraphs and metadata become
 * a knowledge draft, and the draft goes through the one ingest path (validation, duplicates, atomic write, reload,
 * audit). Fetching the same address again updates the article in place when its text changed.
 */
import type { ArticleDraft } from '../knowledge/index.ts';
import { type FetchPolicy, fetchArticle, type ReadablePage, readArticle } from '../web/index.ts';
import { type IngestOptions, type IngestResult, ingestArticle } from './ingest.ts';

/** {@link IngestOptions} plus the limits of the fetch. */
export interface UrlIngestOptions extends Omit<IngestOptions, 'replaceSameUrl'> {
  readonly fetch: FetchPolicy;
}

/** The knowledge draft of a page read from the web: its metadata as front matter, its paragraphs as the body. */
export function pageDraft(page: ReadablePage): ArticleDraft {
  return {
    title: page.title ?? '',
    publisher: page.publisher ?? undefined,
    byline: page.byline,
    date: page.date ?? undefined,
    url: page.url ?? undefined,
    text: page.paragraphs.join('\n\n'),
  };
}

/**
 * Fetches `url`, reads its article and ingests it (an earlier version with the same canonical URL is replaced).
 * Never rejects for a bad page or address: the result says why nothing was added.
 */
export async function ingestUrl(url: string, options: UrlIngestOptions): Promise<IngestResult> {
  const fetched = await fetchArticle(url, options.fetch);
  if (!fetched.ok) return { ok: false, reason: fetched.reason, message: fetched.message };
  return ingestArticle({ kind: 'draft', draft: pageDraft(fetched.page) }, { ...options, replaceSameUrl: true });
}

/** Ingests a saved HTML page (the CLI's local `.html` file): read as a fetched page would be, without an address. */
export function ingestHtml(html: string, options: Omit<IngestOptions, 'replaceSameUrl'>): Promise<IngestResult> {
  const read = readArticle(html, null);
  if (!read.ok) return Promise.resolve({ ok: false, reason: 'not-article', message: read.message });
  return ingestArticle({ kind: 'draft', draft: pageDraft(read.page) }, { ...options, replaceSameUrl: true });
}
