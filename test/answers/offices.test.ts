import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Someone asked by the office they hold at a body ("McDonald's CEO", "the p&o ceo"), in articles that name several
// chiefs of several companies, each by a title written otherwise ("chief executive").
const context = knowledgeFixture('offices', [
  {
    file: 'exits.md',
    title: 'Burger and soda makers leave Russia',
    date: '2022-03-09',
    paragraphs: [
      'Grillco said on Tuesday it would close its 600 restaurants in Russia for now.',
      '"We cannot ignore the suffering in Ukraine," chief executive Lena Marsh said in a memo.',
      'Fizzco, the soda maker, also paused its sales in the country.',
      '"This is the right decision," said Tom Reyes, chief executive of Fizzco.',
    ],
  },
  {
    file: 'ferries.md',
    title: 'Ferry line sacks its crews',
    date: '2022-03-23',
    paragraphs: [
      'The ferry line Sealink sacked 800 staff by video call last week.',
      'Its chief executive, Omar Pike, said the company would have collapsed without the sackings.',
    ],
  },
]);

describe('someone asked by an office at a body', () => {
  it('is the one holder of the title named where the body is, though others hold it in the same articles', async () => {
    const ctx = await context();
    const a = ask(ctx, "What did Grillco's CEO say about closing the restaurants?");
    expect(snippets(a)[0]).toMatch(/cannot ignore the suffering/);
    expect(a.notes).toContain('Showing Lena Marsh for "Grillco\'s CEO".');
  });

  it('reads "the X ceo" typed in lower case as the head of X', async () => {
    const a = ask(await context(), 'what did the sealink ceo say about the sackings');
    expect(snippets(a)[0]).toMatch(/would have collapsed without the sackings/);
  });
});
