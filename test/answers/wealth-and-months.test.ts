import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('wealth-and-months', [
  {
    file: 'jet.md',
    title: 'Navy jet lost at sea',
    date: '2022-01-28',
    paragraphs: [
      'A Navy fighter jet crashed on the deck of the carrier Halvard and fell into the Tasman Sea, officials said.',
      'The $90 million warplane sank in deep water, the Navy said.',
      'Seven sailors were hurt in the crash.',
    ],
  },
  {
    file: 'speaker.md',
    title: 'Speaker Orla Venn changes course on trading ban',
    date: '2022-02-10',
    paragraphs: [
      'Speaker Orla Venn said Wednesday that a bill on members trading stocks, which members of both parties back, is making progress, as members trading stocks has become a matter of trust.',
      '"It has to cover everyone," Venn said Wednesday of the stock trading bill.',
      '"We are a free market economy. They should be able to take part in it," Venn told reporters on Dec. 15.',
      'Venn is worth an estimated $80 million, according to her latest financial disclosure.',
      'She has served in the chamber for 30 years.',
    ],
  },
]);

describe('sums asked as wealth, and words said in a month', () => {
  it('reads "how rich" as a sum, and hearsay adverbs as words that ask nothing', () => {
    const q = readQuestion('how rich is orla venn supposedly', (w) => ['orla', 'venn', 'orla venn'].includes(w));
    expect(q.type).toBe('quantity');
    expect(q.content).toEqual([]);
    expect(readQuestion('who allegedly leaked the memo', () => false).content).not.toContain('allegedli');
  });

  it('answers "how rich" with what the person is worth', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how rich is Orla Venn supposedly');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/worth an estimated \$80 million/);
  });

  it('puts the words said in the month asked first, the month written short before its day', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did venn say in december about members trading stocks');
    expect(snippets(answer)[0]).toMatch(/Dec\. 15/);
  });
});
