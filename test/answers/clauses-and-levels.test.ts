import { describe, expect, it } from 'vitest';
import { monthsWritten, quartersNamed } from '../../src/answers/asked-time.ts';
import { chatAsWritten, whatIsAsked } from '../../src/answers/chat-text.ts';
import { questionType, readQuestion } from '../../src/answers/question.ts';
import { countsNear, relatedTerms } from '../../src/answers/ranking.ts';
import { respell } from '../../src/answers/spelling.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A market's level asked with "where", a clause of time beside a yes/no question, an adverb before the verb asked,
// chat's names for the court and the president, words news uses for a supporter or for slamming, and a number a
// verb's "to" separates from the noun. Invented articles.
const context = knowledgeFixture('clauses-and-levels', [
  {
    file: 'markets.md',
    title: 'Stocks rebound',
    date: '2022-04-07',
    paragraphs: [
      'Minutes of the central bank meeting showed officials were ready to shrink the balance sheet quickly.',
      'The Northex Industrial Average bounced back on Thursday, rising 87 points, or 0.25%, to 34,583.57.',
      'Traders said the mood on the exchange floor was calm.',
    ],
  },
  {
    file: 'games.md',
    title: 'Games maker bought',
    date: '2022-01-10',
    paragraphs: [
      'Playwell agreed to be bought by Gamecorp in a deal worth $12.7 billion.',
      'Playwell was still losing money, $42 million, in its most recent quarterly report.',
      'Analysts said the deal actually made sense for both companies.',
    ],
  },
  {
    file: 'praise.md',
    title: 'Candidate praises rival leader',
    date: '2022-02-23',
    paragraphs: [
      'Some lawmakers questioned whether the comments would hurt the party.',
      'It was Republicans like Rep. Dana Colter of Idaho who openly criticized the praise of the rival leader.',
    ],
  },
  {
    file: 'court.md',
    title: 'Court blocks mandate',
    date: '2022-01-14',
    paragraphs: [
      'The Supreme Court on Thursday blocked the mandate for large employers to require vaccines or weekly tests.',
      'An appeals court had earlier allowed the rule to go ahead.',
    ],
  },
  {
    file: 'broker.md',
    title: 'Broker gives weak forecast',
    date: '2022-01-27',
    paragraphs: [
      'Shares of Tradewell tumbled 15% after the company gave a weak revenue forecast for the first quarter.',
      'Analysts had expected a stronger start to the year.',
    ],
  },
  {
    file: 'carrier.md',
    title: 'Carrier posts loss',
    date: '2022-04-20',
    paragraphs: [
      'Skyline reported a $1.4 billion loss for the first three months of the year. It expects a profit in the second quarter.',
    ],
  },
  {
    file: 'jobs.md',
    title: 'Hiring stays strong',
    date: '2022-05-06',
    paragraphs: [
      'The unemployment rate fell to 3.6% in March as employers added 431,000 jobs.',
      'About 210,000 people filed new jobless claims in the week ending Dec. 11, the department said.',
      'Jobless claims for the week ended Dec. 18 stayed at 205,000.',
    ],
  },
  {
    file: 'deal.md',
    title: 'Softco to buy Gamehouse',
    date: '2022-01-26',
    paragraphs: [
      'Softco last week announced its plans to buy the game publisher Gamehouse for $68.7 billion, an all-cash deal.',
      'Regulators are expected to look closely at the deal.',
    ],
  },
  {
    file: 'trial.md',
    title: 'Officer convicted',
    date: '2021-12-23',
    paragraphs: [
      'Former officer Dana Kell was convicted on Thursday of manslaughter.',
      'She was taken to a state prison. Sentencing was set for February 18.',
    ],
  },
  {
    file: 'airlines.md',
    title: 'Airlines keep leased planes',
    date: '2022-03-15',
    paragraphs: [
      'Valorian airlines have 515 jets leased from abroad worth about $10bn.',
      "But it's one thing to seize aircraft, it's quite another to keep them operating.",
    ],
  },
]);

describe('a market level asked with "where"', () => {
  it('reads where an index or a price ended as a figure, and where people settled as a place', () => {
    expect(questionType('where did the dow end up on thursday')).toBe('quantity');
    expect(questionType('where did wti settle when oil tanked')).toBe('quantity');
    expect(questionType('where is bitcoin trading now')).toBe('quantity');
    expect(questionType('where did the refugees settle')).toBe('where');
  });

  it('answers where an index ended with the sentence that gives its level', async () => {
    const answer = ask(await context(), 'where did the northex industrial average end up on thursday');
    expect(snippets(answer)[0]).toMatch(/to 34,583\.57/);
  });
});

