import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Who runs a company, told in a sentence that names them but not the company, after several that name the company
// but no one. Invented article.
const context = knowledgeFixture('who-runs', [
  {
    file: 'robocalls.md',
    title: 'Regulator proposes record fine for Brightwave Lending',
    date: '2023-02-19',
    paragraphs: [
      'The regulator has proposed a record fine for Brightwave Lending over robocalls.',
      'Florida-based lead generator Brightwave Lending, which also does business as Home Loan Agents, stands accused of making robocalls to 500,000 phones.',
      'Brightwave Lending did not respond to a request for comment.',
      'Brightwave Lending, a lead generator that operates from Tampa, sells the names of people seeking loans to lenders it manages deals for.',
      'Brightwave Lending is the third lender fined this year.',
      'Brightwave Lending had been warned twice before, the regulator said.',
      'Brightwave Lending will have the chance to respond to the allegations. Gregory Tamm, who runs the company according to the regulator, offered no comment.',
    ],
  },
]);

describe('who runs a company', () => {
  it('is answered by the sentence that names a person beside the verb, after those that name no one', async () => {
    expect(snippets(ask(await context(), 'who runs brightwave lending'))[0]).toContain('Gregory Tamm');
  });
});
