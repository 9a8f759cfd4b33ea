/**
 * Ingest by URL end to end below the front doors: pages served on loopback (real corpus text in page chrome) go
 * through the safe fetch, the reader and the one ingest path into a real knowledge folder and a real service.
 */
import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/knowledge/parse.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { fetchPolicy } from '../../src/web/fetch.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { describeIngest } from '../../src/workflows/ingest.ts';
import { ingestUrl, type UrlIngestOptions } from '../../src/workflows/ingest-url.ts';
import { articlePage, type CorpusArticle, corpus, expectedParagraphs } from '../web/pages.ts';
import { TestServer } from '../web/server.ts';

const server = new TestServer();
let dir: string;
let knowledge: string;
let service: BriefingService;
let options: UrlIngestOptions;

const [first, second, third] = [corpus()[40], corpus()[700], corpus()[1300]] as [
  CorpusArticle,
  CorpusArticle,
  CorpusArticle,
];

beforeAll(async () => {
  await server.start();
});
afterAll(() => server.stop());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-url-'));
  knowledge = join(dir, 'knowledge');
  await mkdir(join(knowledge, 'articles'), { recursive: true });
  service = await createBriefingService({ knowledgeDir: knowledge, cacheDir: join(dir, 'cache') });
  options = {
    knowledgeDir: knowledge,
    service,
    auditLog: join(dir, 'audit.jsonl'),
    actor: { id: '123456789012345678', name: 'moderator' },
    guild: '223456789012345678',
    source: 'url',
    fetch: fetchPolicy({ allowPrivate: ['127.0.0.1'] }),
  };
  return () => rm(dir, { recursive: true, force: true });
});

async function files(): Promise<string[]> {
  return (await readdir(join(knowledge, 'articles'))).sort();
}

/** The article as the loader reads the saved file. */
async function saved(file: string) {
  const parsed = parseArticle(file, await readFile(join(knowledge, 'articles', file)));
  if (!('article' in parsed)) throw new Error(`saved file does not load: ${JSON.stringify(parsed.problems)}`);
  return parsed.article;
}

describe('ingestUrl', () => {
  it("saves the article's paragraphs verbatim with its metadata, serves it and records who added it", async () => {
    // Fetched through a share link; the page declares its canonical address (on its own site).
    const page = articlePage(first, {
      related: [second, third],
      authors: ['Ana Ruiz'],
      canonical: '/news/first-story',
    });
    server.page('/a/first', page);
    const result = await ingestUrl(server.url('/a/first?utm_campaign=share'), options);
    expect(result.ok, result.ok ? '' : result.message).toBe(true);
    if (!result.ok) return;
    const article = await saved(result.article.file);
    expect(article.paragraphs.map((p) => p.text)).toEqual(expectedParagraphs(first));
    expect(article.meta).toMatchObject({
      title: first.title,
      publisher: first.publisher,
      byline: ['Ana Ruiz'],
      date: first.date,
      url: server.url('/news/first-story'),
    });
    expect(service.articles().map((a) => a.id)).toEqual([result.article.id]);
    const text = describeIngest(result);
    expect(text).toMatch(/^Added ".+" as \S+\.md \(\d+ paragraphs?\); it is searchable now\.\n/);
    expect(text).toContain(`URL: ${server.url('/news/first-story')}`);
    expect(text).toContain(`Source: ${first.publisher} · Ana Ruiz · ${first.date}`);
    const { entries } = await readAudit(options.auditLog);
    expect(entries).toEqual([
      expect.objectContaining({ kind: 'ingest', source: 'url', url: server.url('/news/first-story'), replaced: false }),
    ]);
  });

  it('replaces an updated page in place: same id and file, new text, served at once', async () => {
    server.page('/a/update', articlePage(first));
    const before = await ingestUrl(server.url('/a/update'), options);
    if (!before.ok) throw new Error(before.message);
    const again = await ingestUrl(server.url('/a/update'), options);
    expect(again).toMatchObject({ ok: false, reason: 'unchanged' });

    const correction = 'Correction: an earlier version of this article misstated the date of the meeting.';
    const updated = { ...first, paragraphs: [...first.paragraphs, correction] };
    server.page('/a/update', articlePage(updated));
    const after = await ingestUrl(server.url('/a/update'), options);
    expect(after.ok, after.ok ? '' : after.message).toBe(true);
    if (!after.ok) return;
    expect(after.replaced).toBe(true);
    expect(after.article.id).toBe(before.article.id);
    expect(await files()).toEqual([before.article.file]);
    expect((await saved(before.article.file)).paragraphs.at(-1)?.text).toBe(correction);
    expect(service.articles()).toHaveLength(1);
    expect(service.articles()[0]?.paragraphs.at(-1)?.text).toBe(correction);
    expect(describeIngest(after)).toMatch(/^Updated ".+" in \S+\.md \(\d+ paragraphs\): the new text replaces/);
  });

  it('keeps one article for the same page reached under two URLs (tracking parameters)', async () => {
    // The page does not declare a canonical URL of its own site, so identity rests on the address fetched.
    const page = articlePage(second, { canonical: 'https://elsewhere.example/copy' });
    server.page('/b/second', page);
    const one = await ingestUrl(server.url('/b/second?utm_source=newsletter&utm_medium=email'), options);
    const two = await ingestUrl(server.url('/b/second?fbclid=IwAR0abc#comments'), options);
    expect(one.ok).toBe(true);
    expect(two).toMatchObject({ ok: false, reason: 'unchanged' });
    expect(one.ok && one.article.meta.url).toBe(server.url('/b/second'));
    expect(await files()).toHaveLength(1);
  });

  it('keeps one article for the same text under another address (content hash)', async () => {
    server.page('/c/one', articlePage(third, { canonical: '/c/one' }));
    server.page('/c/syndicated', articlePage(third, { canonical: '/c/syndicated' }));
    expect((await ingestUrl(server.url('/c/one'), options)).ok).toBe(true);
    const copy = await ingestUrl(server.url('/c/syndicated'), options);
    expect(copy).toMatchObject({ ok: false, reason: 'duplicate' });
    expect(!copy.ok && copy.message).toMatch(/^already in the knowledge base: ".+" \(\S+\.md\) has the same text$/);
    expect(await files()).toHaveLength(1);
  });

  it.each([
    ['a PDF', '/d/report.pdf', 'the address is a PDF, not a web page: add its text as a file'],
    ['a JSON document', '/d/data.json', 'the address is not a web page (it is application/json)'],
    ['a page without article text', '/d/home', 'not an article: the page has no article text'],
  ])('refuses %s and writes nothing', async (_what, path, message) => {
    server.page('/d/report.pdf', Buffer.from('%PDF-1.7\n...'), 'application/pdf');
    server.page('/d/data.json', '{"a":1}', 'application/json');
    server.page('/d/home', '<!doctype html><html><body><nav><a href="/">Home</a></nav></body></html>');
    expect(await ingestUrl(server.url(path), options)).toEqual({ ok: false, reason: 'not-article', message });
    expect(await files()).toEqual([]);
  });

  it('refuses a private address unless configured, and writes nothing', async () => {
    server.page('/e/page', articlePage(first));
    const result = await ingestUrl(server.url('/e/page'), { ...options, fetch: fetchPolicy() });
    expect(result).toEqual({
      ok: false,
      reason: 'fetch',
      message: '127.0.0.1 is a loopback address; the bot does not fetch from private networks',
    });
    expect(await files()).toEqual([]);
  });
});
