import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A retailer's results, a game studio's history, a postal firm's job cuts and an auction round. Invented articles
// about real companies, so that chat's tickers for them are the ones a user would type.
const context = knowledgeFixture('tickers-and-chat-verbs', [
  {
    file: 'results.md',
    title: 'Amazon shares jump as profits beat forecasts',
    date: '2022-02-04',
    paragraphs: [
      'Amazon shares soared almost 15% in after hours trade on the news.',
      'The company said higher wages drove $4bn more in costs in the final months of the year.',
    ],
  },
  {
    file: 'studio.md',
    title: 'Console maker agrees to buy game studio Brightforge',
    date: '2022-01-31',
    paragraphs: [
      'Microsoft acquired Brightforge in 2000, but the developer split from Microsoft in 2007.',
      'The studio employs about 900 people in its home city.',
    ],
  },
  {
    file: 'post.md',
    title: 'Parcel carrier Northpost to cut jobs',
    date: '2022-01-25',
    paragraphs: [
      'Northpost plans to cut around 700 management jobs as it tries to reduce costs.',
      'Parcel volumes were 33% above pre-pandemic levels, the company said.',
    ],
  },
  {
    file: 'auction.md',
    title: 'Seabed auction results announced',
    date: '2022-01-17',
    paragraphs: [
      'Seventeen projects covering a total of 7,000km2 have been chosen in the first Seaward leasing round in a decade.',
      'Bidders in the Seaward round will pay a combined £700m in option fees for wind farm sites.',
    ],
  },
  {
    file: 'profile.md',
    title: 'Live-streaming star fined for tax evasion',
    date: '2021-12-21',
    paragraphs: [
      'Huang Mei, known as Meiya, is an internet celebrity with tens of millions of followers.',
      'Her husband Dong Hailin also apologized on his social media account.',
    ],
  },
]);

describe('a stock ticker no article writes', () => {
  it('asks about the company news names ("AMZN" is Amazon)', async () => {
    const a = ask(await context(), 'how much did AMZN pop after hours on earnings');
    expect(snippets(a)[0]).toContain('soared almost 15%');
  });

  it('finds the company beside another name ("when did Brightforge split off from MSFT")', async () => {
    const a = ask(await context(), 'when did brightforge split off from MSFT');
    expect(snippets(a)[0]).toContain('split from Microsoft in 2007');
    expect(a.notes).toContain('Showing Microsoft for "MSFT".');
  });

  it('is still an honest no-answer for a company no article names', async () => {
    const a = ask(await context(), 'how much did NFLX stock fall after earnings');
    expect(snippets(a)).toEqual([]);
  });
});

describe("chat's verbs for what news says otherwise", () => {
  it('counts people laid off as the jobs cut', async () => {
    const a = ask(await context(), 'how many people is Northpost laying off');
    expect(snippets(a)[0]).toContain('700 management jobs');
  });

  it('reads "picked" as chosen', async () => {
    const a = ask(await context(), 'How many wind farm projects were picked in the Seaward leasing round?');
    expect(snippets(a)[0]).toContain('Seventeen projects');
  });

  it('reads whom someone is married to as their husband or wife', async () => {
    const a = ask(await context(), 'who is Meiya married to');
    expect(snippets(a).join(' ')).toContain('Her husband Dong Hailin');
  });
});
