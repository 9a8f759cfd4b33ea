import { describe, expect, it } from 'vitest';
import { setAside } from '../../src/answers/besides.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Oil companies leaving a country. Invented article.
const context = knowledgeFixture('names-set-aside', [
  {
    file: 'exits.md',
    title: 'Petrona quits Karvia, joining Northoil',
    date: '2022-02-28',
    paragraphs: [
      'Petrona said it would exit its investments in Karvia, a day after Northoil said it would do the same.',
      'Petrona, the largest oil company in the region, said on Monday that it would exit its joint ventures in Karvia.',
      'Petrona’s announcement comes a day after rival Northoil said it was selling its stake in a Karvian oil company.',
      'On Monday, Fjordgas, the Norwegian energy company, said it would start the process of exiting its joint ventures in Karvia.',
    ],
  },
]);

describe('a question that sets names aside', () => {
  it('reads the names set aside and the question without them', () => {
    expect(setAside('Besides BP and Shell, did any other oil company pull out of Russia?')).toEqual({
      rest: 'Did any other oil company pull out of Russia?',
      names: ['BP', 'Shell'],
    });
    expect(setAside('which banks other than JPMorgan cut ties')?.names).toEqual(['JPMorgan']);
    expect(setAside('what other than the price did they change')).toBeNull();
    expect(setAside('besides AT&T and Verizon, who warned?')?.names).toEqual(['AT&T', 'Verizon']);
  });

  it('reads a pasted run of capitals at once, as any other text (no backtracking without end)', () => {
    expect(setAside(`besides ${'A'.repeat(5000)}!`)).toBeNull();
    expect(setAside(`other than ${'Ab '.repeat(2000)}#`)).toBeNull();
    expect(setAside(`besides ${'Acme '.repeat(3)}and Zeta, who?`)?.names).toEqual(['Acme Acme Acme', 'Zeta']);
  });

  it('is answered by a passage on someone else, not by those set aside', async () => {
    const a = ask(await context(), 'Besides Petrona and Northoil, did any other oil company say it would exit Karvia?');
    expect(snippets(a)[0]).toContain('Fjordgas');
    expect(snippets(a).join(' ')).not.toContain('a day after Northoil said it would do the same');
  });
});
