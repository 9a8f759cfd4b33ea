import { describe, expect, it } from 'vitest';
import { questionNames } from '../../src/answers/question.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A country typed in lower case whose word a dictionary also holds ("chile"). Invented articles.
const context = knowledgeFixture('countries-typed-lower', [
  {
    file: 'chile.md',
    title: 'Chile raises its key rate',
    date: '2022-01-28',
    paragraphs: ['Chile’s central bank raised its key rate to 5.5% last week, its biggest increase in two decades.'],
  },
  {
    file: 'brazil.md',
    title: 'Brazil hikes again',
    date: '2022-02-03',
    paragraphs: ['Brazil’s central bank raised rates by 150 basis points on Wednesday, as analysts had expected.'],
  },
]);

describe('a country typed in lower case', () => {
  it('is a name the answer must hold, though "chile" is a word of the dictionary too', async () => {
    const ctx = await context();
    const answer = ask(ctx, "how many basis points did chile's central bank raise rates by on wednesday");
    expect(snippets(answer).join(' ')).not.toContain('150 basis points');
    expect(answer.empty).toBe(true);
  });

  it('still answers what the articles say of it', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "what did chile's central bank raise its key rate to"))[0]).toContain('5.5%');
  });
});

describe('two countries side by side', () => {
  it('are two names, and a name of several words is still one, with its "New"', () => {
    const names = (q: string) => questionNames(q, () => false).map((n) => n.text);
    expect(names('Which stocks rose as the Russia Ukraine fighting went on?')).toEqual(['Russia', 'Ukraine']);
    expect(names('What did the New York Times report?')).toEqual(['New York Times']);
    expect(names('What did the United States say?')).toEqual(['United States']);
    // "New" opens a place's name, capitalised or typed in lower case where the knowledge knows the place.
    const known = new Set(['new hampshire', 'hampshire']);
    expect(questionNames('what did new hampshire pay on its bonds', (w) => known.has(w)).map((n) => n.text)).toEqual([
      'new hampshire',
    ]);
  });
});
