import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { whatIsAsked } from '../../src/answers/chat-text.ts';
import { isEnglishWord } from '../../src/answers/english.ts';
import { namesOfTicker } from '../../src/answers/tickers.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A central bank's rate rise and its committee's vote, a device maker's warning letter, a streaming service's
// quarter, a retailer's boss and a pay rise. Invented articles about real bodies, so that the initials and tickers
// chat types for them are the ones a user would; one person is called Joe, one edit from "boe".
const context = knowledgeFixture('chat-initials', [
  {
    file: 'rates.md',
    title: 'Bank of England raises interest rates again',
    date: '2022-02-03',
    paragraphs: [
      'The Bank of England raised interest rates to 0.5% from 0.25% on Thursday.',
      "Some members of the Bank's Monetary Policy Committee (MPC) called for a bigger rise.",
      'Four of the nine members voted to increase rates to 0.75%.',
      'Joe Marlow, a saver from Leeds, said the rise was welcome.',
    ],
  },
  {
    file: 'rba.md',
    title: 'Reserve Bank of Australia raises rates for the first time in a decade',
    date: '2022-05-03',
    paragraphs: [
      'The Reserve Bank of Australia raised rates to 0.35% on Tuesday, its first rise in more than a decade.',
      'Governor Philip Lowe said further rises in rates would be needed.',
    ],
  },
  {
    file: 'device.md',
    title: 'Medtronic shares slide after FDA warning letter',
    date: '2021-12-15',
    paragraphs: [
      'Shares of Medtronic slid 6% after the company disclosed a warning letter from the Food and Drug Administration.',
      'The letter concerns quality controls at its Northridge, California facility.',
      "Activist investor Hal Ormond's two board candidates at Medtronic are Priya Lal and Tom Reese.",
      'The Board of Treasury Investments, which holds Medtronic shares, did not comment.',
    ],
  },
  {
    file: 'streaming.md',
    title: 'Netflix loses subscribers for the first time in a decade',
    date: '2022-04-20',
    paragraphs: [
      'Netflix reported 200,000 fewer subscribers in the first quarter of 2022.',
      'Shares in the streaming giant plunged 35% on Wednesday after the update.',
      'The company said it was working hard on account sharing.',
    ],
  },
  {
    file: 'retailer.md',
    title: 'Homeware chain Larkspur to close 30 stores',
    date: '2022-01-07',
    paragraphs: [
      'Larkspur Home plans to close 30 stores next month.',
      'Larkspur Home chief executive Nadia Brandt said sales were not where the company wanted them to be.',
      'A rival chain, Ferncastle, named a new chief executive on Monday.',
    ],
  },
  {
    file: 'dividend.md',
    title: 'Hollin to hand its Brightmart stake to shareholders',
    date: '2021-12-23',
    paragraphs: [
      'Hollin said it will distribute most of its Brightmart shares to its shareholders as a one-time dividend worth about $16.4 billion.',
    ],
  },
  {
    file: 'trading.md',
    title: 'Lawmakers face calls to stop trading stocks',
    date: '2022-01-12',
    paragraphs: [
      'The speaker does not own stock herself, but her husband holds tens of millions of dollars worth of shares in US companies.',
    ],
  },
  {
    file: 'pay.md',
    title: 'Grocer Oakfield to raise hourly pay',
    date: '2022-04-07',
    paragraphs: [
      'Oakfield managers said staff had earned a well-deserved rise.',
      'Oakfield will raise hourly pay to £10.10 from the end of July, the grocer said.',
    ],
  },
]);

