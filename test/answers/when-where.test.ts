import { describe, expect, it } from 'vitest';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('when-where', [
  {
    file: 'ferry.md',
    title: 'Second ferry held',
    date: '2022-03-29',
    paragraphs: [
      'A second Harwick Ferries ship has failed a safety inspection.',
      'Another Harwick Ferries vessel, the Northern Causeway, failed a port inspection last week.',
      'The ferry was detained in Larne over failures on crew training.',
      'After the Northern Causeway was detained, Harwick Ferries said it would make any changes required and work closely with the agency to return the Northern Causeway to service.',
    ],
  },
  {
    file: 'bank.md',
    title: 'Central bank signals a rise',
    date: '2022-01-27',
    paragraphs: [
      'The Norland Reserve did not raise interest rates on Wednesday, but said such a move would soon be appropriate.',
      'Officials of the Norland Reserve signalled they were on track to raise interest rates in March.',
      'The governor said officials were of a mind to raise the key rate at the next meeting.',
      'A rate increase would mark the first since December 2018.',
    ],
  },
]);

describe('when something last happened', () => {
  it('is answered by "the first since", though it shares few words with the question', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'In what year did the Norland Reserve last raise interest rates?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/first since December 2018/);
  });
});

describe('where something happened', () => {
  it('is answered first by a passage naming a place the question does not', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'Where was the Northern Causeway detained?');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/detained in Larne/);
  });
});

describe('a time asked without "when" first', () => {
  it('reads "from when" and "what is the deadline" as asking for a time', async () => {
    const { questionType } = await import('../../src/answers/question.ts');
    expect(questionType('From when will vaccinated travellers no longer need a test?')).toBe('when');
    expect(questionType("what's the deadline for lessors to get their planes back")).toBe('when');
    expect(questionType("what's the cutoff for applications")).toBe('when');
    // Not a time: the deadline's name or what it is for.
    expect(questionType('why was the deadline moved')).toBe('why');
  });
});
