import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search.ts';
import { expectVerbatim, seedContext, snippets } from './seed.ts';

describe('searchAnswer', () => {
  it('puts the sentence that answers first, cited and verbatim', async () => {
    const ctx = await seedContext();
    const a = searchAnswer(ctx, { question: 'how far is Kyiv' });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toContain('about 200 miles');
    expect(a.empty).toBe(false);
  });

  it('gives one snippet per paragraph and honours the limit', async () => {
    const ctx = await seedContext();
    const a = searchAnswer(ctx, { question: 'Russia Belarus troops drills', limit: 3 });
    expectVerbatim(ctx, a);
    const items = a.sections.flatMap((s) => s.items);
    expect(items).toHaveLength(3);
    expect(new Set(items.map((i) => i.citation)).size).toBe(3);
  });

  it('answers "what did X say about Y" with X\'s own words on Y', async () => {
    const ctx = await seedContext();
    const a = searchAnswer(ctx, { question: 'What did Truss say about Russia’s security?' });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toMatch(/No one is undermining Russia’s security/);
  });

  it('finds a word despite a typo', async () => {
    const ctx = await seedContext();
    expect(snippets(searchAnswer(ctx, { question: 'cyberatacks' }))[0]).toContain('cyberattacks');
  });

  it('says what was searched and suggests close words when nothing matches', async () => {
    const ctx = await seedContext();
    const a = searchAnswer(ctx, { question: 'zqxv plover' });
    expectVerbatim(ctx, a);
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toMatch(/Nothing .* matched/);
    expect(a.notes.join(' ')).toMatch(/Searched for: zqxv, plover/);
    expect(a.suggestions.length).toBeGreaterThan(0);
  });

  it('asks for a question when given none, and notes an unusable limit', async () => {
    const ctx = await seedContext();
    expect(searchAnswer(ctx, {}).empty).toBe(true);
    const a = searchAnswer(ctx, { question: 'Kyiv', limit: 'many' });
    expect(a.notes.join(' ')).toMatch(/limit/);
    expect(a.empty).toBe(false);
  });
});
