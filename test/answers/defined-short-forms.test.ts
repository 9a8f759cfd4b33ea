import { describe, expect, it } from 'vitest';
import { definedShortForms } from '../../src/answers/short-forms.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A homewares chain's results and store closures: one market roundup gives its ticker in brackets, the chain's own
// stories write its name only. Invented articles.
const context = knowledgeFixture('defined-short-forms', [
  {
    file: 'movers.md',
    title: 'Stocks making the biggest moves premarket',
    date: '2022-01-06',
    paragraphs: [
      'Linen Loft & Home (LLHM) – The housewares retailer slid 9.3% in premarket trading after an adjusted quarterly loss of 25 cents per share.',
      'Grainfield Foods (GRNF) – The packaged food maker rose 2% after raising its forecast.',
      'ALBUQUERQUE, N.M. (AP) – Oil prices fell on Monday. Both U.S. West Texas Intermediate (WTI) and Brent slid.',
    ],
  },
  {
    file: 'results.md',
    title: 'Linen Loft & Home shares jump despite earnings miss',
    date: '2022-01-06',
    paragraphs: [
      'Linen Loft & Home posted a third quarter net loss of $276 million, or $2.78 per share.',
      'Sales fell 28% from a year earlier, the company said.',
    ],
  },
  {
    file: 'closures.md',
    title: 'Linen Loft & Home shutting 37 more stores in February',
    date: '2022-01-07',
    paragraphs: [
      'Linen Loft & Home will close 37 stores across 19 states, the company confirmed.',
      'The closures are part of plans to close about 200 stores this year.',
    ],
  },
]);

describe('a ticker an article defines in brackets', () => {
  it('asks about the company in the articles that write only its name ("LLHM\'s net loss")', async () => {
    const a = ask(await context(), "what was LLHM's net loss last quarter");
    expect(snippets(a)[0]).toContain('net loss of $276 million');
  });

  it('counts what the company does where its name is written out', async () => {
    const a = ask(await context(), 'in how many states will LLHM close stores?');
    expect(snippets(a)[0]).toContain('37 stores across 19 states');
  });
});

describe('what brackets after a name are not', () => {
  it('a dateline or a credit ("ALBUQUERQUE, N.M. (AP)"), nor a name across the end of a sentence', async () => {
    const ctx = await context();
    const forms = definedShortForms(ctx);
    expect(forms.get('ap')).toBeUndefined();
    expect(forms.get('wti')).toEqual([['unitedstates', 'west', 'texas', 'intermediate']]);
    expect(forms.get('llhm')).toEqual([['linen', 'loft', 'home']]);
  });
});

describe('a plan told in the present progressive', () => {
  it('is no question about a month after the articles ("is … closing stores in February")', async () => {
    const a = ask(await context(), 'how many states is linen loft & home closing stores in february');
    expect(snippets(a)[0]).toContain('37 stores across 19 states');
  });

  it('while the same month asked in the past is still beyond them', async () => {
    const a = ask(await context(), 'how many stores did linen loft & home close in february');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('No article can say that yet');
  });
});