describe('the act a question asks about', () => {
  it('leaves a clause of time out of a yes/no question', () => {
    const q = readQuestion('was playwell even making money before it got bought', () => false);
    expect(q.predicate).not.toBe(processTerm('bought'));
  });

  it('answers whether a company made money before it was bought', async () => {
    const answer = ask(await context(), 'was playwell even making money before it got bought');
    expect(answer.empty).toBe(false);
    expect(snippets(answer)[0]).toMatch(/still losing money/);
  });

  it('passes over an adverb before the verb, but not a verb that ends in -ly', () => {
    expect(readQuestion('which gop lawmakers openly slammed the candidate', () => false).predicate).toBe(
      processTerm('slammed'),
    );
    expect(readQuestion('which firms supply chips', () => false).predicate).toBe(processTerm('supply'));
  });

  it('answers who "slammed" someone with those who criticized them', async () => {
    expect(relatedTerms(processTerm('slammed') ?? '')).toContain(processTerm('criticized'));
    expect(relatedTerms(processTerm('supporter') ?? '')).toContain(processTerm('advocate'));
    const answer = ask(
      await context(),
      'which gop lawmakers openly slammed the candidate for praising the rival leader',
    );
    expect(snippets(answer)[0]).toMatch(/Dana Colter/);
  });
});

describe('a quarter asked', () => {
  it('reads the quarters a text names by number', () => {
    expect(quartersNamed('what was the q4 revenue')).toEqual([4]);
    expect(quartersNamed('a forecast for the first quarter and the 3rd-quarter results')).toEqual([1, 3]);
    expect(quartersNamed('the quarter before')).toEqual([]);
  });

  it('does not answer a Q4 figure with a sentence on another quarter', async () => {
    const answer = ask(await context(), "what was tradewell's q4 revenue");
    expect(snippets(answer).join(' ')).not.toMatch(/forecast for the first quarter/);
  });

  it('reads the sentence, not the rest of its paragraph, for the quarter it names', async () => {
    const answer = ask(await context(), "how big was skyline's q1 loss");
    expect(snippets(answer)[0]).toMatch(/\$1\.4 billion loss/);
  });
});

describe("chat's names and words", () => {
  it('reads prices that "tanked" as falling, but not tanks', () => {
    expect(whatIsAsked('where did wti settle when oil tanked')).toMatch(/oil fell/);
    expect(whatIsAsked('how many tanks were sent')).toMatch(/tanks/);
  });

  it('meets "predicting" with an estimate or a forecast', () => {
    expect(relatedTerms(processTerm('predicting') ?? '')).toEqual(
      expect.arrayContaining([processTerm('estimated'), processTerm('forecast')]),
    );
  });

  it('reads scotus as the Supreme Court and potus as the president', async () => {
    expect(
      chatAsWritten(
        'what did scotus decide',
        () => false,
        () => false,
      ),
    ).toMatch(/Supreme Court/);
    expect(
      chatAsWritten(
        'what did potus say',
        () => false,
        () => false,
      ),
    ).toMatch(/the president/);
    const answer = ask(await context(), 'what did scotus decide on the vax-or-test rule for big employers');
    expect(snippets(answer)[0]).toMatch(/Supreme Court on Thursday blocked/);
  });
});

describe('a number that counts the noun', () => {
  it('does not count a noun that a verb\'s "to" separates from the number', () => {
    expect(countsNear("it's one thing to seize aircraft", processTerm('aircraft') ?? '')).toBe(false);
    expect(countsNear('between 10 to 15 aircraft', processTerm('aircraft') ?? '')).toBe(true);
    expect(countsNear('a billion-dollar exposure to Russian debt', processTerm('debt') ?? '')).toBe(true);
  });

  it('counts new infections written as cases', () => {
    expect(
      countsNear('The city registered 2,678 new Covid-19 cases on Saturday', processTerm('infections') ?? ''),
    ).toBe(true);
    expect(countsNear('a new daily record for infections', processTerm('infections') ?? '')).toBe(false);
  });

  it('does not count with a day before its month', () => {
    expect(countsNear('Most nights reserved in the three months to 1 January', processTerm('nights') ?? '')).toBe(
      false,
    );
    expect(countsNear('nights reserved rose to 12 million in January', processTerm('nights') ?? '')).toBe(true);
  });

  it('counts jets as aircraft, and answers how many with the sentence that counts them', async () => {
    expect(countsNear('plans to purchase 61 F-35 aircraft', processTerm('jets') ?? '')).toBe(true);
    const answer = ask(await context(), 'How many foreign-leased jets do Valorian airlines operate?');
    expect(snippets(answer)[0]).toMatch(/515 jets leased from abroad/);
  });
});

