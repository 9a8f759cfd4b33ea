import { describe, expect, it } from 'vitest';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A coffee chain's chief executive retiring. Invented article.
const context = knowledgeFixture('successions', [
  {
    file: 'coffee.md',
    title: 'Brewhouse chief executive Kevin Dorn to retire',
    date: '2022-03-16',
    paragraphs: [
      'Kevin Dorn, the chief executive of Brewhouse, said on Wednesday that he would retire next month.',
      '"Kevin has led Brewhouse through the pandemic with care, and we thank him," said board chair Mellody Rowe.',
      'His interim replacement until the board names a permanent successor will be Howard Shultz, the former chief executive.',
      'Brewhouse shares rose 2% after the announcement.',
      'The first time Mr. Shultz returned to Brewhouse, he abruptly replaced Jim Donaldson as chief executive when the company was struggling.',
    ],
  },
  {
    file: 'network.md',
    title: 'Newsline chief Jim Zane resigns over undisclosed relationship',
    date: '2022-02-02',
    paragraphs: [
      'Jim Zane resigned as president of Newsline on Wednesday after failing to disclose a relationship with a colleague.',
      'Lawyers from Cravath were interviewing Newsline officials broadly about the tenure of anchor Chris Coyle and the events that led to his termination.',
      'An accompanying article said Mr. Zane had allowed Newsline to drift from a just-the-facts news operation.',
      'Parent company chief Jason Kiler visited the newsroom on Wednesday to address Newsline executives, saying he had accepted the resignation of Mr. Zane. Kiler praised his record at length. He thanked the staff. He said the search would be wide. He announced that three executives, Michael Bass, Amy Entel and Ken Jautz, would jointly lead Newsline on an interim basis.',
      'The parent company is run by John Stanley, who was Mr. Zane’s boss from 2018 through 2020.',
    ],
  },
]);

describe('who comes next in an office', () => {
  it('is the sentence that tells of the succession and names the successor', async () => {
    const a = ask(await context(), 'who is replacing kevin dorn as brewhouse ceo');
    expect(snippets(a)[0]).toContain('Howard Shultz');
  });

  it('is found among the best several sentences, as the ones who run it in the meantime', async () => {
    const a = ask(await context(), 'who is running newsline now that zane has gone');
    expect(snippets(a)[0]).toContain('on an interim basis');
  });
});
