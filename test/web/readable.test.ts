import { describe, expect, it } from 'vitest';
import { readArticle } from '../../src/web/readable.ts';
import { articlePage, CHROME_TEXT, type CorpusArticle, corpus, esc, expectedParagraphs } from './pages.ts';

/** Four articles of each publisher, spread through the corpus (a fixed choice, so failures reproduce). */
function sample(): CorpusArticle[] {
  const byPublisher = new Map<string, CorpusArticle[]>();
  for (const a of corpus()) byPublisher.set(a.publisher, [...(byPublisher.get(a.publisher) ?? []), a]);
  return [...byPublisher.values()].flatMap((list) =>
    [0.1, 0.35, 0.6, 0.85].map((f) => list[Math.floor(f * list.length)] as CorpusArticle),
  );
}

const SAMPLE = sample();

function read(article: CorpusArticle, options: Parameters<typeof articlePage>[1] = {}) {
  const related = corpus()
    .filter((a) => a.id !== article.id)
    .slice(0, 4);
  const result = readArticle(articlePage(article, { related, ...options }), article.url);
  if (!result.ok) throw new Error(`${article.id}: ${result.message}`);
  return result.page;
}

describe('readArticle on real article text inside page chrome', () => {
  it.each(SAMPLE.map((a) => [a.id, a] as const))('%s: the paragraphs, verbatim, and nothing else', (_id, article) => {
    const page = read(article);
    expect(page.paragraphs).toEqual(expectedParagraphs(article));
    const chrome = page.paragraphs.filter((p) => CHROME_TEXT.some((c) => p.includes(c)));
    // Only text the article itself contains may mention a chrome word ("Advertisement" in a story about ads).
    expect(chrome.filter((p) => !expectedParagraphs(article).includes(p))).toEqual([]);
  });

  it('reads title, publisher, byline, date and canonical URL from JSON-LD and the head', () => {
    const article = SAMPLE[0] as CorpusArticle;
    const page = read(article, { authors: ['Ana Ruiz', 'Tom Beck'], canonical: `${article.url}?utm_source=rss#top` });
    expect(page).toMatchObject({
      title: article.title,
      publisher: article.publisher,
      byline: ['Ana Ruiz', 'Tom Beck'],
      date: article.date,
      url: article.url,
    });
  });

  it('takes the date from Open Graph, then from <time>, when there is no JSON-LD', () => {
    const article = SAMPLE[5] as CorpusArticle;
    expect(read(article, { noJsonLd: true }).date).toBe(article.date);
    expect(read(article, { noJsonLd: true, timeOnly: true }).date).toBe(article.date);
    expect(read(article, { noJsonLd: true }).byline).toEqual([]);
  });

  it('keeps the date as the publisher wrote it, not shifted to UTC', () => {
    const article = { ...(SAMPLE[2] as CorpusArticle), date: '2022-02-10' };
    const html = articlePage(article).replace('2022-02-10T09:30:00+01:00', '2022-02-10T00:30:00+05:00');
    const read = readArticle(html, article.url);
    expect(read.ok && read.page.date).toBe('2022-02-10');
  });

  it('ignores a canonical link to another site and keeps the address fetched, tracking removed', () => {
    const article = SAMPLE[3] as CorpusArticle;
    const fetched = 'https://news.example/story/42?id=7&fbclid=abc&utm_medium=social';
    const html = articlePage(article, { canonical: 'https://other-site.example/their-story' });
    const result = readArticle(html, fetched);
    expect(result.ok && result.page.url).toBe('https://news.example/story/42?id=7');
  });

  it('accepts a canonical link on the same site, on another edition host, resolving a relative one', () => {
    const article = SAMPLE[4] as CorpusArticle;
    const relative = readArticle(
      articlePage(article, { canonical: '/world/story-42' }),
      'https://www.news.example/amp/42',
    );
    expect(relative.ok && relative.page.url).toBe('https://www.news.example/world/story-42');
    const mobile = readArticle(
      articlePage(article, { canonical: 'https://www.news.example/s/42' }),
      'https://m.news.example/s/42',
    );
    expect(mobile.ok && mobile.page.url).toBe('https://www.news.example/s/42');
  });
});

describe('readArticle refuses pages that are not articles', () => {
  const links = corpus()
    .slice(0, 30)
    .map((a) => `<li><a href="/story/${esc(a.id)}">${esc(a.title)}</a></li>`)
    .join('');

  it('a front page of headlines', () => {
    const html = `<!doctype html><html><head><title>News</title></head><body><nav><a href="/">Home</a></nav><main><h1>Top stories</h1><ul>${links}</ul></main></body></html>`;
    const result = readArticle(html, 'https://news.example/');
    expect(result).toMatchObject({ ok: false, reason: 'no-text' });
    expect(!result.ok && result.message).toMatch(
      /^not an article: the page has (no article text|only \d+ characters of article text)$/,
    );
  });

  it('a login wall', () => {
    const html = `<!doctype html><html><body><main><h1>Sign in to keep reading</h1><p>Subscribers can read this story.</p><form><input type="email"><input type="password"><button>Log in</button></form></main></body></html>`;
    expect(readArticle(html, 'https://news.example/story')).toEqual({
      ok: false,
      reason: 'login',
      message: 'the page asks to log in; its article cannot be read',
    });
  });

  it('a paywall teaser', () => {
    const ld = JSON.stringify({ '@type': 'NewsArticle', headline: 'H', isAccessibleForFree: false });
    const html = `<!doctype html><html><head><script type="application/ld+json">${ld}</script></head><body><article><h1>H</h1><p>The first lines of a story that continues for subscribers only.</p></article></body></html>`;
    expect(readArticle(html, 'https://news.example/story')).toMatchObject({ ok: false, reason: 'paywall' });
  });

  it('an empty or broken document', () => {
    expect(readArticle('', null)).toMatchObject({ ok: false, reason: 'no-text' });
    expect(readArticle('<<<>>>not html at all', null)).toMatchObject({ ok: false, reason: 'no-text' });
  });
});