describe('initials and tickers typed in lower case', () => {
  it('reads "boe" as the Bank of England, with its "of", not as the nearest first name', async () => {
    const a = ask(await context(), 'what did the boe bump rates up to');
    expect(snippets(a)[0]).toContain('raised interest rates to 0.5%');
    // Read as the Bank of England, the question is not answered with another central bank's rise.
    expect(snippets(a).join(' ')).not.toContain('Reserve Bank of Australia');
    expect(a.notes.join(' ')).not.toContain('Joe Marlow');
  });

  it('refuses honestly for initials no article spells out ("aoc")', async () => {
    const a = ask(await context(), 'what did aoc ask the bank at the rate hearing');
    expect(snippets(a)).toEqual([]);
    expect(a.notes).toContain('No article mentions "aoc".');
  });

  it('reads a ticker typed in capitals or lower case ("MDT", "mdt") as the company', async () => {
    for (const q of ['why did MDT shares slide', 'why did mdt shares slide']) {
      const a = ask(await context(), q);
      expect(snippets(a)[0], q).toContain('warning letter');
      expect(a.notes, q).toContain(`Showing Medtronic for "${q.includes('MDT') ? 'MDT' : 'mdt'}".`);
    }
  });
});

describe('a word the word list holds in the plural, and a currency', () => {
  it('reads "payout" as a word (a dividend), not a name, and "US dollars" as the currency, not the country', async () => {
    const a = ask(await context(), "how much is hollin's brightmart payout worth in US dollars");
    expect(snippets(a)[0]).toContain('$16.4 billion');
  });
});

describe('a ticker inside a longer name typed in capitals', () => {
  it('is no unwritten short form when the articles name its company ("MCD board picks")', async () => {
    const ctx = await context();
    const a = ask(ctx, "who is priya lal, one of ormond's MDT board picks?");
    expect(snippets(a)[0]).toContain('Priya Lal');
  });
});

describe('a count whose owner the paragraph before names', () => {
  it("counts the committee's members told after the paragraph that names it", async () => {
    const a = ask(await context(), 'how many MPC members wanted an even bigger hike?');
    expect(snippets(a)[0]).toContain('Four of the nine members');
  });
});

describe("chat's words for a move, a boss and a raise", () => {
  it('reads "shed" as the subscribers a service has fewer of', async () => {
    const a = ask(await context(), 'how many subs did NFLX shed in Q1');
    expect(snippets(a)[0]).toContain('200,000 fewer subscribers');
  });

  it('reads "how hard did the stock tank" as how far it fell, not as working hard', async () => {
    const a = ask(await context(), 'how hard did netflix stock tank on wednesday');
    expect(snippets(a)[0]).toContain('plunged 35%');
    expect(whatIsAsked('did the tank explode')).toContain('tank');
    expect(whatIsAsked("did russia's tank convoy stall")).toContain('tank convoy');
    expect(whatIsAsked('how hard did darden shares get hit on the news')).toBe(
      'how much did darden shares fall on the news',
    );
    expect(whatIsAsked('was he hit by a car')).toBe('was he hit by a car');
  });

  it('reads "who\'s running" a company as who its boss is', async () => {
    const a = ask(await context(), "who's running larkspur home these days?");
    expect(snippets(a)[0]).toContain('Nadia Brandt');
  });

  it('reads pay "bumped up" as raised, and a job "walked off" as quit', async () => {
    expect(whatIsAsked("what's oakfield bumping its hourly pay up to")).toContain('raise its hourly pay to');
    expect(whatIsAsked('who walked off the case')).toContain('quit the case');
    const a = ask(await context(), "what's oakfield bumping its hourly pay up to");
    expect(snippets(a)[0]).toContain('£10.10');
  });
});

describe('the table of tickers', () => {
  const table = JSON.parse(readFileSync(new URL('../../src/answers/tickers.json', import.meta.url), 'utf8')) as Record<
    string,
    string[]
  >;

  it('holds no ticker that is also a word, and names a company for each', () => {
    for (const [ticker, names] of Object.entries(table)) {
      expect(ticker, ticker).toMatch(/^[A-Z]{2,5}$/);
      expect(isEnglishWord(ticker.toLowerCase()), ticker).toBe(false);
      expect(names.length, ticker).toBeGreaterThan(0);
    }
    expect(namesOfTicker('nflx')).toEqual(['Netflix']);
    expect(namesOfTicker('COST')).toEqual([]);
  });
});
