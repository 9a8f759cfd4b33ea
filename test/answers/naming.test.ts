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
  {
    file: 'flights.md',
    title: 'Airline plans nonstop flights',
    date: '2022-05-02',
    paragraphs: [
      'Skylane has been working on the plan - dubbed Project Dawn - for about five years.',
      'The first flights will depart in late 2025.',
    ],
  },
  {
    file: 'firm.md',
    title: 'Law firm offers home working for less pay',
    date: '2022-05-02',
    paragraphs: [
      'A law firm has offered staff the option to work from home for good, but at a price.',
      'The firm, Harlow Pike, said it would let staff work remotely but pay them 20% less.',
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

  it('is not one that shares a single word of a long question', async () => {
    const ctx = await context();
    const answer = ask(
      ctx,
      "What's the name of the law firm that lets staff work from home if they take a 20% pay cut?",
    );
    expect(snippets(answer)[0]).toMatch(/Harlow Pike/);
  });
});
