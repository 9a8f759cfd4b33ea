import { describe, expect, it } from 'vitest';
import { chatAsWritten } from '../../src/answers/chat-text.ts';
import { questionType, readQuestion } from '../../src/answers/question.ts';
import { splitJoined } from '../../src/answers/spelling.ts';
import { processTerm, termsOf } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Times said in words that are no words of the answer, counts written with another noun, words run together,
// shorthand, an office of a country, a country before its government, and a source after "per". Invented articles.
const context = knowledgeFixture('times-and-counted-words', [
  {
    file: 'markets.md',
    title: 'Stocks slide in London',
    date: '2022-01-25',
    paragraphs: [
      'In London, the Northex 100 fell more than 2.6% on Monday, while exchanges in Frankfurt and Paris slid nearly 4%.',
      'Bond yields edged lower as investors sought safety, and UK inflation figures are due on Wednesday.',
    ],
  },
  {
    file: 'spying.md',
    title: 'Bureau warns athletes',
    date: '2022-02-01',
    paragraphs: [
      'The Bureau currently has open over 2,000 counterintelligence investigations into alleged efforts by Valoria to steal technology, its director said.',
      'Athletes were urged to leave their personal phones at home.',
    ],
  },
  {
    file: 'loans.md',
    title: 'Student loan defaults',
    date: '2022-02-15',
    paragraphs: [
      'About 9 million people have a federal student loan in default, the department said.',
      'Borrowers have had a reprieve during the pandemic thanks to a pause on payments.',
    ],
  },
  {
    file: 'wages.md',
    title: 'Hiring stays strong',
    date: '2022-04-02',
    paragraphs: [
      'Employers added 431,000 jobs in March.',
      'Wages, meanwhile, climbed 5.6% in March from the previous year, nearly double the pre-pandemic average.',
      'The jobless rate fell to 3.6%.',
    ],
  },
  {
    file: 'airline.md',
    title: 'Airline posts loss',
    date: '2022-04-20',
    paragraphs: [
      'Skyward Airlines, while announcing a big first-quarter loss, said it expected record revenue in the coming months.',
      'The airline reported a nearly $1.4 billion loss for the first three months of the year.',
      'Its shares rose 8% in after-hours trading.',
    ],
  },
  {
    file: 'summit.md',
    title: 'Finance ministers meet',
    date: '2022-04-20',
    paragraphs: [
      "Kell said earlier this month she had told this year's summit host, Marovia, that she would not attend sessions with Valoria.",
      'Several finance ministers walked out of the meeting.',
    ],
  },
  {
    file: 'bank.md',
    title: 'Government sells bank shares',
    date: '2022-03-28',
    paragraphs: [
      'The government is no longer a majority shareholder in Northbank after it sold £1.2bn worth of shares.',
      'Following the sale, government ownership in Northbank is now at 48.1%, down from 50.6%.',
      'The bank was rescued in 2008.',
    ],
  },
  {
    file: 'insurance.md',
    title: 'Drivers pay an ethnicity penalty',
    date: '2022-03-22',
    paragraphs: [
      'Citizens Advice says its own investigation found drivers faced a £280 a year penalty.',
      'It concluded that, on average, people from ethnic minority backgrounds paid £250 a year more for car insurance.',
    ],
  },
  {
    file: 'staff.md',
    title: 'Firm defends its hiring',
    date: '2022-02-12',
    paragraphs: [
      'Mr. Pratt said the median age of the firm’s work force was the same in each of those years: 48.',
      'The company would not disclose how many workers it had.',
      'The median age of its engineers was 31, the firm said in a filing.',
      'By the end of 2021 the firm’s work force numbered 12,000, up from 9,000.',
    ],
  },
]);

describe('times in words that are no words of the answer', () => {
  it('reads "these days" and "that monday" as when, neither its verb nor its words', () => {
    const now = readQuestion('how much money does the fund oversee these days', () => false);
    expect(now.predicate).not.toBe(processTerm('days'));
    expect(now.content).not.toContain(processTerm('days'));
    const monday = readQuestion('how much did the northex 100 lose that monday?', () => false);
    expect(monday.predicate).not.toBe(processTerm('monday'));
    expect(monday.content).not.toContain(processTerm('monday'));
  });

  it('answers how much an index lost "that monday" with the sentence that says it fell', async () => {
    const answer = ask(await context(), 'how much did the northex 100 lose that monday?');
    expect(snippets(answer)[0]).toMatch(/Northex 100 fell more than 2\.6%/);
  });

  it('meets "compared with a year earlier", "year over year" and "yoy" with "from the previous year"', async () => {
    expect(termsOf('from the previous year')).toContain(processTerm('yoy'));
    expect(termsOf('rising 7.5% year over year')).toContain(processTerm('yoy'));
    const q = readQuestion('How much have wages grown compared with a year earlier?', () => false);
    for (const word of ['compared', 'year', 'earlier']) expect(q.content).not.toContain(processTerm(word));
    const answer = ask(await context(), 'How much have paychecks grown compared with a year earlier?');
    expect(snippets(answer)[0]).toMatch(/Wages, meanwhile, climbed 5\.6% in March from the previous year/);
  });
});

