import { describe, expect, it } from 'vitest';
import { findName } from '../../src/answers/asked-names.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A fund's holdings told as a sum "worth of" bonds, and a minister whose title opens with his country's adjective.
// Invented articles.
const context = knowledgeFixture('holdings-and-demonyms', [
  {
    file: 'fund.md',
    title: 'Asset manager faces losses on emerging market bets',
    date: '2022-03-10',
    paragraphs: [
      'The asset manager has cut its exposure to emerging markets in recent weeks, a spokesperson said.',
      "The firm's $90 billion Harbor Income Fund (HRBIX) held $2.3 billion worth of Turkey government international bonds at the end of last year, according to its annual report.",
    ],
  },
  {
    file: 'minister.md',
    title: 'Turkey says it has paid its coupons',
    date: '2022-03-11',
    paragraphs: [
      'Turkish Finance Minister Otto Brandt said on Friday that the payment had been sent and it was now up to foreign banks to process it.',
      'Brandt added that the country had enough reserves to cover its obligations for the year.',
      '"The country will cope," said Kazakhstan-based analyst Maria Holt.',
    ],
  },
]);

describe('a sum of debt told by what it is made of', () => {
  it('answers "how much debt" with the sum "worth of … bonds", a phrase longer than a number before its noun', async () => {
    const a = ask(await context(), 'how much Turkish government debt was HRBIX holding at the end of last year?');
    expect(snippets(a)[0]).toContain('$2.3 billion worth of Turkey government international bonds');
  });
  it('still refuses a count of bonds no passage gives', async () => {
    const a = ask(await context(), 'how many bonds did Brandt say were repaid?');
    expect(a.empty).toBe(true);
  });
});

describe("a country's adjective asked", () => {
  it('is read as the country, not as the minister whose title opens with it', async () => {
    const found = findName(await context(), { text: 'Turkish', capitalised: true, acronym: false });
    expect(found?.person ?? null).toBeNull();
    expect(found?.forms).toContainEqual(['turkey']);
  });
  it('is read as a country when the country is named by one word, not as the analyst based there', async () => {
    const found = findName(await context(), { text: 'kazakhstan', capitalised: false, acronym: false });
    expect(found?.person ?? null).toBeNull();
  });
  it('names the country in a figure asked of a holder', async () => {
    const a = ask(await context(), 'how much Turkish debt did HRBIX hold');
    expect(snippets(a)[0]).toContain('HRBIX');
  });
});
