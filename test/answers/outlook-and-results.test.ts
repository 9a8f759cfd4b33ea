import { describe, expect, it } from 'vitest';
import { spentOnAsked } from '../../src/answers/asked-count.ts';
import { asksFigureExpected, figureNameTerms, givesExpectation } from '../../src/answers/asked-facts.ts';
import { quartersNamed } from '../../src/answers/asked-time.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A company's results and its outlook side by side: "what was its loss" is the result, "what revenue does it expect"
// the outlook. Invented articles.
const context = knowledgeFixture('outlook-and-results', [
  {
    file: 'quill-results.md',
    title: 'Quill & Anchor shares slide after holiday quarter',
    date: '2023-01-06',
    paragraphs: [
      'Shares of Quill & Anchor fell on Thursday after the homewares chain said its third quarter was hit by an estimated $90 million in shipping delays.',
      'The retailer posted a third quarter net loss of $212 million, or $1.94 per share, against a loss of $60 million a year earlier.',
      'Chief executive Dana Merritt said the holiday season had been "harder than we planned for".',
    ],
  },
  {
    file: 'larch-results.md',
    title: 'Larch Markets shares tumble on weak outlook',
    date: '2023-01-27',
    paragraphs: [
      'Shares of Larch Markets tumbled 12% in after-hours trading after the trading app gave a weak revenue forecast for the first quarter.',
      'Larch Markets posted $301 million in revenue in the final three months of 2022, slightly above analysts expectations of $298 million.',
      'The brokerage anticipates first-quarter revenue of less than $260 million, down 30% on a year earlier.',
      'Monthly active users fell to 14.1 million, the company said.',
      'Larch Markets spent $120 million on marketing in the quarter, up from $80 million a year earlier.',
    ],
  },
  {
    file: 'harlow-holdings.md',
    title: 'Harlow Holdings profit falls',
    date: '2022-04-30',
    paragraphs: [
      'Harlow Holdings reported a drop in profit in the first quarter.',
      'Its chairman said the conglomerate had been buying shares of the game maker Pixelforge since January.',
      'Filings showed that Harlow Holdings had cut its stake in Tarn Steel. Last month, the company also spent $7 billion on shares of Orrin Oil.',
      'Tarn Steel accepted the $54.20 per share offer from Harlow Holdings, and the deal is expected to close in June.',
    ],
  },
]);

describe('a result and an outlook', () => {
  it('reads an outlook asked, not a result measured against expectations', () => {
    expect(asksFigureExpected('what', 'what revenue is larch expecting for q1')).toBe(true);
    expect(asksFigureExpected('what', 'What sales does Larch forecast for 2023?')).toBe(true);
    expect(asksFigureExpected('what', 'was revenue better than expected')).toBe(false);
    expect(asksFigureExpected('what', 'What was the net loss?')).toBe(false);
    expect(givesExpectation('The brokerage anticipates first-quarter revenue of less than $260 million.')).toBe(true);
    expect(givesExpectation('It posted $301 million, slightly above analysts expectations of $298 million.')).toBe(
      false,
    );
  });

  it('reads "the first / final three months" as a quarter', () => {
    expect(quartersNamed('revenue in the final three months of 2022')).toEqual([4]);
    expect(quartersNamed('growth of 3% in the first three months of 2023')).toEqual([1]);
    expect(quartersNamed('in the three months to June')).toEqual([]);
  });

  it('answers an expected figure with the outlook in money, not the result or the share price', async () => {
    const a = ask(await context(), 'what revenue is larch markets expecting for q1');
    expect(snippets(a)[0]).toContain('anticipates first-quarter revenue of less than $260 million');
  });

  it("answers a company's figure from the sentence that calls it by its trade after the paragraph naming it", async () => {
    const a = ask(await context(), "What was Quill & Anchor's net loss for the third quarter?");
    expect(snippets(a)[0]).toContain('net loss of $212 million');
  });
});

describe('what a sum was spent on', () => {
  it('reads the thing a sum went on, up to a word of time', () => {
    expect(spentOnAsked('how much did larch spend on legal fees in the last quarter')).toBe('legal fees');
    expect(spentOnAsked('How much money has the city spent on the new stadium?')).toBe('new stadium');
    expect(spentOnAsked('how much did larch make last quarter')).toBe('');
  });

  it('takes a name it went on from the paragraph itself, not from the one beside it', async () => {
    const a = ask(await context(), 'how much did harlow holdings spend on its pixelforge shares');
    expect(snippets(a)).toEqual([]);
    const b = ask(await context(), 'how much did harlow holdings spend on its orrin oil shares');
    expect(snippets(b)[0]).toContain('$7 billion');
  });

  it('wants the words that name a fee asked, not any sum of the deal', async () => {
    // The sum's own noun too: a passage on the deal's price writes no fee.
    expect(figureNameTerms('How much is the breakup fee if the deal falls through?')).toEqual(['breakup', 'fee']);
    expect(figureNameTerms('how much was the fine')).toEqual(['fine']);
    expect(figureNameTerms("what's the penalty")).toEqual(['penalti']);
    const a = ask(await context(), 'How much is the breakup fee if the Harlow Holdings deal falls through?');
    expect(snippets(a)).toEqual([]);
  });

  it('refuses a sum spent on something no passage speaks of, not answering with another spending', async () => {
    const a = ask(await context(), 'how much did larch markets spend on legal fees in the last quarter');
    expect(a.empty).toBe(true);
  });
});