describe('what is counted, written otherwise', () => {
  it('counts open "cases" as investigations and borrowers as people', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how many open counterintelligence cases does the bureau have on valoria'))[0]).toMatch(
      /over 2,000 counterintelligence investigations/,
    );
    expect(snippets(ask(ctx, 'roughly how many borrowers are in default on federal student loans?'))[0]).toMatch(
      /About 9 million people have a federal student loan in default/,
    );
  });

  it('reads "how big was X\'s loss" as the size of the loss, and "X\'s share" as a figure, not shares counted', () => {
    const isName = (w: string) => ['skyward', 'bp', 'rosneft'].includes(w);
    expect(readQuestion("how big was skyward's q1 loss", isName).counted).toBe(processTerm('loss'));
    expect(readQuestion("how big was BP's share of rosneft", isName).counted).toBeNull();
    expect(readQuestion('how much extra do drivers pay', isName).counted).toBeNull();
  });

  it("answers how big a company's quarterly loss was", async () => {
    const answer = ask(await context(), "how big was skyward's q1 loss");
    expect(snippets(answer)[0]).toMatch(/nearly \$1\.4 billion loss/);
  });

  it('reads a word chat runs together as the two the articles write, only where an article writes them so', async () => {
    const ctx = await context();
    const q = readQuestion('how big was the firm’s workforce at the end of 2021', () => false);
    expect(q.counted).toBe(processTerm('workforce'));
    const apart = splitJoined(ctx.index, q, (a, b) => a === 'work' && b === 'force');
    expect(apart.counted).toBe(processTerm('force'));
    // Where no article writes the two side by side ("buy backs"), the word stays as asked.
    const bought = readQuestion('how much did the firm spend on buybacks', () => false);
    expect(splitJoined(ctx.index, bought, () => false).content).toEqual(bought.content);
    expect(snippets(ask(ctx, 'how big was the firm’s workforce at the end of 2021'))[0]).toMatch(
      /work force numbered 12,000/,
    );
  });
});

describe('kinds of question', () => {
  it('reads "whose", "which U.S. bank" and "more or less" for what they ask', () => {
    expect(questionType('whose tweet told the fund it was time to sell')).toBe('who');
    expect(questionType('which u.s. bank closed the most branches in 2021?')).toBe('who');
    expect(
      chatAsWritten(
        'Did Americans spend more or less in December?',
        () => false,
        () => false,
      ),
    ).toBe('Did Americans spend change in December?');
    expect(
      chatAsWritten(
        'whats the avg refund',
        () => false,
        () => false,
      ),
    ).toBe("what's the average refund");
  });

  it('reads "per <source>" as according to it, but not "per share" or "per year"', () => {
    const isName = (w: string) => ['citizens', 'share'].includes(w);
    expect(chatAsWritten('how much extra do drivers pay per citizens advice?', isName, () => false)).toBe(
      'how much extra do drivers pay according to citizens advice?',
    );
    expect(chatAsWritten('how much did it earn per share', isName, () => false)).toBe('how much did it earn per share');
  });

  it('answers what share of a bank "the uk government" owns from an article that says "the government"', async () => {
    const answer = ask(await context(), 'what share of northbank does the uk government still own after the sale?');
    expect(answer.empty).toBe(false);
    expect(snippets(answer).join(' ')).toMatch(/government ownership in Northbank is now at 48\.1%/);
  });

  it("refuses who a country's finance minister is when no article names one", async () => {
    const answer = ask(await context(), "who is marovia's finance minister, the summit host?");
    expect(answer.empty).toBe(true);
  });

  it('answers how much more a group pays "per" the body that found it', async () => {
    const answer = ask(
      await context(),
      'how much extra do ethnic minority drivers pay for car insurance per citizens advice?',
    );
    expect(snippets(answer).join(' ')).toMatch(/paid £250 a year more|£280 a year penalty/);
  });
});
