import { describe, expect, it } from 'vitest';
import { ask, expectVerbatim, knowledgeFixture, seedContext, snippets } from './seed.ts';

const context = knowledgeFixture('verb-words', [
  {
    file: 'exit.md',
    title: 'Norland troops in Sudia',
    date: '2022-02-10',
    paragraphs: [
      'Talks between Norland and Westmark ended badly on Thursday.',
      'The foreign minister said Norland was considering withdrawing non-essential diplomats from Sudia.',
      'The exercises are scheduled to end on February 20, and the government has stated that its troops will leave Sudia at that time.',
    ],
  },
]);

describe('the words news uses for the verb asked', () => {
  it('are searched though the articles use the verb too ("pull out": leave)', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'will troops pull out once the exercises end?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/its troops will leave Sudia/);
  });

  it('count for the question\'s own words in the search ("security": protection), on the seed articles', async () => {
    const ctx = await seedContext();
    const answer = ask(ctx, 'What border security tasks will troops practise during the drills?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/protection of the state border/);
  });
});

describe('an office and a count asked in other words', () => {
  it('finds the spokesperson for "putin\'s spokesman", and counts troops "overall" as troops', async () => {
    const { readQuestion } = await import('../../src/answers/question.ts');
    expect(readQuestion('how many russian troops overall are massed around ukraine', () => false).counted).toBe(
      'troop',
    );
    const ctx = await seedContext();
    const answer = ask(ctx, "what did putin's spokesman say about russian ships in the black sea");
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/Peskov/);
  });
});

describe("a country's capital in a lower-case question", () => {
  it('is read in lower case, so the other names of the question stay names', async () => {
    const ctx = await seedContext();
    const answer = ask(ctx, 'how far is the ukrainian capital from belarus');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/about 200 miles away/);
  });
});
