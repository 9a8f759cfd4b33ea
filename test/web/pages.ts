/**
 * Realistic news pages and feeds for the fetching tests: real article text from `../shared/corpus/news.jsonl`
 * inside the chrome real pages carry (head metadata and JSON-LD, scripts, a cookie banner, navigation, advertising
 * slots, a share bar, a newsletter box inside the article, a captioned photo, related links, a footer), plus RSS
 * and Atom feeds listing such pages.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** One article of the shared corpus. */
export interface CorpusArticle {
  readonly id: string;
  readonly url: string;
  readonly publisher: string;
  readonly byline: string | null;
  readonly date: string;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

const CORPUS = join(import.meta.dirname, '../../../shared/corpus/news.jsonl');

let cached: CorpusArticle[] | undefined;

/** Every corpus article whose paragraphs are non-empty text. */
export function corpus(): CorpusArticle[] {
  cached ??= readFileSync(CORPUS, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CorpusArticle)
    .filter((a) => a.paragraphs.length > 0 && a.paragraphs.every((p) => p.trim() !== ''));
  return cached;
}

/** The corpus's paragraphs as the reader should save them: whitespace runs made one space. */
export function expectedParagraphs(article: CorpusArticle): string[] {
  return article.paragraphs.map((p) => p.replace(/\s+/g, ' ').trim());
}

/** HTML-escapes text for element content and attribute values. */
export function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Options of {@link articlePage}. */
export interface PageOptions {
  /** The canonical address the page declares (default: the corpus URL). */
  readonly canonical?: string;
  /** Other corpus articles shown as related links and in the navigation's "most read". */
  readonly related?: readonly CorpusArticle[];
  /** Authors for JSON-LD (default: the corpus byline, if any). */
  readonly authors?: readonly string[];
  /** Leave out the JSON-LD block (the date then comes from Open Graph or `<time>`). */
  readonly noJsonLd?: boolean;
  /** Leave out Open Graph's published time too (only `<time datetime>` is left). */
  readonly timeOnly?: boolean;
}

/** A full article page for `article`, its paragraphs among the chrome a news site surrounds them with. */
export function articlePage(article: CorpusArticle, options: PageOptions = {}): string {
  const related = options.related ?? [];
  const authors = options.authors ?? (article.byline ? [article.byline] : []);
  const canonical = options.canonical ?? article.url;
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.title,
    datePublished: `${article.date}T09:30:00+01:00`,
    dateModified: `${article.date}T11:00:00+01:00`,
    author: authors.map((name) => ({ '@type': 'Person', name })),
    publisher: { '@type': 'Organization', name: article.publisher, logo: { '@type': 'ImageObject', url: '/logo.png' } },
    mainEntityOfPage: { '@type': 'WebPage', '@id': canonical },
  };
  const paragraphs = article.paragraphs.map((p) => `        <p>${esc(p)}</p>`);
  const middle = Math.min(2, paragraphs.length);
  const body = [
    ...paragraphs.slice(0, middle),
    '        <div class="ad-container ad-inline" data-slot="mid1"><span class="ad-label">Advertisement</span><div id="div-gpt-ad-1"></div></div>',
    '        <figure class="article-image"><img src="/img/photo.jpg" alt=""><figcaption><p>A file photo taken earlier this year. Photo: Agency staff photographer for the wire service.</p></figcaption></figure>',
    ...paragraphs.slice(middle, middle + 3),
    '        <div class="newsletter-signup"><h3>Get the morning briefing</h3><p>Sign up for our newsletter to receive the day\'s top stories in your inbox every morning before breakfast.</p><form><input type="email" placeholder="Email"><button>Sign up</button></form></div>',
    ...paragraphs.slice(middle + 3),
  ];
  const relatedItems = related.map((r) => `<li><a href="/story/${esc(r.id)}">${esc(r.title)}</a></li>`).join('');
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <title>${esc(article.title)} | ${esc(article.publisher)}</title>
  <meta name="description" content="${esc(article.paragraphs[0]?.slice(0, 150) ?? '')}">
  <link rel="canonical" href="${esc(canonical)}">
  <meta property="og:type" content="article">
  <meta property="og:site_name" content="${esc(article.publisher)}">
  <meta property="og:title" content="${esc(article.title)}">
  <meta property="og:url" content="${esc(canonical)}">
  ${options.timeOnly ? '' : `<meta property="article:published_time" content="${article.date}T08:30:00Z">`}
  <link rel="stylesheet" href="/static/site.css">
  <style>.ad-container{min-height:250px}.cookie-banner{position:fixed}</style>
  ${options.noJsonLd ? '' : `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script>`}
  <script>window.dataLayer=window.dataLayer||[];dataLayer.push({event:"pageview",template:"<p>article</p>"});</script>
  <script async src="https://ads.example.net/tag.js"></script>
</head>
<body class="article-page">
  <div class="cookie-banner" role="dialog"><p>We use cookies to give you the best experience on our website. By continuing you agree to our use of cookies.</p><button>Accept all</button></div>
  <header class="site-header">
    <a class="logo" href="/">${esc(article.publisher)}</a>
    <nav class="primary-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/business">Business</a></li><li><a href="/markets">Markets</a></li><li><a href="/tech">Tech</a></li><li><a href="/opinion">Opinion</a></li></ul></nav>
  </header>
  <div class="ad-slot ad-leaderboard"><span>Advertisement</span></div>
  <ol class="breadcrumbs"><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ol>
  <main id="main-content">
    <article class="story">
      <header class="story-header">
        <h1>${esc(article.title)}</h1>
        <p class="byline">By ${esc(authors.join(' and ') || 'Staff reporter')}</p>
        <time datetime="${article.date}T08:30:00Z">${article.date}</time>
      </header>
      <div class="share-tools"><a href="#">Share on Facebook</a> <a href="#">Share on X</a> <button>Copy link</button></div>
      <div class="story-body">
${body.join('\n')}
      </div>
    </article>
    <aside class="related-stories"><h2>Related stories</h2><ul>${relatedItems}</ul></aside>
  </main>
  <section class="most-read"><h2>Most read</h2><ol>${relatedItems}</ol></section>
  <footer class="site-footer"><p>&copy; ${article.date.slice(0, 4)} ${esc(article.publisher)}. All rights reserved. Reproduction without permission is prohibited.</p><ul><li><a href="/terms">Terms</a></li><li><a href="/privacy">Privacy</a></li></ul></footer>
  <script>document.querySelectorAll(".ad-slot").forEach(function(s){s.dataset.loaded="1"});</script>
</body>
</html>
`;
}

/** Text of the chrome above: none of it may reach a saved article. */
export const CHROME_TEXT = [
  'Advertisement',
  'We use cookies',
  'Sign up for our newsletter',
  'Photo: Agency staff photographer',
  'Related stories',
  'Most read',
  'All rights reserved. Reproduction',
  'Share on Facebook',
  'Home',
  'dataLayer',
  'Staff reporter',
];

/** One feed entry. */
export interface FeedEntry {
  readonly guid: string;
  readonly link: string;
  readonly title: string;
  readonly date: string;
  readonly summary?: string;
  readonly categories?: readonly string[];
}

/** An RSS 2.0 document. */
export function rssFeed(title: string, entries: readonly FeedEntry[]): string {
  const items = entries.map(
    (e) => `    <item>
      <title>${esc(e.title)}</title>
      <link>${esc(e.link)}</link>
      <guid isPermaLink="false">${esc(e.guid)}</guid>
      <pubDate>${new Date(e.date).toUTCString()}</pubDate>
      ${(e.categories ?? []).map((c) => `<category>${esc(c)}</category>`).join('')}
      <description>${esc(e.summary ?? '')}</description>
    </item>`,
  );
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
    <title>${esc(title)}</title><link>https://news.example/</link><description>Latest</description>
${items.join('\n')}
</channel></rss>
`;
}

/** An Atom 1.0 document. */
export function atomFeed(title: string, entries: readonly FeedEntry[]): string {
  const items = entries.map(
    (e) => `  <entry>
    <id>${esc(e.guid)}</id>
    <title>${esc(e.title)}</title>
    <link rel="alternate" href="${esc(e.link)}"/>
    <published>${e.date}</published>
    <updated>${e.date}</updated>
    ${(e.categories ?? []).map((c) => `<category term="${esc(c)}"/>`).join('')}
    <summary>${esc(e.summary ?? '')}</summary>
  </entry>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>${esc(title)}</title><id>urn:feed:${esc(title)}</id><updated>2024-01-01T00:00:00Z</updated>
${items.join('\n')}
</feed>
`;
}
