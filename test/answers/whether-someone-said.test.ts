import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A miner's licences revoked, and a minister before a committee. Invented articles.
const context = knowledgeFixture('whether-someone-said', [
  {
    file: 'mine.md',
    title: 'Veldana halts Borax Mining lithium project after protests',
    date: '2022-01-21',
    paragraphs: [
      'Veldana has revoked the licences of Borax Mining for a lithium project after weeks of protests.',
      '"All permits were annulled," Prime Minister Ana Petrova said on Thursday.',
      'Protesters had blocked roads and bridges across the country for weeks.',
      'The project would have been one of the largest lithium mines in Europe.',
      'Borax Mining had previously said that any mining in the country would meet strict environmental standards.',
      'Environmental groups welcomed the move.',
      'Lithium is used in batteries for electric cars.',
      'Prices of the metal have risen sharply this year.',
      'In a statement, the Ostrian government said it regretted the decision: "We note the economic benefits of the investment by Borax Mining in Veldana," it said.',
    ],
  },
  {
    file: 'hearing.md',
    title: 'Minister Halvorsen warns of sanctions costs',
    date: '2022-04-06',
    paragraphs: [
      'Finance minister Greta Halvorsen warned lawmakers on Wednesday of the costs of the sanctions on the economy.',
      'At the hearing, Ms. Halvorsen told lawmakers that she believed the aggressor should be isolated from international gatherings.',
      '"Energy prices are going up, and the price of wheat is going up," Halvorsen said.',
      'Senator Tom Reyes said he would vote against the sanctions bill.',
    ],
  },
]);

describe('whether someone said something', () => {
  it('is refused when their words are on something else', async () => {
    const a = ask(await context(), 'did borax mining say it would challenge the decision to revoke its licences');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('never quoted on this');
  });

  it('is not answered by another speaker whose quotation names them', async () => {
    const a = ask(await context(), 'did borax mining say anything about the economic benefits of its investment');
    expect(snippets(a)).toEqual([]);
  });

  it('is their words on it when they spoke of it', async () => {
    const a = ask(await context(), 'did borax mining say its mining would meet environmental standards');
    expect(snippets(a)[0]).toContain('Borax Mining had previously said');
  });

  it('is refused when they spoke at the occasion on something else', async () => {
    const a = ask(await context(), 'did halvorsen talk about student loan forgiveness at the hearing');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('not on this');
  });

  it('is their words when no one in particular is asked', async () => {
    const a = ask(await context(), 'Did any senators say they would vote against the sanctions bill?');
    expect(snippets(a)[0]).toContain('Senator Tom Reyes');
  });
});
