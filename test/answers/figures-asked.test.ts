import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A figure asked: whose it is (a person named, a country's troops, an analyst's target), what kind it is (a price, a
// ratio, a return, a streak), told by the passage that gives it and not by one beside it on someone else. Invented
// articles.

const context = knowledgeFixture('figures-of-people', [
  {
    file: 'succession.md',
    title: 'Harlow names a new chief executive',
    date: '2024-03-01',
    paragraphs: [
      'Harlow Partners said on Friday that Dana Whitlock will succeed Miles Ferrand as chief executive in May.',
      'Ferrand has led the firm since 2009.',
      'The 64-year-old will stay on as chairman until the annual meeting.',
      'The firm’s assets rose to $410 billion at the end of the year.',
      '"It is an honour to lead this team," Whitlock said.',
    ],
  },
]);

const troops = knowledgeFixture('figures-of-countries', [
  {
    file: 'alert.md',
    title: 'Pentagon readies troops as tensions rise',
    date: '2024-03-02',
    paragraphs: [
      'Tensions rose on Saturday as Russian troops gathered near the border with Veska.',
      'The Pentagon put 8,500 U.S. troops on heightened alert for deployment to the region.',
    ],
  },
]);

describe('a figure asked of a person by name', () => {
  it('is not another person’s figure from the same article', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how old is dana whitlock');
    expect(snippets(answer).join(' ')).not.toContain('64-year-old');
  });

  it('is the one told beside their name', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how old is miles ferrand'))[0]).toContain('64-year-old');
  });
});

describe('a count of one country’s troops', () => {
  it('is not a count of another’s', async () => {
    const ctx = await troops();
    const answer = ask(ctx, 'how many russian troops are near the border?');
    expect(snippets(answer).join(' ')).not.toContain('8,500');
  });

  it('is the count of the country asked, however it is written', async () => {
    const ctx = await troops();
    expect(snippets(ask(ctx, 'how many us troops were put on alert?'))[0]).toContain('8,500');
  });
});

const targets = knowledgeFixture('figures-of-targets', [
  {
    file: 'movers.md',
    title: 'Stocks making the biggest moves midday',
    date: '2024-03-04',
    paragraphs: [
      'Orvane — Shares of Orvane rallied 7.4% after Kestrel Research hiked its price target on the chipmaker.',
      'Selvik — The retailer’s stock fell 3% after Harrow Securities cut its price target to $42 from $55.',
    ],
  },
  {
    file: 'funds.md',
    title: 'Kestrel launches a chip fund',
    date: '2024-03-05',
    paragraphs: [
      'Kestrel launched the Orvane Growth Fund on Tuesday, its first fund of chipmakers.',
      'The fund holds 40 companies, the largest of them Orvane.',
      'Index funds of the same stocks are cheaper: the Selvik Chip Index Fund has an expense ratio of 0.35%.',
    ],
  },
]);

describe('a figure asked of a named thing', () => {
  it('is not given by a passage on the thing without that figure', async () => {
    const ctx = await targets();
    const answer = ask(ctx, "what's the expense ratio on kestrel's orvane growth fund?");
    expect(answer.empty).toBe(true);
  });
});

describe('a price target', () => {
  it('is a price of the one asked: a passage that tells of a new target without one does not give it', async () => {
    const ctx = await targets();
    // Not the move of the shares, nor another analyst's target for another company in the same article.
    expect(ask(ctx, "what's kestrel research's new price target on orvane?").empty).toBe(true);
    expect(ask(ctx, "what's kestrel's new price target on orvane?").empty).toBe(true);
  });

  it('is the price a passage gives', async () => {
    const ctx = await targets();
    expect(snippets(ask(ctx, "what's harrow securities' new price target on selvik?"))[0]).toContain('$42');
  });
});

const returns = knowledgeFixture('figures-by-kind', [
  {
    file: 'fund.md',
    title: 'Selvik pension fund trims stocks',
    date: '2024-02-01',
    paragraphs: [
      'The Selvik pension fund has trimmed its stock holdings and warned that rising rates could make returns harder to earn.',
      'The fund returned 9.1% in 2023, its best year since it was set up.',
    ],
  },
]);

describe('a figure asked with "what" by its kind', () => {
  it('is the sentence that gives a number before one on the subject without it', async () => {
    const ctx = await returns();
    expect(snippets(ask(ctx, 'What return did the Selvik pension fund post for 2023?'))[0]).toContain('9.1%');
  });
});

const streaks = knowledgeFixture('figures-of-streaks', [
  {
    file: 'gas.md',
    title: 'Gas prices keep falling',
    date: '2024-02-02',
    paragraphs: [
      'Drivers in Norland are paying less at the pump as the winter goes on.',
      'Regional gas prices are set to post their sixth weekly decline in a row, the motoring club said.',
    ],
  },
]);

describe('a count of a streak', () => {
  it('is told by its ordinal', async () => {
    const ctx = await streaks();
    expect(snippets(ask(ctx, 'how many weeks in a row have regional gas prices fallen?'))[0]).toContain('sixth weekly');
  });
});
