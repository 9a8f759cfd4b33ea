import { describe, expect, it } from 'vitest';
import { firstQuestionOf } from '../../src/answers/question-parts.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Two questions typed as one: the first is read on its own when the whole finds no answer. Invented articles.
const context = knowledgeFixture('question-parts', [
  {
    file: 'taxes.md',
    title: 'Filing season opens',
    date: '2022-02-18',
    paragraphs: [
      'The tax-filing season will end on April 18 this year for most people, rather than the usual deadline of April 15, because a holiday is observed in the capital that day.',
      'Refunds take about three weeks to arrive.',
    ],
  },
]);

describe('the first of two questions', () => {
  it('is cut before "and" with a question word, or at a question mark with more after it', () => {
    expect(firstQuestionOf('whens the tax deadline this year and why isnt it april 15')).toBe(
      'whens the tax deadline this year?',
    );
    expect(firstQuestionOf('how big was the hike, and why are they so confident??')).toBe('how big was the hike?');
    expect(firstQuestionOf('did snap turn a profit?? what were the numbers')).toBe('did snap turn a profit?');
  });

  it('is cut before a comparison asked after it', () => {
    expect(firstQuestionOf('how many house dems are retiring this cycle, compared to the gop?')).toBe(
      'how many house dems are retiring this cycle?',
    );
    expect(firstQuestionOf('how many jobs did the economy add in november vs what economists expected')).toBe(
      'how many jobs did the economy add in november?',
    );
  });

  it('is no cut in one question, or one too short to stand alone', () => {
    expect(firstQuestionOf('how many stores and restaurants will close')).toBeNull();
    expect(firstQuestionOf('what did Biden and Xi agree')).toBeNull();
    expect(firstQuestionOf('so who? and why')).toBeNull();
  });

  it('answers the first when the second makes the whole unanswerable, and says so', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'whens the tax filing deadline this year and what happened on may 2');
    expect(snippets(answer)[0]).toContain('April 18');
    expect(answer.notes.join(' ')).toContain('Answering the first question only');
  });

  it('answers the whole when its second question asks in the present of a day the article announces', async () => {
    const answer = ask(await context(), 'whens the tax filing deadline this year and why isnt it april 15');
    expect(snippets(answer)[0]).toContain('rather than the usual deadline of April 15');
    expect(answer.notes.join(' ')).not.toContain('Answering the first question only');
  });
});
