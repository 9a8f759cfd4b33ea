import { describe, expect, it } from 'vitest';
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
