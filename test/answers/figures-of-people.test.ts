import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A figure asked of a person by name is told beside their name, not another person's in the same article; a count
// of one country's troops is not another's. Invented articles.
const context = knowledgeFixture('figures-of-people', [
  {
    file: 'succession.md',
    title: 'Harlow names a new chief executive',
    date: '2024-03-01',
    paragraphs: [
      'Harlow Partners said on Friday that Dana Whitlock will succeed Miles Ferrand as chief executive in May.',
      'Ferrand has led the firm since 2009.',
      'The 64-year-old will stay on as chairman until the annual meeting.',
      'The firm’s assets rose to $410 billion at the end of the year.',
      '"It is an honour to lead this team," Whitlock said.',
    ],
  },
]);

const troops = knowledgeFixture('figures-of-countries', [
  {
    file: 'alert.md',
    title: 'Pentagon readies troops as tensions rise',
    date: '2024-03-02',
    paragraphs: [
      'Tensions rose on Saturday as Russian troops gathered near the border with Veska.',
      'The Pentagon put 8,500 U.S. troops on heightened alert for deployment to the region.',
    ],
  },
]);

describe('a figure asked of a person by name', () => {
  it('is not another person’s figure from the same article', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how old is dana whitlock');
    expect(snippets(answer).join(' ')).not.toContain('64-year-old');
  });

  it('is the one told beside their name', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how old is miles ferrand'))[0]).toContain('64-year-old');
  });
});

describe('a count of one country’s troops', () => {
  it('is not a count of another’s', async () => {
    const ctx = await troops();
    const answer = ask(ctx, 'how many russian troops are near the border?');
    expect(snippets(answer).join(' ')).not.toContain('8,500');
  });

  it('is the count of the country asked, however it is written', async () => {
    const ctx = await troops();
    expect(snippets(ask(ctx, 'how many us troops were put on alert?'))[0]).toContain('8,500');
  });
});
