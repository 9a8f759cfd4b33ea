import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A senator's letter and a lawmaker's trades. Invented articles.
const context = knowledgeFixture('chat-money-and-reply-verbs', [
  {
    file: 'letter.md',
    title: 'Senator presses central bank on officials trades',
    date: '2022-01-10',
    paragraphs: [
      'Sen. Ada Marsh called on the central bank in a Monday letter to release more information about trades made by several of its officials.',
      'Marsh has also called on regulators to investigate the trading.',
      'Marsh requested a response by Jan. 17.',
    ],
  },
  {
    file: 'trades.md',
    title: 'Lawmaker defends her stock trades',
    date: '2022-01-11',
    paragraphs: [
      'The lawmaker and her husband have traded over $50 million in assets over the past year.',
      'In July, she invested at least $1 million in the chip maker Nvidia, whose shares rose 70% during the chip shortage.',
    ],
  },
]);

const never = () => false;

describe("chat's verbs of money and of answering", () => {
  it('reads "get back to" as responding, told by "a response"', async () => {
    expect(readQuestion('when does marsh want the bank to get back to her', never).content).toContain(
      processTerm('respond'),
    );
    const a = ask(await context(), 'when does marsh want the central bank to get back to her on the trades?');
    expect(snippets(a)).toContain('Marsh requested a response by Jan. 17.');
  });

  it('reads money "put into" a company as invested in it', async () => {
    const a = ask(await context(), 'how much did the lawmaker put into NVDA?');
    expect(snippets(a)[0]).toContain('invested at least $1 million');
  });

  it('reads workers who "get back to the office" as returning, not responding', () => {
    expect(readQuestion('when will staff get back to the office', never).content).not.toContain(processTerm('respond'));
  });

  it('reads a rule "put into effect" as it is written', () => {
    expect(readQuestion('when will the rules be put into effect', never).content).not.toContain(processTerm('invest'));
  });

  it('reads money "raked in" as earned', () => {
    const q = readQuestion('how much did the channel rake in last year', never);
    expect([q.predicate, ...q.content]).toContain(processTerm('earn'));
  });
});
