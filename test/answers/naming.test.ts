import { describe, expect, it } from 'vitest';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('naming', [
  {
    file: 'fossil.md',
    title: 'Giant bug fossil found',
    date: '2021-12-20',
    paragraphs: [
      'A fossil of a giant millipede found on a beach in Harbury has revealed the biggest bug that ever lived.',
      'The fossil was spotted in a fallen block of sandstone by a walker.',
      'It took scientists two years to cut the slab free.',
      'The fossilised remains of the creature, named Arthropleura, are about 326 million years old.',
      'Finding these giant millipede fossils is rare.',
    ],
  },
]);

describe('the sentence that names the thing asked about', () => {
  it('is read in the article on the thing, though it calls the thing otherwise', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'What is the giant millipede found in Harbury called?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/named Arthropleura/);
  });
});
