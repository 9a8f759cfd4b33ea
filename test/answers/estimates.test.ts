import { describe, expect, it } from 'vitest';
import { estimatesAnswer } from '../../src/answers/estimates.ts';
import { expectVerbatim, seedContext } from './seed.ts';

describe('estimatesAnswer', () => {
  it('sets the disagreeing troop estimates for Belarus side by side, each with its claimant', async () => {
    const ctx = await seedContext();
    const a = estimatesAnswer(ctx, { subject: 'troops' });
    expectVerbatim(ctx, a);
    const belarus = a.conflicts.find((c) => /belarus/i.test(c.subject));
    expect(belarus).toBeDefined();
    const claims = belarus?.claims.map((c) => `${c.value} | ${c.claimant}`) ?? [];
    expect(claims.some((c) => /30,000/.test(c) && /Stoltenberg/.test(c))).toBe(true);
    expect(claims.some((c) => /up to 30,000/.test(c) && /United States|US/.test(c))).toBe(true);
    expect(claims.some((c) => /8,000 to 14,000/.test(c) && /Janes/.test(c))).toBe(true);
    expect(claims.some((c) => /few thousand/.test(c) && /Reznikov/.test(c))).toBe(true);
  });

  it('does not call figures of different things a dispute', async () => {
    const ctx = await seedContext();
    const a = estimatesAnswer(ctx, {});
    expectVerbatim(ctx, a);
    expect(a.conflicts.map((c) => c.subject)).not.toContain('miles');
    expect(a.sections.length).toBeGreaterThan(1);
  });

  it("labels the reporter's own figures as such, never with an invented source", async () => {
    const ctx = await seedContext();
    const labels = estimatesAnswer(ctx, {}).sections.flatMap((s) => s.items.map((i) => i.label ?? ''));
    expect(labels.some((l) => l.includes('the reporter (no source named)'))).toBe(true);
  });

  it('explains a subject with no figures and points to subjects that have some', async () => {
    const ctx = await seedContext();
    const a = estimatesAnswer(ctx, { subject: 'bananas' });
    expectVerbatim(ctx, a);
    expect(a.empty).toBe(true);
    expect(a.suggestions.some((s) => s.startsWith('/estimates '))).toBe(true);
  });
});
