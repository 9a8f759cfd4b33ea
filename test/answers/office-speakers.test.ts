import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "What did Mexico's president say": the words of whoever holds the office, named by the country's adjective.
// Invented article.
const context = knowledgeFixture('office-speakers', [
  {
    file: 'ban.md',
    title: 'US suspends avocado imports from Mexico after threat to inspector',
    date: '2022-02-18',
    paragraphs: [
      'The United States suspended imports of avocados from Mexico after a safety inspector was threatened.',
      'Growers in Michoacán said the pause could cost them millions of dollars a week.',
      'Mexican President Ana Belén Ortiz said the suspension was "a trade war against our farmers."',
      'US officials said inspections would resume once the safety of staff was assured.',
    ],
  },
]);

describe('an office asked of a country', () => {
  it("answers with the words of the one who holds it ('Mexico's president': the Mexican President)", async () => {
    const a = ask(await context(), "What did Mexico's president say about the suspension?");
    expect(snippets(a)[0]).toContain('Mexican President Ana Belén Ortiz said');
  });
});
