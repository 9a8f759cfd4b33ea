import { describe, expect, it } from 'vitest';
import { questionType, readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Who heads a body, named below their own words; people counted as workers; a count that is no sum of money; the
// publisher a question names as the outlet of an interview; chat's words for pay and vaccination. Invented articles.
const context = knowledgeFixture('who-named-further', [
  {
    file: 'lender.md',
    title: 'Lender warns of supply shock',
    date: '2022-03-05',
    publisher: 'Fox Business',
    paragraphs: [
      'Global Lending Fund President Ada Morrow says sanctions will hit world oil and food trade.',
      '"Now as banks stop working with Valoria, it changes the trade lines going on," she said.',
      '"Some of that oil will find other buyers, but the food trade is harder to replace," she said.',
      '"We expect the Global Lending Fund to lend more to the poorest countries," she added.',
      'The war is creating a "huge supply shock" for oil and food, Global Lending Fund President Ada Morrow warned Friday.',
      'Ada Morrow, in a wide-ranging interview on "Market Hour", gave her view of the conflict.',
    ],
  },
  {
    file: 'plant.md',
    title: 'Car plant pauses output',
    date: '2022-02-23',
    paragraphs: [
      'Production at the Brantford car plant will pause for two weeks because of a shortage of parts.',
      'Around 3,500 workers are based at the plant, which normally makes about 5,000 cars a week.',
      'A spokesman told Fox the pause would not affect jobs.',
    ],
  },
  {
    file: 'visas.md',
    title: 'Investor visas scrapped',
    date: '2022-02-18',
    paragraphs: [
      'The investor visa, often called a "golden visa", offers residency to those investing £2m or more.',
      'The Home Office has issued 2,581 investor visas to Valorian citizens since the scheme began in 2008.',
    ],
  },
  {
    file: 'sickpay.md',
    title: 'Retailer cuts sick pay',
    date: '2022-01-11',
    paragraphs: [
      'Homestore has cut sick pay for unvaccinated staff who must self-isolate.',
      'Average wages at Homestore are about £420 a week, and staff normally get enhanced sick pay.',
      'Unvaccinated workers required to isolate as a close contact could now receive as little as £96.35 a week.',
    ],
  },
]);

describe('who heads a body', () => {
  it('answers with the sentence that names them, though their own words rank above it', async () => {
    const answer = ask(await context(), "who's the head of the global lending fund these days?");
    expect(answer.empty).toBe(false);
    expect(snippets(answer)[0]).toMatch(/Global Lending Fund President Ada Morrow/);
  });

  it('reads "who were the two prosecutors that quit" as asking for people, and "which agency" for a body', () => {
    expect(questionType('who were the 2 prosecutors that quit the case')).toBe('who');
    const agency = readQuestion('which us agency signed off on the headlights', () => false);
    expect(agency.type).toBe('who');
    expect(agency.predicate).toBe(processTerm('approve'));
  });

  it('reads the one whose reason is asked only when named by an office ("why does Walmart\'s CEO think")', () => {
    const isName = (w: string) => w === 'walmart' || w === 'ceo';
    expect(readQuestion("Why does Walmart's CEO think inflation helps?", isName).names[0]?.text).toBe("Walmart's CEO");
    expect(readQuestion('Why does the aviation industry think 5G is a risk?', () => false).names).toEqual([]);
  });
});

describe('what a count is and is not', () => {
  it('counts people as the workers based somewhere', async () => {
    const answer = ask(await context(), 'How many people work at the Brantford car plant?');
    expect(snippets(answer)[0]).toMatch(/Around 3,500 workers are based at the plant/);
  });

  it('takes no sum of money for a count ("investing £2m" counts no visas)', async () => {
    const answer = ask(await context(), 'how many of the golden visas were given to valorians?');
    expect(snippets(answer)[0]).toMatch(/issued 2,581 investor visas/);
  });
});

describe("chat's words", () => {
  it('reads "what do X get paid" as a sum, and "unvaxxed" as unvaccinated', async () => {
    expect(questionType('what do unvaxxed staff get paid if they isolate')).toBe('quantity');
    expect(processTerm('unvaxxed')).toBe(processTerm('unvaccinated'));
    const answer = ask(
      await context(),
      'what do unvaxxed homestore staff get paid if they have to isolate as a close contact',
    );
    expect(snippets(answer).join(' ')).toMatch(/could now receive as little as £96\.35 a week/);
  });

  it('lets go of a publisher named as the outlet when no article names it with the speaker', async () => {
    const answer = ask(await context(), 'What Fox program did Ada Morrow give her interview to?');
    expect(answer.empty).toBe(false);
    expect(snippets(answer)[0]).toMatch(/interview on "Market Hour"/);
  });
});
