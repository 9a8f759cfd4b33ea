/**
 * Feeds against a local server: RSS and Atom feeds of real corpus articles in page chrome, polled into a real
 * knowledge folder and service. Each behaviour users of feed bots ask for is one test: no flood, no duplicates,
 * edits update, filters, conditional requests, backoff, and files that cannot be read are not fatal.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { fetchPolicy } from '../../src/web/fetch.ts';
import { describeFeedList, describePoll, Feeds, type FeedsOptions } from '../../src/workflows/feeds/feeds.ts';
import { articlePage, atomFeed, type CorpusArticle, corpus, type FeedEntry, rssFeed } from '../web/pages.ts';
import { TestServer } from '../web/server.ts';

const server = new TestServer();
const ACTOR = { id: '123456789012345678', name: 'moderator' };
const INTERVAL = 15 * 60_000;
/** Twenty short real articles (quick to extract), served as pages and listed newest first as feeds list them. */
const ARTICLES = corpus()
  .filter((a) => {
    const chars = a.paragraphs.join('').length;
    return chars > 600 && chars < 1500;
  })
  .filter((_, i) => i % 3 === 1)
  .slice(0, 20);

let dir: string;
let knowledge: string;
let service: BriefingService;
let clock: number;
let posted: { channel: string; text: string }[];
let asked: (string | null)[];

function entryOf(a: CorpusArticle, i: number, extra: Partial<FeedEntry> = {}): FeedEntry {
  return {
    guid: `urn:news:${a.id}`,
    link: server.url(`/p/${i}`),
    title: a.title,
    date: new Date(Date.UTC(2024, 0, 1 + i)).toISOString(),
    summary: a.paragraphs[0],
    ...extra,
  };
}

function feeds(extra: Partial<FeedsOptions> = {}): Feeds {
  return new Feeds({
    listFile: join(dir, 'feeds.json'),
    stateFile: join(dir, 'cache', 'feeds-state.json'),
    fetch: fetchPolicy({ allowPrivate: ['127.0.0.1'] }),
    ingest: { knowledgeDir: knowledge, service, auditLog: join(dir, 'audit.jsonl') },
    intervalMs: INTERVAL,
    announce: async (channel, text) => {
      posted.push({ channel, text });
    },
    targets: (story) => {
      asked.push(story);
      return ['111111111111111111'];
    },
    announceMax: 5,
    now: () => clock,
    ...extra,
  });
}

async function articleFiles(): Promise<string[]> {
  return (await readdir(join(knowledge, 'articles'))).sort();
}

beforeAll(async () => {
  await server.start();
  ARTICLES.forEach((a, i) => {
    server.page(`/p/${i}`, articlePage(a));
  });
  server.feed('/rss', rssFeed('Wire', ARTICLES.map((a, i) => entryOf(a, i)).reverse()));
});
afterAll(() => server.stop());

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'feeds-'));
  knowledge = join(dir, 'knowledge');
  await mkdir(join(knowledge, 'articles'), { recursive: true });
  service = await createBriefingService({ knowledgeDir: knowledge, cacheDir: join(dir, 'cache') });
  clock = Date.UTC(2024, 5, 1);
  posted = [];
  asked = [];
  return () => rm(dir, { recursive: true, force: true });
});

