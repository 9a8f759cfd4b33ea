import { describe, expect, it } from 'vitest';
import { asksForSum } from '../../src/answers/asked-facts.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedIn } from '../../src/answers/ranking.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('shorthand-and-short-names', [
  {
    file: 'move.md',
    title: 'Dravex Energy to move headquarters to Houston',
    date: '2022-02-01',
    paragraphs: [
      'Dravex Energy is slated to move its corporate headquarters from Irving to its campus north of Houston in mid-2023.',
      'The company said about 1,500 staff would relocate over the next two years.',
    ],
  },
  {
    file: 'record.md',
    title: 'Brightcell posts record quarter',
    date: '2022-01-28',
    paragraphs: [
      'Brightcell posted its highest quarterly revenue in its history on Thursday, at $12.3 billion.',
      'Its shares climbed 3% after the results.',
    ],
  },
  {
    file: 'plus.md',
    title: 'Corvane raises the price of Corvane Plus',
    date: '2022-02-04',
    paragraphs: [
      'Corvane is raising the price of Corvane Plus in the US for the first time in four years, citing higher wages.',
      'The company reported sales of $137 billion for the quarter.',
      'Its cloud arm grew 40%, and advertising grew 32%.',
      'Monthly Plus memberships will go from $12.99 to $14.99, and annual memberships will rise to $139.',
    ],
  },
  {
    file: 'stocks.md',
    title: 'Tech stocks have their worst quarter',
    date: '2022-04-01',
    paragraphs: [
      'Twelve large stocks had their worst quarter ever as investors sold technology shares.',
      'Lumora, the social network, lost more than $300 billion in market value in the first quarter as investors cut a third of its price.',
    ],
  },
  {
    file: 'coins.md',
    title: 'President Reyna buys the dip',
    date: '2022-01-25',
    paragraphs: [
      'President Tomas Reyna said on Friday that he bought an additional $15 million of bitcoin after prices fell.',
      'The country made the coin legal tender last year.',
    ],
  },
]);

describe('shorthand of business news, and a product named by its last word', () => {
  it('reads "HQ", "qtr" and "btc" as the words the articles write, and "Q1" as a time, not a name', () => {
    expect(readQuestion('when is dravex moving its HQ to houston', () => false).content).toContain('headquart');
    expect(readQuestion('what did sales do in the march qtr', () => false).content).toContain('quarter');
    expect(readQuestion('how much btc did reyna buy', () => false).counted).toBe('bitcoin');
    expect(readQuestion('how much did Lumora lose in Q1', () => false).names.map((n) => n.text)).toEqual(['Lumora']);
  });

  it('answers "HQ" from the passage on headquarters, not from two words that share its initials', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'when is dravex moving its HQ to houston?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/corporate headquarters/);
  });

  it('answers how much bitcoin someone bought with the sum they paid', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how much btc did reyna buy when prices dipped');
    expect(snippets(answer)[0]).toMatch(/\$15 million of bitcoin/);
  });

  it('reads value "shed" as value lost, and market value as a sum', async () => {
    expect(relatedIn(['lose'], 'shed')).toBe(true);
    // A chain's gyms are counted as its "clubs".
    expect(relatedIn(['club'], 'gym')).toBe(true);
    expect(relatedIn(['club'], 'store')).toBe(false);
    expect(asksForSum('how much market value did Lumora shed')).toBe(true);
    const ctx = await context();
    const answer = ask(ctx, 'how much market value did Lumora shed in Q1?');
    expect(snippets(answer)[0]).toMatch(/\$300 billion in market value/);
  });

  it('finds the price of a product where the article shortens its name to the last word', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how much is corvane plus gonna cost after the price hike');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/Plus memberships will go from \$12\.99 to \$14\.99/);
  });
});
