import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Travel tests scrapped in two steps, and a marketplace's new funding. Invented articles.
const context = knowledgeFixture('times-ahead-and-values', [
  {
    file: 'tests.md',
    title: 'Arrival tests for vaccinated travellers to Ostria to end',
    date: '2022-01-25',
    paragraphs: [
      'People arriving in Ostria from abroad will no longer need Covid tests if they are fully vaccinated, ministers confirmed.',
      'Earlier in January, the government scrapped the need for fully vaccinated travellers coming to Ostria to take a Covid test before they travel.',
      'From 4am on 11 February, fully vaccinated travellers arriving in Ostria will no longer have to take a test after arrival.',
      'Airlines welcomed the change.',
    ],
  },
  {
    file: 'market.md',
    title: 'Marketplace Tradeloom raises $300m',
    date: '2022-01-06',
    paragraphs: [
      'Announcing its latest funding, Tradeloom said the new funding would help it bring digital collectibles to a broad audience, and that it valued its users.',
      'The online marketplace Tradeloom says it is now worth $13.3bn following a new investment of $300m.',
      'Trading volumes on the platform have grown for a year.',
    ],
  },
]);

describe('when something is to happen', () => {
  it('is the sentence that tells the time ahead, before one on what was done already', async () => {
    const a = ask(
      await context(),
      'When will fully vaccinated travellers arriving in Ostria stop needing a Covid test?',
    );
    expect(snippets(a)[0]).toContain('11 February');
  });
});

describe('what something is valued at', () => {
  it('is a sentence with a sum, before one on the funding without one', async () => {
    const a = ask(await context(), "What's Tradeloom valued at after its latest funding?");
    expect(snippets(a)[0]).toContain('$13.3bn');
  });
});