describe('polling a feed', () => {
  it('ingests 20 new items, announces them in one message within the limit, then asks with its ETag', async () => {
    const f = feeds();
    expect((await f.add(server.url('/rss'), { include: [], exclude: [] }, ACTOR)).message).toBe(
      `Following "Wire" (20 items now). New articles are added at the next poll.`,
    );
    const report = await f.poll();
    expect(report.feeds[0]).toMatchObject({ status: 'polled', added: 20, known: 0, refused: 0 });
    expect(await articleFiles()).toHaveLength(20);
    expect(service.articles()).toHaveLength(20);
    // The announcement targets were asked once per new article, with the story the service put it in.
    expect(asked).toHaveLength(20);
    expect(asked).toEqual(report.added.map((a) => a.story?.id ?? null));
    expect(asked.every((story) => typeof story === 'string')).toBe(true);
    expect(posted).toHaveLength(1);
    const lines = posted[0]?.text.split('\n') ?? [];
    expect(posted[0]?.channel).toBe('111111111111111111');
    expect(lines[0]).toBe('20 new articles from the feeds:');
    expect(lines.filter((l) => l.startsWith('• '))).toHaveLength(5);
    expect(lines.at(-1)).toBe('…and 15 more (/sources lists every article).');
    // Newest first, as the feed lists them.
    expect(lines[1]).toContain(ARTICLES[19]?.title.slice(0, 40));
    expect(posted[0]?.text.length).toBeLessThanOrEqual(1900);

    const again = await f.poll();
    expect(again.feeds[0]?.status).toBe('unchanged');
    expect(server.hits('/rss').at(-1)?.headers['if-none-match']).toMatch(/^".+"$/);
    expect(posted).toHaveLength(1);
    expect(describePoll(again)).toBe('Polled 1 feed:\n• Wire: unchanged since the last poll');
  }, 60_000);

  it('updates an edited item in place and treats the same article from another feed as known', async () => {
    const [a, b] = ARTICLES as [CorpusArticle, CorpusArticle];
    server.page('/q/a', articlePage(a));
    server.page('/q/b', articlePage(b));
    server.feed(
      '/atom',
      atomFeed('Atom wire', [entryOf(a, 0, { link: server.url('/q/a') }), entryOf(b, 1, { link: server.url('/q/b') })]),
      'application/atom+xml',
    );
    const f = feeds();
    await f.add(server.url('/atom'), { include: [], exclude: [] }, ACTOR);
    expect((await f.poll()).feeds[0]).toMatchObject({ added: 2 });
    const files = await articleFiles();

    // The publisher corrects article a: a new version in the feed, a new paragraph on the page.
    const correction = 'This article has been updated to include a statement from the ministry.';
    server.page('/q/a', articlePage({ ...a, paragraphs: [...a.paragraphs, correction] }));
    server.feed(
      '/atom',
      atomFeed('Atom wire', [
        entryOf(a, 0, { link: server.url('/q/a'), date: '2024-03-01T12:00:00Z' }),
        entryOf(b, 1, { link: server.url('/q/b') }),
      ]),
      'application/atom+xml',
    );
    // Another feed lists article b under another GUID and a tracking link.
    server.feed(
      '/other',
      rssFeed('Other', [entryOf(b, 1, { guid: 'other-1', link: server.url('/q/b?utm_source=rss') })]),
    );
    await f.add(server.url('/other'), { include: [], exclude: [] }, ACTOR);
    posted = [];
    const report = await f.poll();
    expect(report.feeds.map((r) => [r.title, r.added, r.updated, r.known])).toEqual([
      ['Atom wire', 0, 1, 0],
      ['Other', 0, 0, 1],
    ]);
    expect(await articleFiles()).toEqual(files);
    expect(service.articles().some((x) => x.paragraphs.at(-1)?.text === correction)).toBe(true);
    expect(posted).toEqual([]);
  }, 60_000);

  it('applies include and exclude keyword filters to titles, summaries and categories', async () => {
    const [a, b, c] = ARTICLES as [CorpusArticle, CorpusArticle, CorpusArticle];
    const list = [
      entryOf(a, 0, { title: 'NATO allies meet in Brussels', summary: 'Defence ministers gather.' }),
      entryOf(b, 1, { title: 'Cup final tonight', summary: 'NATO? No: football.', categories: ['Sport'] }),
      entryOf(c, 2, { title: 'Senators debate budget', summary: 'A long night in Congress.' }),
    ];
    server.feed('/filtered', rssFeed('Filtered', list));
    const f = feeds();
    await f.add(server.url('/filtered'), { include: ['nato'], exclude: ['sport'] }, ACTOR);
    const report = await f.poll();
    expect(report.feeds[0]).toMatchObject({ added: 1, filtered: 2 });
    expect(service.articles().map((x) => x.meta.title)).toEqual([a.title]);
    const listed = describeFeedList(await f.list(), clock);
    expect(listed).toContain('only items mentioning nato; skipping items mentioning sport');
  }, 60_000);

  it('leaves items beyond the per-poll limit for the next poll, even when the feed has not changed', async () => {
    const three = ARTICLES.slice(0, 3).map((a, i) => entryOf(a, i));
    server.feed('/capped', rssFeed('Capped', [...three].reverse()));
    const f = feeds({ maxItemsPerPoll: 2 });
    await f.add(server.url('/capped'), { include: [], exclude: [] }, ACTOR);
    expect((await f.poll()).feeds[0]).toMatchObject({ status: 'polled', added: 2 });
    expect(service.articles().map((a) => a.meta.title)).not.toContain(ARTICLES[0]?.title);
    const next = await f.poll();
    expect(next.feeds[0]).toMatchObject({ status: 'polled', added: 1 });
    expect(server.hits('/capped').at(-1)?.headers['if-none-match']).toBeUndefined();
    expect((await f.poll()).feeds[0]?.status).toBe('unchanged');
  }, 60_000);

  it('backs off exponentially from a failing feed and polls it again when forced', async () => {
    server.feed('/flaky', rssFeed('Flaky', []));
    const f = feeds();
    await f.add(server.url('/flaky'), { include: [], exclude: [] }, ACTOR);
    server.routes.set('/flaky', (_req, res) => res.writeHead(503).end());
    const first = await f.poll();
    expect(first.feeds[0]).toMatchObject({ status: 'failed' });
    expect(first.feeds[0]?.error).toMatch(/is not answering properly right now \(HTTP 503\)/);
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const {
        feeds: [status],
      } = await f.list();
      waits.push((status?.state?.nextPollAt ?? 0) - clock);
      clock = status?.state?.nextPollAt ?? clock;
      expect((await f.poll()).feeds[0]?.status).toBe('failed');
    }
    expect(waits).toEqual([INTERVAL, 2 * INTERVAL, 4 * INTERVAL]);
    // Before the wait is over a scheduled poll leaves the feed alone: no request at all.
    const hits = server.hits('/flaky').length;
    clock += 60_000;
    expect((await f.poll()).feeds[0]?.status).toBe('waiting');
    expect(server.hits('/flaky').length).toBe(hits);
    // A moderator's poll does not wait; success clears the failures.
    server.feed('/flaky', rssFeed('Flaky', []));
    expect((await f.poll({ force: true })).feeds[0]?.status).toBe('polled');
    expect((await f.list()).feeds[0]?.state?.failures).toBe(0);
  });
});

