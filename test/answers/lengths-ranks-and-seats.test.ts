import { describe, expect, it } from 'vitest';
import { figureNameTerms } from '../../src/answers/asked-facts.ts';
import { tooLateFor } from '../../src/answers/asked-time.ts';
import { ask, datedArticles as dated, knowledgeFixture, snippets } from './seed.ts';

// A rate-rigging trial, an investor's buying, a politician by party and seat, an oil group's output, a foundation
// handed on, grocery prices and a drug's price cut. Invented articles.
const context = knowledgeFixture('lengths-ranks-and-seats', [
  {
    file: 'exchange.md',
    title: 'Varnia shuts its stock exchange as its currency slides',
    date: '2022-03-01',
    paragraphs: [
      'The Varnia central bank has shut the country’s stock exchange for the week as the currency plunges.',
      'The bank said on Monday that the Kesta Exchange would stay closed until March 5.',
    ],
  },
  {
    file: 'bikes.md',
    title: 'Spinwell’s new chief faces a hard road',
    date: '2022-02-19',
    paragraphs: [
      'The list of Spinwell’s troubles over the past year is long, from recalls to a hiring spree.',
      'Now the company is facing slowing sales and a spending hangover that left it with a $439 million loss last quarter.',
    ],
  },
  {
    file: 'traders.md',
    title: 'Two traders jailed for rigging rates were whistleblowers, tapes show',
    date: '2022-03-09',
    paragraphs: [
      'Two traders jailed for rigging interest rates, Pieter Vossen and Colm Barrow, were the first to blow the whistle.',
      'A tape made 10 years ago shows Vossen being told by his boss to submit lower rates.',
      'Vossen, then a 25-year-old trader, told an official the rates were false.',
    ],
  },
  {
    file: 'investor.md',
    title: 'Investor Ana Ruiz buys the dip in Kelvo',
    date: '2022-05-02',
    paragraphs: [
      'Investor Ana Ruiz bought the dip in her No. 1 stock Kelvo during the sell-off in the first quarter.',
      'Ruiz told reporters that she scooped up $600 million worth of Kelvo shares after a three-day decline last quarter.',
    ],
  },
  {
    file: 'mp.md',
    title: 'Conservative MP Hal Pendry resigns after watching videos in the Commons',
    date: '2022-04-30',
    paragraphs: [
      'Hal Pendry said the first time he saw the videos was an accident after searching online for tractors.',
      'Pendry, who has represented the seat since 2010, said he would resign.',
    ],
  },
  {
    file: 'oil.md',
    title: 'Oil group sticks to its plan',
    date: '2022-03-31',
    paragraphs: [
      'The Petrol Exporters Group said it would boost crude output by 432,000 barrels a day in May.',
      'Brent crude rose 2% after the announcement.',
    ],
  },
  {
    file: 'foundation.md',
    title: 'Financier hands his foundation to his son',
    date: '2023-06-12',
    paragraphs: [
      'Oren Talbot will take the reins of the Talbot Open Foundation from his father, Gideon Talbot.',
      'Many had considered his half brother, a lawyer, the more natural heir.',
    ],
  },
  {
    file: 'prices.md',
    title: 'Prices climb again in Marland',
    date: '2022-03-10',
    paragraphs: [
      'Consumer prices in Marland rose 7.9% in February from a year earlier, the statistics office said.',
      'Energy prices in Marland jumped 3.5% in February, led by petrol.',
      'Grocery prices in Marland are up 8.6% year-on-year, the largest leap since 1981.',
      'Marland will raise its defence budget by 7.1% this year, the finance ministry said.',
    ],
  },
  {
    file: 'parks.md',
    title: 'Funworld profits climb as visitors return to its parks',
    date: '2022-02-09',
    paragraphs: [
      'Funworld said its parks division doubled its operating income in the quarter.',
      'A digital tool, Ridepass, lets park visitors shorten ride wait times. It costs $15 at Funworld Florida.',
    ],
  },
  {
    file: 'letter.md',
    title: 'House Republicans urge Biden to drop his pick for bank regulator',
    date: '2022-02-10',
    paragraphs: [
      'In a Wednesday letter addressed to the White House, 48 GOP lawmakers urged President Biden to reconsider his nomination of Sara Rusk.',
      'The Senate Banking Committee will vote on the nomination next week.',
    ],
  },
  {
    file: 'tycoon.md',
    title: 'Minister approves extradition of tech tycoon Mark Lunn',
    date: '2022-01-29',
    paragraphs: [
      'Home Secretary Ana Pell has approved the extradition of tech tycoon Mark Lunn to the US to face fraud charges.',
      'Lunn denies the charges and has 14 days to appeal.',
    ],
  },
  {
    file: 'drug.md',
    title: 'Drugmaker Velora lowers the price of its memory drug Cognira',
    date: '2022-04-07',
    paragraphs: [
      'Regulators will limit coverage of Cognira to patients in clinical trials.',
      'Velora, facing weak sales, lowered the price of Cognira to $28,800 a year.',
      'Velora will increase prices of its older pills this year, blaming higher costs.',
      'The company’s profit soared 31 percent, to $816 million, in the last three months of 2021.',
    ],
  },
]);

