import { describe, expect, it } from 'vitest';
import { DRILL_ASPECTS, drillsAnswer, parseAspect } from '../../src/answers/drills.ts';
import { expectVerbatim, seedContext, snippets } from './seed.ts';

describe('drillsAnswer', () => {
  it('shows both names of the drills as variants of one event, each with its source', async () => {
    const ctx = await seedContext();
    const a = drillsAnswer(ctx, {});
    expectVerbatim(ctx, a);
    const names = a.conflicts.find((c) => c.subject.startsWith('name of the drills'));
    expect(names?.claims.map((c) => c.value).sort()).toEqual(['Allied Resolve-2022', 'Union Resolve 2022']);
    const articles = names?.claims.map((c) => a.citations[c.citation - 1]?.article);
    expect(new Set(articles).size).toBe(2);
    // Each name is claimed by the article that uses it; the one without a publisher says so.
    expect(names?.claims.map((c) => c.claimant).sort()).toEqual(['CNN', 'unattributed article']);
  });

  it('gives a compact overview with several aspects', async () => {
    const ctx = await seedContext();
    const a = drillsAnswer(ctx, {});
    expect(a.sections.length).toBeGreaterThanOrEqual(4);
    expect(a.sections.every((s) => s.items.length <= 2)).toBe(true);
  });

  it('answers one aspect, accepting the words people type for it', async () => {
    const ctx = await seedContext();
    const a = drillsAnswer(ctx, { aspect: 'locations' });
    expectVerbatim(ctx, a);
    expect(snippets(a).join(' ')).toContain('training grounds');
    expect(drillsAnswer(ctx, { aspect: 'Where' }).sections).toEqual(a.sections);
    expect(snippets(drillsAnswer(ctx, { aspect: 'naval' })).join(' ')).toMatch(/Black Sea/);
  });

  it('labels dates as dates: the end date, and undated starts plainly', async () => {
    const ctx = await seedContext();
    const labels = drillsAnswer(ctx, { aspect: 'dates' }).sections.flatMap((s) => s.items.map((i) => i.label ?? ''));
    expect(labels).toContain('start (no date given); end 2022-02-20');
    expect(labels.filter((l) => /\(no date given\)/.test(l)).every((l) => /^start \(no date given\)/.test(l))).toBe(
      true,
    );
  });

  it('refuses an unknown aspect and lists the real ones', async () => {
    const ctx = await seedContext();
    const a = drillsAnswer(ctx, { aspect: 'weather' });
    expect(a.empty).toBe(true);
    expect(a.suggestions).toHaveLength(Object.keys(DRILL_ASPECTS).length);
  });
});

describe('parseAspect', () => {
  it('maps aliases and rejects the rest', () => {
    expect(parseAspect('when')).toBe('dates');
    expect(parseAspect(' NAVAL ')).toBe('naval');
    expect(parseAspect('')).toBeNull();
    expect(parseAspect('toString')).toBeNull();
    expect(parseAspect('constructor')).toBeNull();
    expect(parseAspect('__proto__')).toBeNull();
  });
});
