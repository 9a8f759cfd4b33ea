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

  it('carries the bounds and hedge of each claim for charts, matching the value as written', async () => {
    const ctx = await seedContext();
    const belarus = estimatesAnswer(ctx, { subject: 'troops' }).conflicts.find((c) => /belarus/i.test(c.subject));
    const byValue = new Map(belarus?.claims.map((c) => [c.value, c.figure]));
    expect(byValue.get('8,000 to 14,000 troops')).toMatchObject({ low: 8000, high: 14000, hedge: null });
    expect(byValue.get('up to 30,000')).toMatchObject({ low: null, high: 30000, hedge: 'up to' });
    expect(byValue.get('30,000 combat troops')).toMatchObject({ low: 30000, high: 30000, hedge: null });
    for (const claim of belarus?.claims ?? []) expect(claim.figure?.unit).toBe('troops');
  });

  it('marks as comparable only sections whose figures measure one subject, not those sharing a unit', async () => {
    const ctx = await seedContext();
    const a = estimatesAnswer(ctx, {});
    const comparable = (heading: string) => a.sections.find((s) => s.heading === heading)?.comparable;
    expect(comparable('miles')).toBeUndefined();
    expect(comparable("troops on Ukraine's border")).toBe(true);
    for (const s of a.sections) for (const i of s.items) expect(i.figure).toBeDefined();
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
