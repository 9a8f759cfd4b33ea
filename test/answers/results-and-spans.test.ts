import { describe, expect, it } from 'vitest';
import { isKnownName } from '../../src/answers/asked-names.ts';
import { whatIsAsked } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms, withoutYears } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, chat, knowledgeFixture, snippets } from './seed.ts';

// A company's figure asked as it came out, which a preview of the analysts' estimates does not give; a bond's span
// typed as chat writes it ("the 10y yield"). Invented articles.
const context = knowledgeFixture('results-and-spans', [
  {
    file: 'preview.md',
    title: "Petrolux's stock heads for a record ahead of earnings",
    date: '2022-01-28',
    paragraphs: [
      'The integrated energy giant is scheduled to report fourth-quarter results before the bell Friday, with analysts polled by FactSet calling for adjusted earnings of $3.14 a share on sales of $45 billion.',
      'Petrolux shares have risen 12% this year.',
    ],
  },
  {
    file: 'tests.md',
    title: 'Drugmakers ride the testing wave',
    date: '2022-01-11',
    paragraphs: [
      'Demand for COVID-19 vaccines and tests is helping drive profits at Carvel Labs.',
      'Carvel Labs shares dropped more than 4% in extended trading on Tuesday.',
    ],
  },
  {
    file: 'crude.md',
    title: 'Oil extends its rally',
    date: '2022-03-04',
    paragraphs: [
      'Crude futures in New York resumed gains Friday after swinging through a $10 range. Prices are up 22% this week after financial sanctions were slapped on Vostria.',
    ],
  },
  {
    file: 'notes.md',
    title: 'Developer bonds slump',
    date: '2022-01-18',
    paragraphs: [
      'On Monday, the Harlow Homes 2024 bond plunged 10 cents on the dollar to trade like a stressed asset.',
      'Monday was the worst day on record for dollar bonds of Harlow Homes. Some of its notes fell to as low as 62 cents.',
    ],
  },
  {
    file: 'pay.md',
    title: 'The year of the raise',
    date: '2022-01-05',
    paragraphs: [
      'Workers are in line for the biggest raises in a decade, according to a Conference Board survey.',
      'Companies are setting aside an average of 3.9% of total payroll for wage increases, the survey found.',
    ],
  },
  {
    file: 'results.md',
    title: 'Miner beats estimates',
    date: '2022-01-28',
    paragraphs: [
      'Rockhill reported fourth-quarter revenue of $12.4 billion, above the $11.9 billion analysts had expected.',
      'The company also raised its dividend.',
    ],
  },
]);

describe('a figure asked as it came out', () => {
  it('is not answered by what analysts expected before the report', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how much revenue did petrolux actually report for q4?');
    expect(answer.empty).toBe(true);
  });

  it('is answered by the result, though the sentence also gives the estimate', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much revenue did rockhill report for q4?'))[0]).toContain('$12.4 billion');
  });
});

describe("a bond's span typed as chat writes it", () => {
  it('reads "10y" before a yield as "10-year", and the yield level asked as a figure', () => {
    expect(chat('where is the 10y yield')).toContain('10-year yield');
    expect(chat('2y notes')).toContain('2-year notes');
    expect(chat('he scored 10y')).toContain('10y');
    expect(readQuestion("what's the exact 10y jgb yield level", () => false).type).toBe('quantity');
  });
});

describe('a figure asked by its kind, with its source', () => {
  it("is a figure, not the source's words", async () => {
    const question =
      'What share of payroll are companies budgeting for wage increases, according to the Conference Board survey?';
    expect(readQuestion(question, () => false).type).toBe('quantity');
    expect(readQuestion('why are prices rising according to the survey', () => false).type).toBe('speech');
    const ctx = await context();
    expect(snippets(ask(ctx, question))[0]).toContain('3.9%');
  });
});

describe('a level asked with "where"', () => {
  it('is a figure where a rate peaks or tops out, also as others see it', () => {
    expect(readQuestion('where do traders think the fed funds rate tops out this cycle?', () => false).type).toBe(
      'quantity',
    );
    expect(readQuestion('where does the rate peak', () => false).type).toBe('quantity');
    expect(
      readQuestion('where do fed officials think interest rates will be by the end of 2022', () => false).type,
    ).toBe('quantity');
    expect(readQuestion('where did the talks take place', () => false).type).toBe('where');
  });

  it('reads what is aimed for as a target, and what is cut in half as halved', () => {
    expect(relatedTerms(processTerm('aiming') as string)).toContain(processTerm('target'));
    expect(relatedTerms(processTerm('valued') as string)).toEqual(expect.arrayContaining(['worth', 'valuat']));
    expect(whatIsAsked('germany said it would cut russian oil in half by when')).toContain('halve');
  });
});

describe('a number in a name', () => {
  it('counts nothing, like a year', () => {
    expect(withoutYears('a surge in COVID-19 cases grounded F-35 jets in 2022')).not.toMatch(/\d/);
    expect(withoutYears('19 jets and 35 cases')).toMatch(/19 jets and 35 cases/);
  });
});

describe('a sum asked by its name', () => {
  it('is given as an amount, not by a number in a name', async () => {
    const ctx = await context();
    expect(ask(ctx, "what was carvel's profit").empty).toBe(true);
    // Asked as "what profit did …": a passage with a number that is no profit does not give it.
    expect(ask(ctx, 'what profit did carvel labs make').empty).toBe(true);
  });
});

describe('names news writes in camel case', () => {
  it('are names, typed in lower case too, but not plural acronyms', () => {
    expect(isKnownName('jpmorgan')).toBe(true);
    expect(isKnownName('blackrock')).toBe(true);
    expect(isKnownName('ceos')).toBe(false);
  });

  it('relate what someone wrote to a letter', () => {
    expect(relatedTerms(processTerm('wrote') as string)).toContain(processTerm('letter'));
  });
});

describe('a rise or a fall told with "up" or "down"', () => {
  it('tells how much it moved', async () => {
    const ctx = await context();
    expect(
      snippets(ask(ctx, 'how much did crude jump in the week after vostria got hit with financial sanctions?'))[0],
    ).toContain('up 22%');
  });
});

describe('the level a move reached', () => {
  it('is told by "to" a level before a move by so much', async () => {
    const ctx = await context();
    expect(
      snippets(ask(ctx, "What price did some of Harlow Homes' dollar notes sink to during that record-bad Monday?"))[0],
    ).toContain('62 cents');
  });
});
