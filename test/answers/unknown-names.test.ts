import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A name typed in lower case that no article writes, beside names they do. Invented article.
const context = knowledgeFixture('unknown-names', [
  {
    file: 'flights.md',
    title: 'Easter flights cancelled',
    date: '2023-04-05',
    paragraphs: [
      'Skyline Airways cancelled 62 flights on Monday as travellers faced delays ahead of Easter.',
      'Airports said queues would last through the Easter weekend.',
    ],
  },
]);

describe('a lower-case name no article writes', () => {
  it('refuses, naming it, though the question names something the articles have', async () => {
    const a = ask(await context(), 'how many flights did zyvair cancel over easter');
    expect(a.empty).toBe(true);
    expect(a.notes[0]).toBe('No article mentions "zyvair".');
  });

  it('still answers for the airline the articles name', async () => {
    expect(snippets(ask(await context(), 'how many flights did skyline airways cancel over easter'))[0]).toContain(
      '62 flights',
    );
  });
});
