import { describe, expect, it } from 'vitest';
import { figureNamed } from '../../src/answers/asked-facts.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// What an answer must hold, by what is asked: a "who" names someone the question does not; a figure asked for by its
// name is a number of that figure; what a "how many" counts may be written otherwise ("liabilities" for "debt").
const context = knowledgeFixture('answer-kinds', [
  {
    file: 'premier.md',
    title: 'Premier Halvard loses confidence vote',
    date: '2022-04-10',
    paragraphs: [
      'Premier Anders Halvard of Norland was ousted on Sunday after losing a confidence vote in parliament.',
      'Lawmakers will meet on Monday to choose who will replace Halvard as premier, and the opposition expects a quick vote.',
      'Halvard said he would not accept the result and called on his supporters to protest.',
    ],
  },
  {
    file: 'utility.md',
    title: 'Brightwater names a new chief executive',
    date: '2022-04-11',
    paragraphs: [
      'The Brightwater utility said its chief executive, Ola Venn, would step down after six years.',
      'The board named Mira Tosh to replace Venn as chief executive from June.',
    ],
  },
  {
    file: 'hearing.md',
    title: 'Senate hears Coral nomination',
    date: '2022-01-12',
    paragraphs: [
      'Nora Coral testified before the Senate banking committee on Tuesday as part of her confirmation for a second term as head of the monetary authority.',
      'Senators from both parties praised her record, and the committee is expected to vote on the nomination next month.',
    ],
  },
  {
    file: 'stream.md',
    title: 'Newsline launches a streaming service',
    date: '2022-03-27',
    paragraphs: [
      'Newsline+ launches on Tuesday with live shows and an archive of documentaries.',
      'The service, which costs $6 a month, arrives years after rival streaming channels.',
    ],
  },
  {
    file: 'developer.md',
    title: 'Developer Kestrel Homes misses a bond payment',
    date: '2022-01-31',
    paragraphs: [
      'Kestrel Homes missed a bond payment on Monday, and creditors said they would take it to court.',
      'The developer is reeling under more than $300 billion of total liabilities, including bonds held abroad.',
      'Kestrel Homes has been selling assets for months to raise cash.',
    ],
  },
  {
    file: 'mortgages.md',
    title: 'Mortgage rates climb',
    date: '2022-01-20',
    paragraphs: [
      'Home loans grew more expensive this week as lenders followed bond yields higher.',
      'The average rate on a 30-year fixed-rate mortgage rose to 3.56% this week, according to a survey of lenders.',
    ],
  },
]);

describe('a "who" answer names someone the question does not', () => {
  it('refuses "who replaced X" when the passages on it name no one else', async () => {
    const answer = ask(await context(), 'Who replaced Anders Halvard as premier?');
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toMatch(/No article names who that is/);
  });

  it('answers it when a passage names the successor', async () => {
    const answer = ask(await context(), 'Who replaced Ola Venn as chief executive of Brightwater?');
    expect(snippets(answer)[0]).toMatch(/named Mira Tosh to replace Venn/);
  });
});

describe('a figure asked for by its name', () => {
  it('reads the figure named after "what was the …", and what a count counts', () => {
    expect(figureNamed('what was the final senate vote count confirming her')).toEqual({
      kind: 'count',
      term: processTerm('vote'),
    });
    expect(figureNamed('what was the final count')).toEqual({ kind: 'count', term: null });
    expect(figureNamed("what was Kestrel's profit for the quarter?")).toEqual({
      kind: 'sum',
      term: processTerm('profit'),
    });
    expect(figureNamed("what's the unemployment rate")).toEqual({ kind: 'measure', term: processTerm('rate') });
    expect(figureNamed('what did the committee say')).toBeNull();
    // "Total" before the figure's own noun says which figure; it counts nothing.
    expect(figureNamed("what was Wren Vale's total compensation last year")).toBeNull();
    expect(figureNamed('what was the total of the fines')).toEqual({ kind: 'count', term: null });
  });

  it('refuses a vote count that no passage gives, though the passages speak of the vote', async () => {
    const answer = ask(
      await context(),
      'what was the final senate vote count confirming nora coral for her second term?',
    );
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toMatch(/No article gives that figure/);
  });

  it('answers a price by the amount a passage gives, and "monthly" as "a month"', async () => {
    const answer = ask(await context(), 'whats the monthly price of newsline+');
    expect(snippets(answer)[0]).toMatch(/costs \$6 a month/);
  });

  it('reads "avg" as average', async () => {
    const answer = ask(await context(), 'whats the avg rate on a 30 yr fixed mortgage');
    expect(snippets(answer)[0]).toMatch(/average rate on a 30-year fixed-rate mortgage rose to 3\.56%/);
  });
});

describe('what a "how much" counts, in the words news uses for it', () => {
  it('finds "liabilities" for "debt"', async () => {
    const answer = ask(await context(), 'How much debt is Kestrel Homes carrying in total?');
    expect(snippets(answer)[0]).toMatch(/\$300 billion of total liabilities/);
  });
});