describe('how long', () => {
  it('is answered by a length, not a count nor how long ago or how old', async () => {
    const a = ask(await context(), 'How long was Pieter Vossen jailed for?');
    expect(a.empty).toBe(true);
  });
});

describe('a rank', () => {
  it('counts nothing: the sum bought answers "how much stock"', async () => {
    const a = ask(await context(), 'How much Kelvo stock did Ruiz buy in the first quarter of 2022?');
    expect(snippets(a)[0]).toContain('scooped up $600 million');
  });
});

describe('a politician asked by party and seat', () => {
  it('is found by the surname after them', async () => {
    const a = ask(await context(), 'What was the Tory MP Pendry searching for online?');
    expect(a.empty).toBe(false);
    expect(snippets(a)[0]).toContain('searching online for tractors');
  });
});

describe('words news uses for the question’s', () => {
  it('reads oil pumped as output', async () => {
    const a = ask(await context(), 'how much extra crude will the petrol exporters group pump in may');
    expect(snippets(a)[0]).toContain('432,000 barrels');
  });

  it('reads taking over as taking the reins', async () => {
    const a = ask(await context(), "who's taking over gideon talbot's foundation");
    expect(snippets(a)[0]).toContain('take the reins');
  });

  it('reads food prices at the supermarket as grocery prices', async () => {
    const a = ask(await context(), 'How much have Marland food prices at the supermarket risen over the past year?');
    expect(snippets(a)[0]).toContain('Grocery prices');
  });

  it('reads a price cut as lowered', async () => {
    const a = ask(await context(), 'What does Cognira cost now that Velora has cut the price?');
    expect(snippets(a)[0]).toContain('$28,800');
  });
});

describe('a price or a transfer asked in other words', () => {
  it('reads what a company charges as what a thing costs', async () => {
    const a = ask(await context(), 'How much is Funworld charging guests for Ridepass?');
    expect(snippets(a)[0]).toContain('costs $15');
  });

  it('reads sending someone to stand trial abroad as extradition', async () => {
    const a = ask(await context(), 'Who signed off on sending Lunn to the US to stand trial?');
    expect(snippets(a)[0]).toContain('approved the extradition');
  });
});

describe('a party by its other name', () => {
  it('counts GOP lawmakers as Republicans', async () => {
    const a = ask(await context(), 'How many House Republicans signed the letter urging Biden to drop Rusk?');
    expect(snippets(a)[0]).toContain('48 GOP lawmakers');
  });
});

describe('the name of a figure', () => {
  it('is no clause run on from "what price did"', () => {
    expect(figureNameTerms('what price did ubs pay for credit suisse')).toEqual([]);
  });
});

describe('a time the question does not ask about', () => {
  const lateApril = dated('2022-04-20', '2022-04-26');
  const eve = dated('2021-12-29', '2021-12-30');

  it('is not "so far in" a month an article was written in', () => {
    expect(tooLateFor('How much had the index fallen so far in April?', true, lateApril)).toBeNull();
    expect(tooLateFor('How much did the index fall in April?', true, lateApril)).toMatch(/end of April/);
  });

  it('is not a day something is for', () => {
    expect(tooLateFor('what did the editor say about finding champagne for December 31', false, eve)).toBeNull();
    expect(tooLateFor('what happened on December 31', false, eve)).toMatch(/before December 31\.$/);
  });
});

describe('what a "how much" says is raised or cut', () => {
  it('is in the paragraph of the figure: a rise in profit is no rise in a price', async () => {
    const a = ask(await context(), 'How much is Velora increasing the price of its pills?');
    expect(a.empty).toBe(true);
  });

  it('is the head of the phrase after the verb', async () => {
    const a = ask(await context(), 'By what percentage is Marland boosting its defence budget this year?');
    expect(snippets(a)[0]).toContain('7.1%');
  });
});

describe('how long something lasts, told without a number of days', () => {
  it('is a length in words or the day it ends', async () => {
    const a = ask(await context(), 'how long is the kesta stock exchange shut');
    expect(snippets(a)[0]).toMatch(/for the week|until March 5/);
  });
});

describe('a figure of a company asked by name', () => {
  it('is told in a sentence that calls it by its trade after a joining word', async () => {
    const a = ask(await context(), "What was Spinwell's loss in the most recent quarter?");
    expect(snippets(a)[0]).toContain('$439 million loss');
  });
});
