import { describe, expect, it } from 'vitest';
import { isPageFurniture } from '../../src/search/furniture.ts';
import { ask, knowledgeFixture, snippets } from '../answers/seed.ts';

// A streaming service's bad quarter, with a link to another story set in capitals. Invented article.
const context = knowledgeFixture('banners', [
  {
    file: 'stream.md',
    title: 'Streamly loses subscribers for the first time in a decade',
    date: '2022-04-20',
    paragraphs: [
      'The number of households using Streamly fell by 200,000 in the first three months of the year.',
      'STREAMLY SHARES SINK 40% AS RIVALS GAIN 2 MILLION SUBSCRIBERS',
      'Streamly said it expected to lose another two million subscribers in the current quarter.',
      'Shares in the streaming company plunged on Wednesday, dropping more than 30% after the update.',
    ],
  },
]);

describe('a paragraph set all in capitals', () => {
  it('is a banner or a link to another story: page furniture', () => {
    expect(isPageFurniture('FED RAISES INTEREST RATES FOR FIRST TIME IN 3 YEARS')).toBe(true);
    expect(isPageFurniture('READ THE FULL ARTICLE →')).toBe(true);
    expect(isPageFurniture('The Fed raised rates by 25 basis points.')).toBe(false);
    expect(isPageFurniture('NATO said on Monday that it would act.')).toBe(false);
  });

  it('answers no question', async () => {
    const a = ask(await context(), 'how many subscribers did streamly rivals gain');
    expect(snippets(a).join(' ')).not.toContain('2 MILLION');
  });
});

describe("how far a company's share price dropped", () => {
  it('is a move of its shares, before a fall in something else', async () => {
    const a = ask(await context(), "How far did Streamly's share price drop after it reported losing subscribers?");
    expect(snippets(a)[0]).toContain('more than 30%');
  });
});
