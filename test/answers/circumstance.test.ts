import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A name only in a clause of circumstance ("now that the Fed is tightening") is the setting, not what the answer
// must name. Invented articles.
const context = knowledgeFixture('circumstance', [
  {
    file: 'bonds.md',
    title: 'A bond chief moves into short-dated debt',
    date: '2022-01-20',
    paragraphs: ['Bob Marlow, chief investment officer at Harbor Funds, said he is buying short-dated Treasuries.'],
  },
  {
    file: 'fed.md',
    title: 'The Fed signals hikes',
    date: '2022-01-26',
    paragraphs: ['The Fed said it would soon start raising rates to tame inflation.'],
  },
]);

describe('a name in a clause of circumstance', () => {
  it('need not be named beside the answer', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "where's Bob Marlow putting money now that the Fed is tightening?"))[0]).toContain(
      'short-dated Treasuries',
    );
  });

  it('is still required when the question is about it', async () => {
    const ctx = await context();
    expect(ask(ctx, 'what did Bob Marlow say about the Fed?').empty).toBe(true);
  });
});
