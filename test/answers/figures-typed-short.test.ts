import { describe, expect, it } from 'vitest';
import { countsNear } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A phone maker's and a carmaker's results, a broker's listing, a product-liability trial. Invented articles.
const context = knowledgeFixture('figures-typed-short', [
  {
    file: 'phones.md',
    title: 'Pomelo sales soar despite supply constraints',
    date: '2022-01-28',
    paragraphs: [
      'Sales at the phone maker rose 11% to a record $123.9bn in the October to December period.',
      'The Pomelo 13, which started shipping days before the quarter began, led to phone sales revenue of $71.6bn.',
    ],
  },
  {
    file: 'cars.md',
    title: 'Voltra expects 50% growth',
    date: '2022-01-27',
    paragraphs: [
      'Sales at Voltra rocketed 71% to $53.8bn in 2021, as it delivered more than 936,000 vehicles.',
      'Voltra said supply chain problems would last through 2022.',
    ],
  },
  {
    file: 'broker.md',
    title: 'Tradewell shares rally',
    date: '2022-01-28',
    paragraphs: [
      'The newly public brokerage expects first-quarter revenue of less than $340 million.',
      'Shares of Tradewell are trading around $12 on Friday, well below its IPO price of $38 from July.',
    ],
  },
  {
    file: 'trial.md',
    title: 'Two veterans awarded $110 million in earplug lawsuit',
    date: '2022-01-28',
    paragraphs: [
      'A jury awarded two Army veterans $110 million in a lawsuit over Quietcore earplugs.',
      'The next Quietcore earplug trial is scheduled to take place in Pensacola, Fla., in March.',
    ],
  },
]);

describe('figures asked in chat', () => {
  it('a number right after a product\'s name is its model ("Pomelo 13"), no count of the product', () => {
    const model = 'The Pomelo 13, which started shipping before the quarter began, led to revenue of $71.6bn.';
    expect(countsNear(model, processTerm('Pomelos') ?? '')).toBe(false);
    expect(countsNear('Pomelo sales of 40 million in the quarter', processTerm('sales') ?? '')).toBe(true);
  });

  it("a figure typed as a bare phrase is asked as its question: the annual figure is not the quarter's", async () => {
    const a = ask(await context(), 'voltra revenue for q4 2021');
    expect(snippets(a)).toEqual([]);
  });

  it('"went public" is the IPO', async () => {
    const a = ask(await context(), 'what price did Tradewell go public at');
    expect(snippets(a)[0]).toContain('IPO price of $38');
  });

  it('what something was in a month after every article is beyond them ("the verdict … in March")', async () => {
    const a = ask(await context(), 'what was the verdict in the Quietcore earplug trial in Pensacola in March');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('No article can say that yet');
  });
});
