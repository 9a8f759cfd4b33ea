import { describe, expect, it } from 'vitest';
import { askedSources } from '../../src/answers/asked-sources.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Publishers asked as sources: where to look for the answer, not words of it.
const context = knowledgeFixture('sources', [
  {
    file: 'ledger.md',
    title: 'Ava Stone and her platform',
    date: '2022-04-26',
    publisher: 'Daily Ledger',
    paragraphs: ['Ava Stone loves the platform, where she has 80.1 million followers.'],
  },
  {
    file: 'post.md',
    title: 'Why Ava Stone posts',
    date: '2022-04-26',
    publisher: 'The Evening Post',
    paragraphs: ['Stone, who has 81.5 million followers, posts several times a day.'],
  },
  {
    file: 'metro.md',
    title: 'Ava Stone account grows',
    date: '2022-04-27',
    publisher: 'Metro News',
    paragraphs: [
      "Ava Stone's account followers rose by 2 million after the launch, and her account followers keep growing.",
      'Ava Stone left the Daily Ledger board in 2021.',
    ],
  },
]);

describe('publishers asked as sources', () => {
  it('looks for the answer in the articles of the publishers named, not for their names in the text', async () => {
    const answer = ask(
      await context(),
      'What follower counts do the Daily Ledger and the Evening Post give for Ava Stone?',
    );
    const found = snippets(answer);
    expect(found).toContain('Ava Stone loves the platform, where she has 80.1 million followers.');
    expect(found).toContain('Stone, who has 81.5 million followers, posts several times a day.');
    expect(found.some((s) => s.includes('rose by 2 million'))).toBe(false);
  });

  it('reads "according to" a publisher as where to look', async () => {
    const question = 'according to Metro News, by how much did Ava Stone account followers rise?';
    const sourced = askedSources(await context(), question);
    expect(sourced.publishers).toEqual(['Metro News']);
    expect(sourced.text).toBe('by how much did Ava Stone account followers rise?');
    const answer = ask(await context(), question);
    expect(snippets(answer)[0]).toContain('rose by 2 million');
  });

  it('keeps a publisher that is in the news as a name', async () => {
    const ctx = await context();
    expect(askedSources(ctx, 'When did Ava Stone leave the Daily Ledger board?').articles).toBeNull();
    expect(askedSources(ctx, 'What did the Evening Post say about Ava Stone?').articles).toBeNull();
    const sourced = askedSources(
      ctx,
      'do the Daily Ledger figures match? According to the Daily Ledger, Stone has 80.1m',
    );
    expect(sourced.publishers).toEqual(['Daily Ledger']);
    expect(sourced.text).not.toMatch(/ledger|according/i);
  });
});
