import { describe, expect, it } from 'vitest';
import { FeedFormatError, parseFeed } from '../../src/web/feed.ts';
import { atomFeed, rssFeed } from './pages.ts';

const entries = [
  {
    guid: 'urn:item:1',
    link: '/news/one?utm_source=rss',
    title: 'Troops gather near the border',
    date: '2022-02-10T08:00:00Z',
    summary: 'Drills begin in Belarus.',
    categories: ['World', 'Europe'],
  },
  {
    guid: 'https://feeds.example/2',
    link: 'https://feeds.example/news/two',
    title: 'Markets fall',
    date: '2022-02-11T09:30:00Z',
  },
];

describe('parseFeed', () => {
  it.each([
    ['RSS 2.0', rssFeed('Example News', entries)],
    ['Atom 1.0', atomFeed('Example News', entries)],
  ])('reads %s items: identity, absolute link, version and filter text', async (_kind, xml) => {
    const feed = await parseFeed(xml, 'https://feeds.example/rss.xml');
    expect(feed.title).toBe('Example News');
    expect(feed.items).toEqual([
      {
        guid: 'urn:item:1',
        link: 'https://feeds.example/news/one?utm_source=rss',
        title: 'Troops gather near the border',
        version: '2022-02-10T08:00:00.000Z',
        text: 'Troops gather near the border\nDrills begin in Belarus.\nWorld\nEurope',
      },
      {
        guid: 'https://feeds.example/2',
        link: 'https://feeds.example/news/two',
        title: 'Markets fall',
        version: '2022-02-11T09:30:00.000Z',
        text: 'Markets fall',
      },
    ]);
  });

  it('uses the link as identity when an item has no GUID, and drops non-http links', async () => {
    const xml = `<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
      <item><title>A</title><link>https://feeds.example/a</link></item>
      <item><title>B</title><link>javascript:alert(1)</link><guid>b</guid></item>
    </channel></rss>`;
    const feed = await parseFeed(xml, 'https://feeds.example/rss');
    expect(feed.items.map((i) => [i.guid, i.link])).toEqual([
      ['https://feeds.example/a', 'https://feeds.example/a'],
      ['b', null],
    ]);
  });

  it('refuses a document that is not a feed', async () => {
    await expect(parseFeed('<html><body>hello</body></html>', 'https://x.example/')).rejects.toThrow(FeedFormatError);
    await expect(parseFeed('not xml at all <', 'https://x.example/')).rejects.toThrow(/^not an RSS or Atom feed/);
  });
});
