import { describe, expect, it } from 'vitest';
import { whatIsAsked } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Chat verbs news writes otherwise ("broke away from": split from), a cause asked with "what started", a real name
// asked by a possessive, and a short form asked for its meaning. Invented articles.
const context = knowledgeFixture('chat-verbs-and-meanings', [
  {
    file: 'studio.md',
    title: 'Larkspur buys Corvid Games',
    date: '2023-02-01',
    paragraphs: [
      'Larkspur agreed on Monday to buy Corvid Games, the maker of the Ashfall series, for $2 billion.',
      'Halvard Software bought Corvid Games in 2001, but the studio split from Halvard in 2009 and kept its titles.',
    ],
  },
  {
    file: 'bid.md',
    title: 'Norwick Stores gets a bid',
    date: '2023-02-03',
    paragraphs: [
      'Norwick Stores, the department-store chain, received an offer of about $6 billion on Friday, people familiar with the matter said.',
      'A group led by Pellam Capital offered $48 a share in cash, the people said.',
    ],
  },
  {
    file: 'regulator.md',
    title: 'Drone maker accuses the agency',
    date: '2023-02-06',
    paragraphs: [
      'Skylark Aero says the aviation agency has failed to pay out money owed to its customers under a 2020 settlement.',
      'The company says the agency ignored its duty to return $25 million that it continues to hold while customers wait.',
    ],
  },
  {
    file: 'streamer.md',
    title: 'Streamer fined for tax evasion',
    date: '2023-02-08',
    paragraphs: [
      'Lumi, the live-stream seller, was fined $30 million for tax evasion on Wednesday.',
      'Mara Quill, known as Lumi, has tens of millions of followers.',
      'Lumi was named on a magazine list of influential people last year.',
    ],
  },
  {
    file: 'rates.md',
    title: 'Traders cleared',
    date: '2023-02-10',
    paragraphs: [
      'An appeals court cleared two former traders of rigging the Kibor benchmark rate.',
      'The convictions of traders who pleaded guilty still stand.',
      'Banks submitted estimates that were averaged to give a rate called Kibor (Karachi Interbank Offered Rate).',
    ],
  },
]);

describe('chat verbs read as news writes them', () => {
  const read = whatIsAsked;

  it('reads "broke away from" as "split from", "heading up" as "lead", money "sitting on" as held', () => {
    expect(read('When did Corvid break away from Halvard?')).toContain('split from Halvard');
    expect(read('who is heading up the group')).toContain('lead the group');
    expect(read('how much is the agency still sitting on')).toContain('still hold');
    // A seat on a board is no money held.
    expect(read('who is sitting on the board')).toContain('sitting on the board');
    // A stake "picked up" is bought; a call or a parcel picked up is not.
    expect(read('when did the fund pick up most of its Corvid stake')).toContain('buy most of its Corvid stake');
    expect(read('who picked up the phone')).toContain('picked up the phone');
  });

  it('answers with the passage that uses the verb news writes', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'When did Corvid Games break away from Halvard?'))[0]).toContain('split from Halvard');
    expect(snippets(ask(ctx, 'which company is heading up the group trying to buy norwick'))[0]).toContain(
      'led by Pellam Capital',
    );
    expect(snippets(ask(ctx, 'How much money is the agency still sitting on, according to Skylark?'))[0]).toContain(
      '$25 million',
    );
  });
});

describe('what a question asks for', () => {
  it('reads "what started the fire" as asking its cause, the verb no word to search for', () => {
    const q = readQuestion('What started the fire at the warehouse?', () => false);
    expect(q.type).toBe('why');
    expect(q.content).not.toContain(processTerm('started'));
    expect(readQuestion('What started on Monday?', () => false).type).not.toBe('why');
  });

  it('reads "what is X\'s real name" as asking a name, answered by "known as"', async () => {
    expect(readQuestion("What's Lumi's actual name?", () => false).type).toBe('name');
    expect(readQuestion("what is the company's new name", () => false).type).toBe('name');
    const ctx = await context();
    expect(snippets(ask(ctx, "What's Lumi's real name?"))[0]).toContain('Mara Quill, known as Lumi');
  });

  it('answers what a short form stands for with the passage that spells it out', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what does kibor stand for'))[0]).toContain('Karachi Interbank Offered Rate');
  });
});
