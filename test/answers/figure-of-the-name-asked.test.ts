import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, seedContext, snippets } from './seed.ts';

// A streaming service's results, and a social network's that names it in passing. Invented articles.
const context = knowledgeFixture('figure-of-the-name-asked', [
  {
    file: 'streaming.md',
    title: 'Streamwell subscriptions near 130 million',
    date: '2022-02-10',
    paragraphs: [
      'Streamwell added 11.8 million subscribers in the quarter, bringing its total to 129.8 million.',
      'The company said its parks division also recovered.',
    ],
  },
  {
    file: 'social.md',
    title: 'Vexor warns advertising is slowing',
    date: '2022-02-03',
    paragraphs: [
      'Vexor warned of slowing growth as advertisers cut their budgets.',
      'The firm said audiences were moving to rivals such as Streamwell and short-video apps.',
      'Vexor revenues in the last three months of 2021 topped $33.6bn, up 20% year-on-year.',
    ],
  },
]);

describe('a figure of the one name asked, neither its owner nor its doer as typed', () => {
  it('is not given by an article that names it in passing', async () => {
    const a = ask(await context(), 'how much does a Streamwell subscription cost per month');
    expect(snippets(a)).toEqual([]);
  });

  it('is given where the article is on it', async () => {
    const a = ask(await context(), 'how many subscribers does a Streamwell plan have now in total');
    expect(snippets(a)[0]).toContain('129.8 million');
  });

  it('only for a sum: a distance to a place is told where the place is named ("how far is Kyiv")', async () => {
    const a = ask(await seedContext(), 'how far is Kyiv & the border');
    expect(snippets(a).join(' ')).toContain('Kyiv, is only about 200 miles away');
  });
});
