import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, knowledgeFixture } from './seed.ts';

// "The total value of" asks for a sum; a count of the things valued does not give it. Invented article.
const context = knowledgeFixture('values-asked', [
  {
    file: 'ship.md',
    title: 'Cargo ship carrying cars sinks',
    date: '2023-03-02',
    paragraphs: [
      'The ship, named Northern Star, was carrying around 4,000 cars when it caught fire.',
      'Veloce confirmed that 189 of its cars were on board.',
    ],
  },
]);

describe('a value asked', () => {
  it('is read as a sum', () => {
    expect(readQuestion('What was the total value of the cars lost on the Northern Star?', () => false).type).toBe(
      'quantity',
    );
  });

  it('is not answered by a count of the things valued', async () => {
    const a = ask(await context(), 'What was the total value of the cars lost on the Northern Star?');
    expect(a.empty).toBe(true);
    expect(a.notes[0]).toBe('No article gives that sum.');
  });
});
