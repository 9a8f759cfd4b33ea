import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { processTerm } from '../../src/search/index.ts';
import { expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('chat', [
  {
    file: 'border.md',
    title: 'Exercises begin near the border',
    date: '2022-02-10',
    paragraphs: [
      'The exercises began on Thursday at the Marsk and Velno training grounds, the ministry said.',
      'Police said 412 people were detained at protests in the capital over the weekend.',
      'The airline usually operates 58 flights to the island every week, a spokeswoman said.',
      'The capital lies about 90 kilometres south of the exercise area.',
      'Minister Arvo Kell called the meeting "a conversation between two walls".',
      'Minister Arvo Kell met his counterpart Lina Sorn in the capital on Monday.',
      'Sorn is due to travel to Oslo after the summit to meet the prime minister.',
      'Sorn attended the summit in Geneva on Tuesday.',
      'The spyware was sold to several governments, the report said.',
    ],
  },
]);

const never = () => false;

describe("chat's words in a question", () => {
  it('reads "ppl" as people, and drops asides and adverbs of emphasis from what is asked', () => {
    const q = readQuestion('how many ppl were detained at the protests lol', never);
    expect(q.counted).toBe(processTerm('people'));
    expect(q.content).not.toContain('lol');
    const exactly = readQuestion('who exactly was detained at the protests', never);
    expect(exactly.predicate).toBe(processTerm('detained'));
    // Only the lower-case shorthand: "Mo" is a name.
    expect(readQuestion('what did Mo Salah say', never).text).toBe('what did Mo Salah say');
  });

  it('counts what comes before a period ("flights a week"), and drops "normally"', () => {
    const q = readQuestion('how many flights a week does the airline normally run to the island', never);
    expect(q.counted).toBe(processTerm('flights'));
    expect(q.content).not.toContain(processTerm('normally'));
  });

  it('answers the questions those words used to refuse or mislead', async () => {
    const ctx = await context();
    const detained = searchAnswer(ctx, { question: 'how many ppl were detained at the protests lol', limit: 3 });
    expectVerbatim(ctx, detained);
    expect(snippets(detained)[0]).toMatch(/412 people were detained/);
    // "Run" flights is to operate them.
    const flights = searchAnswer(ctx, {
      question: 'how many flights a week does the airline normally run to the island',
      limit: 3,
    });
    expect(snippets(flights)[0]).toMatch(/operates 58 flights/);
    // "Where all this is happening" says only that it takes place: no word the answer must hold.
    const far = searchAnswer(ctx, { question: 'how far is the capital from where all this is happening?', limit: 3 });
    expect(snippets(far)[0]).toMatch(/90 kilometres south/);
    // How someone described a thing is what they called it.
    const described = searchAnswer(ctx, { question: 'how did kell describe the meeting', limit: 3 });
    expect(snippets(described)[0]).toMatch(/two walls/);
    // "Off to" is where someone goes.
    const off = searchAnswer(ctx, { question: "where's sorn off to after the summit", limit: 3 });
    expect(snippets(off)[0]).toMatch(/travel to Oslo/);
  });

  it('reads a misspelt word as the nearest word of the articles, and says so', async () => {
    const ctx = await context();
    const grounds = searchAnswer(ctx, { question: 'which trainin grounds were used for the exercises', limit: 3 });
    expect(snippets(grounds)[0]).toMatch(/Marsk and Velno training grounds/);
    expect(grounds.notes).toContain('Reading "training" for "trainin".');
    // A word the articles hold is never respelt, nor one only near an unrelated word as written.
    const spyware = searchAnswer(ctx, { question: 'who was the spyware sold to', limit: 3 });
    expect(spyware.notes ?? []).not.toEqual(expect.arrayContaining([expect.stringMatching(/^Reading/)]));
    const sparred = searchAnswer(ctx, { question: 'who bought the spywares', limit: 3 });
    expect((sparred.notes ?? []).join(' ')).not.toMatch(/Reading "s(?!pyware)/);
  });
});
