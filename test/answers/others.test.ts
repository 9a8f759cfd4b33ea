import { describe, expect, it } from 'vitest';
import { briefAnswer } from '../../src/answers/brief.ts';
import { helpAnswer, READ_COMMANDS } from '../../src/answers/catalogue.ts';
import { sourcesAnswer, UNATTRIBUTED } from '../../src/answers/sources.ts';
import { timelineAnswer } from '../../src/answers/timeline.ts';
import { whoAnswer } from '../../src/answers/who.ts';
import { expectVerbatim, seedContext, seedIds, snippets } from './seed.ts';

describe('sourcesAnswer', () => {
  it('lists every article with its counts; the one without publisher or date is shown as unattributed', async () => {
    const ctx = await seedContext();
    const a = sourcesAnswer(ctx, {});
    expectVerbatim(ctx, a);
    const { unattributed } = seedIds(ctx);
    expect(a.sections[0]?.items).toHaveLength(ctx.articles.length);
    const cited = a.citations.find((c) => c.article === unattributed);
    expect(cited?.publisher).toBeNull();
    expect(cited?.date).toBeNull();
    const label = a.sections[0]?.items.find((i) => a.citations[i.citation - 1]?.article === unattributed)?.label;
    expect(label).toContain(UNATTRIBUTED);
    expect(label).toMatch(/\d+ paragraphs, \d+ quotes?, \d+ figures?/);
  });
});

describe('whoAnswer', () => {
  it('gives role, quotes and the figures a person states', async () => {
    const ctx = await seedContext();
    const a = whoAnswer(ctx, { name: 'Stoltenberg' });
    expectVerbatim(ctx, a);
    expect(a.title).toMatch(/^Jens Stoltenberg/);
    const headings = a.sections.map((s) => s.heading);
    expect(headings).toContain('Quotes');
    expect(headings).toContain('Figures they state');
  });

  it('finds a name no extractor listed by its mentions in the text', async () => {
    const ctx = await seedContext();
    const a = whoAnswer(ctx, { name: 'Minsk Agreement' });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toContain('Minsk Agreement');
  });

  it('answers a typo for the closest person, says so, and invents no one', async () => {
    const ctx = await seedContext();
    const a = whoAnswer(ctx, { name: 'Stoltenburg' });
    expectVerbatim(ctx, a);
    expect(a.empty).toBe(false);
    expect(a.notes[0]).toBe('Showing Jens Stoltenberg for "Stoltenburg".');
    expect(snippets(a)[0]).toContain('Stoltenberg');
    const absent = whoAnswer(ctx, { name: 'Zelensky' });
    expect(absent.empty).toBe(true);
    expect(absent.notes.join(' ')).toMatch(/Not found in any article: Zelensky/);
    expect(whoAnswer(ctx, {}).empty).toBe(true);
  });
});

describe('timelineAnswer', () => {
  it('lists dated lines in order, each cited, and says what could not be dated', async () => {
    const ctx = await seedContext();
    const a = timelineAnswer(ctx, {});
    expectVerbatim(ctx, a);
    const dates = a.sections[0]?.items.map((i) => (i.label ?? '').slice(0, 10)) ?? [];
    expect(dates.length).toBeGreaterThan(3);
    expect([...dates].sort()).toEqual(dates);
    expect(a.notes.join(' ')).toMatch(/could not be placed/);
  });
});

describe('briefAnswer', () => {
  it('briefs the whole story, every line cited, disputes side by side', async () => {
    const ctx = await seedContext();
    const a = briefAnswer(ctx, {});
    expectVerbatim(ctx, a);
    const headings = a.sections.map((s) => s.heading);
    for (const h of ['What', 'When', 'Where', 'Key quotes']) expect(headings).toContain(h);
    expect(a.conflicts.some((c) => c.subject.startsWith('name of the drills'))).toBe(true);
    expect(a.conflicts.some((c) => /troops/.test(c.subject))).toBe(true);
  });
});

describe('helpAnswer', () => {
  it('lists every command with an example and cites nothing', async () => {
    const ctx = await seedContext();
    const a = helpAnswer(ctx, {});
    expect(a.empty).toBe(false);
    expect(a.citations).toEqual([]);
    for (const { spec } of READ_COMMANDS) {
      expect(a.notes.join('\n')).toContain(`/${spec.name}`);
      expect(a.notes.join('\n')).toContain(`Example: ${spec.examples[0]}`);
    }
  });
});