describe("chat's shorthand and typos that ask nothing", () => {
  it('reads y/y, m/m and q/q as comparisons, not as names', () => {
    const q = readQuestion('how much did avg hourly pay go up y/y in march', () => false);
    expect(q.names).toEqual([]);
    expect(
      chatAsWritten(
        'prices rose 0.8% m/m',
        () => false,
        () => false,
      ),
    ).toMatch(/month over month/);
  });

  it('counts restrictions written as curbs', () => {
    expect(countsNear('countries have imposed a total of 47 export curbs', processTerm('restrictions') ?? '')).toBe(
      true,
    );
  });

  it('drops a misspelt word of emphasis instead of searching for it', async () => {
    const ctx = await context();
    const read = respell(
      ctx.index,
      readQuestion('how much money was playwell actualy losing', () => false),
    );
    expect(read.question.content).not.toContain(processTerm('actually'));
    expect(read.notes.join(' ')).not.toMatch(/actually/);
  });
});

describe('a month asked', () => {
  it('reads the months a sentence names, not "May" opening it', () => {
    expect(monthsWritten('The rate fell to 3.6% in March from 3.8% in February.')).toEqual(['march', 'february']);
    expect(monthsWritten('May Brent crude sank 6.8%.')).toEqual([]);
    expect(monthsWritten('for the week ended Dec. 18')).toEqual(['december']);
  });

  it("does not answer one month's figure with another's", async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what was the unemployment rate in march'))[0]).toMatch(/3\.6% in March/);
    expect(snippets(ask(ctx, 'what was the unemployment rate in april')).join(' ')).not.toMatch(/in March/);
  });
});

describe('a day asked', () => {
  it('reads a month cut short before its day as no end of the sentence', () => {
    expect(
      countsNear('Jobless claims for the week ended Dec. 18 stayed at 205,000.', processTerm('claims') ?? ''),
    ).toBe(true);
  });

  it("does not answer one day's figure with another day's of the same month", async () => {
    const answer = ask(await context(), 'how many ppl filed jobless claims in the week ending dec 18');
    expect(snippets(answer).join(' ')).not.toMatch(/Dec\. 11/);
    expect(snippets(answer)[0]).toMatch(/stayed at 205,000/);
  });
});

describe('times and verbs chat writes otherwise', () => {
  it('reads "early jan" and "mid-march" as when, not as words to find', () => {
    expect(readQuestion('why did the stock jump in early jan', () => false).content).not.toContain(
      processTerm('early'),
    );
    expect(readQuestion('what happened in mid-march', () => false).content).toEqual([]);
  });

  it('reads "bounce back" as rebound, "prohibit" as ban and "set up" as imposed', () => {
    expect(whatIsAsked('when will the economy bounce back')).toMatch(/rebound/);
    expect(whatIsAsked('how much jail time did the bounce back loan fraudsters get')).toMatch(/bounce back loan/);
    expect(relatedTerms(processTerm('prohibit') ?? '')).toContain(processTerm('ban'));
    expect(relatedTerms(processTerm('establish') ?? '')).toContain(processTerm('imposed'));
  });
});

describe('an office typed in lower case', () => {
  it('is no name on its own, while whose office it is is one', () => {
    const q = readQuestion("who's the ceo of playwell", (w) => ['ceo', 'playwell'].includes(w));
    expect(q.names.map((n) => n.text)).toEqual(['playwell']);
    expect(q.content).toContain(processTerm('ceo'));
  });
});

describe('which one is what', () => {
  it('reads "which company is the world\'s largest …" as asking what it is, with no verb', () => {
    expect(
      readQuestion("which company is the world's largest container shipping line", () => false).predicate,
    ).toBeNull();
    expect(readQuestion('which bank is buying the lender', () => false).predicate).toBe(processTerm('buying'));
  });
});

describe('when something is to happen', () => {
  it('is answered by a time to come, not by when the plan was announced', async () => {
    const ctx = await context();
    expect(ask(ctx, 'when is the softco gamehouse deal expected to close?').empty).toBe(true);
    expect(snippets(ask(ctx, 'when is dana kell going to be sentenced')).join(' ')).toMatch(/set for February 18/);
  });
});

describe('a word that only starts like a month', () => {
  it('keeps "mid-market" as a word to find', () => {
    expect(readQuestion('how many mid-market firms cut jobs', () => false).content).toContain(processTerm('market'));
  });
});
