import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search.ts';
import { expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('family', [
  // A family firm: the father is the one the articles speak of; his daughter is named but never speaks.
  {
    file: 'court.md',
    title: 'Judge orders the Halvorsens to testify',
    date: '2023-03-02',
    paragraphs: [
      'A judge ruled on Thursday that Magnus Halvorsen, his son Erik Halvorsen and his daughter Ingrid Halvorsen must answer questions under oath.',
      'Mr Halvorsen said the inquiry was "a political attack" and vowed to appeal.',
      'Mr Halvorsen has called the case unfair for months, telling supporters that investigators were biased.',
      'Lawyers for the company said they would comply with the order.',
    ],
  },
  {
    file: 'shipping.md',
    title: 'Shipping founder steps down',
    date: '2023-03-02',
    paragraphs: [
      'Frederick W. Lindgren, who founded the Norlink shipping group in 1971, will step down as chief executive in June.',
      'Tomas Ekdal, the current chief operating officer, will succeed Mr. Lindgren, the company said.',
      'Port authorities seized a 90-metre yacht worth $40 million owned by the investor Pavel Orlov.',
      'Mr Lindgren also owns a yacht, which he keeps in Gothenburg.',
      'Lindgren Holdings, the family company, is closing 12 ports in the Baltic this year.',
    ],
  },
]);

describe('a surname several people carry', () => {
  it("does not give the daughter her father's words", async () => {
    const ctx = await context();
    const a = searchAnswer(ctx, { question: 'What did Ingrid Halvorsen say about the order?', limit: 3 });
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toMatch(/never quoted/);
    // The bare surname is the one the articles speak of most.
    const father = searchAnswer(ctx, { question: 'what did halvorsen say about the inquiry', limit: 3 });
    expectVerbatim(ctx, father);
    expect(snippets(father)[0]).toMatch(/^Mr Halvorsen said the inquiry/);
  });
});

describe('a given name in short, and the owner of what is counted', () => {
  it('finds "Fred Lindgren" as Frederick W. Lindgren and says so', async () => {
    const ctx = await context();
    const a = searchAnswer(ctx, { question: 'Who is replacing Fred Lindgren as CEO?', limit: 3 });
    expectVerbatim(ctx, a);
    expect(snippets(a)[0]).toMatch(/^Tomas Ekdal, the current chief operating officer, will succeed/);
    expect(a.notes.join(' ')).toMatch(/Showing Frederick W\. Lindgren/);
  });

  it("refuses a number about one person's yacht when the articles give another's", async () => {
    const ctx = await context();
    const a = searchAnswer(ctx, { question: "how much is lindgren's yacht worth", limit: 3 });
    expect(a.empty).toBe(true);
    // "Norlink's founder" describes someone; the stores counted are not his.
    const stores = searchAnswer(ctx, { question: "how many ports is norlink's founder closing", limit: 3 });
    expect(snippets(stores)[0]).toMatch(/closing 12 ports/);
    const orlov = searchAnswer(ctx, { question: "how much is orlov's yacht worth", limit: 3 });
    expect(snippets(orlov)[0]).toMatch(/worth \$40 million owned by the investor Pavel Orlov/);
  });
});
