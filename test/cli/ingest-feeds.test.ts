/**
 * `briefing ingest` and `briefing feeds` run as a user runs them: the real executable in a child process,
 * configured through its environment, against pages and feeds served on loopback.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { articlePage, type CorpusArticle, corpus, expectedParagraphs, rssFeed } from '../web/pages.ts';
import { TestServer } from '../web/server.ts';
import { briefingWith } from './run.ts';

const server = new TestServer();
let dir: string;
let env: Record<string, string>;
const short = corpus().filter((a) => a.paragraphs.join('').length > 500 && a.paragraphs.join('').length < 1200);
const [one, two, three] = [short[10], short[20], short[30]] as [CorpusArticle, CorpusArticle, CorpusArticle];

beforeAll(async () => {
  await server.start();
  dir = await mkdtemp(join(tmpdir(), 'cli-ingest-'));
  await mkdir(join(dir, 'knowledge', 'articles'), { recursive: true });
  env = {
    KNOWLEDGE_DIR: join(dir, 'knowledge'),
    CACHE_DIR: join(dir, 'cache'),
    AUDIT_LOG: join(dir, 'audit.jsonl'),
    FEEDS: join(dir, 'feeds.json'),
    FETCH_ALLOW_PRIVATE: '127.0.0.1',
    LOG_LEVEL: 'silent',
  };
  server.page('/news/one', articlePage(one, { canonical: '/news/one' }));
  server.page('/news/two', articlePage(two, { canonical: '/news/two' }));
  server.page('/news/three', articlePage(three, { canonical: '/news/three' }));
  server.feed(
    '/feed.xml',
    rssFeed('Loopback News', [
      { guid: 'g2', link: server.url('/news/two'), title: two.title, date: '2024-02-02T10:00:00Z' },
      { guid: 'g1', link: server.url('/news/one?utm_source=rss'), title: one.title, date: '2024-02-01T10:00:00Z' },
    ]),
  );
}, 30_000);
afterAll(async () => {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
});

const files = async () => (await readdir(join(dir, 'knowledge', 'articles'))).sort();

describe('briefing ingest', () => {
  it('adds an article from its web address and says what it saved and found', async () => {
    const run = await briefingWith(env, 'ingest', server.url('/news/one'));
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^Added ".+" as \S+\.md \(\d+ paragraphs?\); it is searchable now\.\n/);
    expect(run.stdout).toContain(`URL: ${server.url('/news/one')}`);
    expect(run.stdout).toMatch(/\nQuotes: (none found|\d+)/);
    const [file] = await files();
    const text = await readFile(join(dir, 'knowledge', 'articles', file ?? ''), 'utf8');
    expect(text.split('\n---\n')[1]?.trim()).toBe(expectedParagraphs(one).join('\n\n'));
    const again = await briefingWith(env, 'ingest', '--url', `${server.url('/news/one')}?utm_medium=email`);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/^Not added: already in the knowledge base and unchanged/);
    expect((await readAudit(env.AUDIT_LOG ?? '')).entries).toEqual([
      expect.objectContaining({ source: 'url', url: server.url('/news/one') }),
    ]);
  }, 60_000);

  it('adds a saved .html page; refuses a private address with exit 1', async () => {
    const html = join(dir, 'saved.html');
    await writeFile(html, articlePage(three, { canonical: 'https://news.example/three' }));
    const fromHtml = await briefingWith(env, 'ingest', html);
    expect(fromHtml.code, fromHtml.stderr).toBe(0);
    expect(fromHtml.stdout).toContain('URL: https://news.example/three');

    const closed = { ...env, FETCH_ALLOW_PRIVATE: '' };
    const refused = await briefingWith(closed, 'ingest', server.url('/news/two'));
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      'Not added: 127.0.0.1 is a loopback address; the bot does not fetch from private networks\n',
    );
  }, 60_000);

  it('explains a usage mistake with exit 2', async () => {
    const run = await briefingWith(env, 'ingest', join(dir, 'missing.pdf'));
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('is neither a web address nor a .md, .txt or .html file');
  });
});

describe('briefing feeds', () => {
  it('adds a feed, polls it (the article added before is known, the other added) and lists it', async () => {
    const added = await briefingWith(env, 'feeds', 'add', server.url('/feed.xml'), '--exclude', 'horoscope');
    expect(added.stdout).toBe(
      'Following "Loopback News" (2 items now), skipping items mentioning horoscope. New articles are added at the next poll.\n',
    );
    const before = (await files()).length;
    const polled = await briefingWith(env, 'feeds', 'poll');
    expect(polled.code, polled.stderr).toBe(0);
    expect(polled.stdout).toContain('• Loopback News: 1 added, 1 already known');
    expect(polled.stdout).toContain('New article from the feeds:\n• ');
    expect((await files()).length).toBe(before + 1);
    const listed = await briefingWith(env, 'feeds', 'list');
    expect(listed.stdout).toMatch(
      /^Following 1 feed:\n• Loopback News <.+feed\.xml>, skipping items mentioning horoscope — polled just now; 2 articles\n$/,
    );
  }, 60_000);
});
