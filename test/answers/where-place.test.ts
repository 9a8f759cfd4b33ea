import { describe, expect, it } from 'vitest';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('where-place', [
  {
    file: 'ferry.md',
    title: 'Second ferry held',
    date: '2022-03-29',
    paragraphs: [
      'A second Harwick Ferries ship has failed a safety inspection.',
      'Another Harwick Ferries vessel, the Northern Causeway, failed a port inspection last week.',
      'The ferry was detained in Larne over failures on crew training.',
      'After the Northern Causeway was detained, Harwick Ferries said it would make any changes required and work closely with the agency to return the Northern Causeway to service.',
    ],
  },
]);

describe('where something happened', () => {
  it('is answered first by a passage naming a place the question does not', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'Where was the Northern Causeway detained?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/detained in Larne/);
  });
});
