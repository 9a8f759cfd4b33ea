import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A bank's targets, a vaccination study and a union vote. Invented articles.
const context = knowledgeFixture('counts-named-otherwise', [
  {
    file: 'bank.md',
    title: 'Lender raises its targets',
    date: '2022-02-19',
    paragraphs: [
      'The bank also raised its 2024 targets for its wealth business.',
      'The bank now expects to book $350 billion in inflows in its wealth management unit by 2024, up from its earlier target of $250 billion.',
    ],
  },
  {
    file: 'vaccines.md',
    title: 'Millions of routine vaccinations missed',
    date: '2022-01-27',
    paragraphs: [
      'Adults missed a total of about 27 million routine vaccinations since January 2020, according to the analysis.',
      'Doctors urged families to catch up on routine care.',
    ],
  },
]);

const never = () => false;

describe('a figure asked by what it is', () => {
  it('reads a goal or a target as the figure of something else, not a thing counted', () => {
    expect(readQuestion("how big is the bank's new 2024 goal for wealth inflows", never).counted).toBeNull();
    // Keywords: the word before "tally" is what is counted, unless it says which count it is.
    expect(readQuestion('store election final tally', never).counted).toBeNull();
    expect(readQuestion('store election vote tally', never).counted).toBe('vote');
  });
  it('answers the size of a goal with the sum the target is', async () => {
    const a = ask(await context(), "how big is the bank's new 2024 goal for wealth management inflows");
    expect(snippets(a)[0]).toContain('$350 billion');
  });
});

describe('a count told in other words', () => {
  it('counts shots told as vaccinations', async () => {
    const a = ask(await context(), 'how many routine shots did adults miss');
    expect(snippets(a)[0]).toContain('27 million routine vaccinations');
  });
});
