import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A figure named with "total" before its noun or by a short form the article spells out, and verbs news writes
// otherwise ("leaving": exit; "lobbied": asked). Invented articles.
const context = knowledgeFixture('figure-names-and-related-verbs', [
  {
    file: 'pay.md',
    title: 'Norbank boss faces pay revolt',
    date: '2023-02-17',
    paragraphs: [
      'Investors are being urged to vote against a $41m pay package awarded to Norbank boss Wren Vale last year.',
      'Norbank said its pay policy was fair.',
    ],
  },
  {
    file: 'target.md',
    title: 'Vardia sets growth target',
    date: '2023-03-05',
    paragraphs: [
      'Vardia announced a gross domestic product growth target of around 4% for 2023 as parliament opened.',
      'Those include targets for GDP growth, employment and inflation, the premier said.',
    ],
  },
  {
    file: 'exit.md',
    title: 'Koll to sell its Vardia assets',
    date: '2023-03-01',
    paragraphs: [
      'Koll will sell its stakes in Vardia, the company said on Monday.',
      '"Our decision to exit is one we take with conviction," Koll chief executive Tomas Ekberg said on Monday.',
      '"Prices for customers will rise this year," Ekberg said in January.',
    ],
  },
  {
    file: 'letter.md',
    title: 'Norbank halts services in Vardia',
    date: '2023-03-02',
    paragraphs: [
      'Norbank stopped its services in Vardia on Tuesday.',
      'Last week, deputy minister Ilya Sorn published an open letter in which he asked Norbank to cut Vardia off from its services.',
    ],
  },
]);

describe('figures named otherwise than the question names them', () => {
  it('reads "total compensation" as a sum, not a count of something', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "What was Wren Vale's total compensation last year?"))[0]).toContain('$41m');
  });

  it('finds a short form the paragraph spells out in lower case', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what gdp growth target did vardia set for 2023'))[0]).toContain('around 4%');
  });
});

describe('verbs news writes otherwise', () => {
  it('answers "leaving" with "exit" and "lobbied" with "asked"', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what did ekberg say about leaving vardia'))[0]).toContain('decision to exit');
    expect(snippets(ask(ctx, 'Who lobbied Norbank to block Vardia from its services?'))[0]).toContain('Ilya Sorn');
  });
});
