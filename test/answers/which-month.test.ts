import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "In which month": a passage that names a month answers before one dated only by a weekday. Invented articles.
const context = knowledgeFixture('which-month', [
  {
    file: 'bonds.md',
    title: 'Bond market reacts to the council',
    date: '2022-01-28',
    paragraphs: [
      'During the governor’s remarks on Wednesday, the bond market began to price in higher inflation, on the view that the council would start raising rates at a measured pace.',
      'Just as council members gear up for raising rates starting in March, traders warn of limits to how far the council can go.',
    ],
  },
]);

describe('which month', () => {
  it('is told by a passage that names a month', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'In which month did the council signal it would start raising rates?'))[0]).toContain(
      'March',
    );
  });
});
