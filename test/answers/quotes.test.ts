import { describe, expect, it } from 'vitest';
import { quotesAnswer, UNNAMED_SPEAKER } from '../../src/answers/quotes.ts';
import { expectVerbatim, seedContext, snippets } from './seed.ts';

describe('quotesAnswer', () => {
  it("lists a speaker's quotations under the canonical name and role", async () => {
    const ctx = await seedContext();
    const a = quotesAnswer(ctx, { speaker: 'Peskov' });
    expectVerbatim(ctx, a);
    expect(a.sections.map((s) => s.heading)).toEqual(['Dmitry Peskov, Kremlin spokesperson']);
    expect(snippets(a).join(' ')).toContain('the scale may be larger than before');
    expect(a.title).toBe('Quotes by Dmitry Peskov');
  });

  it('matches the speaker by any name the article gives', async () => {
    const ctx = await seedContext();
    const bySurname = quotesAnswer(ctx, { speaker: 'Peskov' });
    for (const name of ['Dmitry Peskov', 'kremlin spokesperson', 'PESKOV']) {
      expect(quotesAnswer(ctx, { speaker: name }).sections).toEqual(bySurname.sections);
    }
  });

  it('searches the topic within the quotations', async () => {
    const ctx = await seedContext();
    const a = quotesAnswer(ctx, { speaker: 'Peskov', topic: 'maritime law' });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toContain('international regulations of maritime law');
    const all = quotesAnswer(ctx, { topic: 'security' });
    expectVerbatim(ctx, all);
    expect(snippets(all).join(' ')).toContain('No one is undermining Russia’s security');
  });

  it('without options lists every speaker, unnamed speakers honestly apart', async () => {
    const ctx = await seedContext();
    const a = quotesAnswer(ctx, {});
    expectVerbatim(ctx, a);
    expect(a.sections.length).toBeGreaterThan(3);
    expect(a.sections.every((s) => s.heading === UNNAMED_SPEAKER || !/unknown|null/i.test(s.heading))).toBe(true);
  });

  it('answers a typo with the one close speaker, says so, and never guesses for an absent name', async () => {
    const ctx = await seedContext();
    const a = quotesAnswer(ctx, { speaker: 'Peskow' });
    expectVerbatim(ctx, a);
    expect(a.empty).toBe(false);
    expect(a.notes[0]).toBe('Showing Dmitry Peskov for "Peskow".');
    expect(a.sections.map((s) => s.heading)).toEqual(['Dmitry Peskov, Kremlin spokesperson']);
    const absent = quotesAnswer(ctx, { speaker: 'Zelensky' });
    expect(absent.empty).toBe(true);
    expect(absent.suggestions).toContain('/quotes speaker:Dmitry Peskov');
    expect(absent.notes.join(' ')).toMatch(/Zelensky/);
  });

  it('says so when a speaker said nothing on the topic', async () => {
    const ctx = await seedContext();
    const a = quotesAnswer(ctx, { speaker: 'Peskov', topic: 'fishing quotas' });
    expect(a.empty).toBe(true);
    expect(a.suggestions).toContain('/quotes speaker:Dmitry Peskov');
  });
});
