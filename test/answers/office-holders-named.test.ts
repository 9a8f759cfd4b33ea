import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// "What did kohl's ceo michelle gass say": the office's holder is named; when no article names her, the firm's
// words are not hers. Invented article.
const context = knowledgeFixture('office-holders-named', [
  {
    file: 'bid.md',
    title: 'Harrow Stores gets $9 billion buyout offer',
    date: '2022-01-22',
    paragraphs: [
      'A consortium backed by an activist fund has offered roughly $9 billion to buy Harrow Stores.',
      '“We are confident in our board and will pursue the best interests of all shareholders,” Harrow said.',
      'Harrow chief executive Dana Pellow said the offer “undervalues the company.”',
    ],
  },
]);

describe('an office asked with its holder named', () => {
  it('is refused when no article names the holder, typed in lower case', async () => {
    const a = ask(await context(), "what did harrow's ceo michelle gass say about the $9bn offer");
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article mentions "michelle gass"');
  });

  it('is answered with the holder’s words when the articles name them', async () => {
    const a = ask(await context(), "what did harrow's ceo dana pellow say about the offer");
    expect(snippets(a)[0]).toContain('Dana Pellow said');
  });
});