describe('the feed list', () => {
  it('refuses a web page, a private address and a feed followed already; removes a feed', async () => {
    server.page('/not-a-feed', articlePage(ARTICLES[0] as CorpusArticle));
    server.feed('/list', rssFeed('Listed', []));
    const f = feeds();
    expect((await f.add(server.url('/not-a-feed'), { include: [], exclude: [] }, ACTOR)).message).toBe(
      'Not added: the address is a web page, not a feed: give the address of its RSS or Atom feed.',
    );
    const closed = feeds({ fetch: fetchPolicy() });
    expect((await closed.add(server.url('/list'), { include: [], exclude: [] }, ACTOR)).message).toBe(
      'Not added: 127.0.0.1 is a loopback address; the bot does not fetch from private networks.',
    );
    expect((await f.add(server.url('/list'), { include: [], exclude: [] }, ACTOR)).ok).toBe(true);
    expect((await f.add(`${server.url('/list')}#again`, { include: [], exclude: [] }, ACTOR)).message).toMatch(
      /^Already following/,
    );
    expect((await f.list()).feeds.map((s) => s.entry.url)).toEqual([server.url('/list')]);
    expect((await f.remove(server.url('/list'))).ok).toBe(true);
    expect((await f.remove(server.url('/list'))).message).toMatch(/^Not following/);
    expect(describeFeedList(await f.list())).toBe(
      'No feeds are followed yet: add one with feeds add and the address of an RSS or Atom feed.',
    );
  });

  it('reports a corrupt list file, polls nothing from it, and keeps a copy before writing over it', async () => {
    const listFile = join(dir, 'feeds.json');
    await writeFile(listFile, '{"feeds": [ {"url": "https://a.example/rss"}, ');
    const f = feeds();
    const listed = await f.list();
    expect(listed.feeds).toEqual([]);
    expect(listed.problems[0]).toMatch(/feeds\.json is not valid JSON .*; it is ignored$/);
    const report = await f.poll();
    expect(report.feeds).toEqual([]);
    expect(report.problems).toHaveLength(1);
    server.feed('/fresh', rssFeed('Fresh', []));
    expect((await f.add(server.url('/fresh'), { include: [], exclude: [] }, ACTOR)).ok).toBe(true);
    const names = await readdir(dir);
    const backup = names.find((n) => n.startsWith('feeds.json.corrupt-'));
    expect(backup).toBeDefined();
    expect(await readFile(join(dir, backup ?? ''), 'utf8')).toContain('https://a.example/rss');
    expect(JSON.parse(await readFile(listFile, 'utf8')).feeds).toHaveLength(1);
  });

  it('skips an invalid entry of a hand-edited list and reads the others', async () => {
    await writeFile(
      join(dir, 'feeds.json'),
      JSON.stringify({ feeds: [{ url: 'ftp://x.example/feed' }, { url: server.url('/rss'), include: ['x'] }] }),
    );
    const listed = await feeds().list();
    expect(listed.feeds.map((s) => s.entry.url)).toEqual([server.url('/rss')]);
    expect(listed.problems).toEqual([expect.stringMatching(/feed 1 is skipped \(url: must be an http\(s\) URL\)$/)]);
  });
});
