import { describe, expect, it } from 'vitest';
import { opensWithName, subjectNames } from '../../src/answers/sentence-facts.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Carmakers' quarterly sales, a travel firm's bookings and a grocer's pay rise. Invented articles.
const context = knowledgeFixture('others-figures', [
  {
    file: 'carmakers.md',
    title: 'Fordham first-quarter sales fall as chip shortage bites',
    date: '2022-04-05',
    paragraphs: [
      'Fordham said on Tuesday its US vehicle sales fell 17% in the first quarter of 2022.',
      'Rivals including Nisota and Kondo also reported lower sales as the shortage of semiconductors dragged on.',
      'Electric vehicle maker Voltra reported delivering 240,000 units in the first quarter of the year, up 60% from a year ago.',
      'Fordham expects supply to improve in the second half.',
    ],
  },
  {
    file: 'holidays.md',
    title: 'Holiday bookings jump as arrival tests are scrapped',
    date: '2022-01-25',
    paragraphs: [
      'Travel firms reported a rush of bookings after the government said arrival tests would end next month.',
      'Skyjet said bookings had increased by 30% on last week after the announcement.',
      'Tour operator Sunvia told reporters it had also seen a "big increase in bookings".',
    ],
  },
  {
    file: 'grocer.md',
    title: 'Grocemart staff to see pay rise',
    date: '2022-04-07',
    paragraphs: [
      'Grocemart staff will see their hourly pay rise to £10.10 from July, the supermarket said.',
      'Upping the core hourly wage by an extra 55p will add £200m to the wage bill.',
    ],
  },
  {
    file: 'rates.md',
    title: 'Central bank of Ostria raises interest rates for the first time in three years',
    date: '2022-03-17',
    paragraphs: [
      'The Ostrian central bank on Wednesday began raising interest rates to fight inflation.',
      'When announcing its decision to raise rates, the bank reiterated its goal of inflation averaging 2%.',
      'Officials expect to raise rates at each of the six remaining meetings this year, to about 1.9%.',
      'Analysts said the move would lift card rates, now at 16%, within weeks.',
      'The Ostrian central bank raised its main rate by 25 basis points, to a range of 0.25% to 0.5%.',
    ],
  },
  {
    file: 'jobs.md',
    title: 'Job gains beat forecasts in March',
    date: '2022-04-02',
    paragraphs: [
      'U.S. employers kept hiring in March as the labour market tightened.',
      'Wages rose 5.6% from a year earlier.',
      'The Labor Department said on Friday that payrolls in March rose by 431,000, slightly short of the 480,000 jobs economists had forecast.',
      'North of the border, Canada added 73,000 jobs, its statistics agency said.',
    ],
  },
  {
    file: 'remote.md',
    title: 'Law firm lets staff work from home for less pay',
    date: '2022-05-02',
    paragraphs: [
      'The firm, Harlow Brandt, said it would let staff work remotely full time but pay them 20% less than their current salary.',
      'Most of its lawyers are expected to keep coming to the office.',
    ],
  },
  {
    file: 'runoff.md',
    title: 'Ostrian central bank plans to shrink its bond holdings',
    date: '2022-04-07',
    paragraphs: [
      'Ostrian central bank officials proposed a monthly cap of $35 billion on the runoff of mortgage bonds.',
      'Officials said the runoff would be phased in over three months.',
    ],
  },
  {
    file: 'history.md',
    title: 'How the Ostrian central bank shrank its holdings before',
    date: '2022-04-08',
    paragraphs: [
      'The Ostrian central bank last shrank its balance sheet from 2017 to 2019.',
      'Back then it put a monthly cap of $20 billion on the runoff of mortgage bonds.',
    ],
  },
  {
    file: 'insurer.md',
    title: 'Holdwell to buy insurer Alder Mutual',
    date: '2022-04-30',
    paragraphs: [
      'Holdwell agreed to buy insurer Alder Mutual, its biggest deal in six years.',
      'Holdwell’s $848.02 per share offer to buy Alder Mutual values the deal well above its market price.',
    ],
  },
  {
    file: 'ireland.md',
    title: 'Hiring picks up in March',
    date: '2022-04-02',
    paragraphs: [
      'Hiring picked up across the country in March.',
      'Wages rose 4% from a year earlier.',
      'The statistics office told us on Friday that employers added 12,000 jobs last month.',
      'Builders and shops did most of the hiring.',
      'Ireland’s central bank expects growth to slow later in the year.',
    ],
  },
  {
    file: 'relief.md',
    title: 'Ministers weigh help with energy bills',
    date: '2022-01-06',
    paragraphs: [
      'Ministers are weighing several ways to help households with soaring energy bills.',
      'The current Cosy Homes Rebate offers those on certain benefits a one-off £140 payment.',
    ],
  },
]);

describe('a figure of the body asked, not of another', () => {
  it('refuses a count whose sentence has another body the articles name as its subject', async () => {
    const a = ask(await context(), 'How many vehicles did Nisota sell in the first quarter of 2022?');
    expect(a.empty).toBe(true);
    expect(snippets(a).join(' ')).not.toContain('Voltra');
  });

  it('still answers for the body that is the subject', async () => {
    const a = ask(await context(), 'how many vehicles did voltra deliver in the first quarter');
    expect(snippets(a)[0]).toContain('240,000 units');
  });

  it("refuses a rise in one firm's bookings told only of another's", async () => {
    const a = ask(await context(), "how much did sunvia's bookings rise after the tests were scrapped");
    expect(snippets(a).join(' ')).not.toContain('30%');
  });

  it("answers a rise in the owner's bookings", async () => {
    const a = ask(await context(), "how much did skyjet's bookings rise after the tests were scrapped");
    expect(snippets(a)[0]).toContain('30%');
  });

  it('reads a sentence opening with a verb in -ing as on the headline’s owner', async () => {
    const a = ask(await context(), "how much extra will grocemart's pay rise add to its wage bill");
    expect(snippets(a)[0]).toContain('£200m');
  });
});

describe('by how much something changed', () => {
  it('is the size of the change told after "by", before figures of where things stand', async () => {
    const a = ask(
      await context(),
      'By how much did the Ostrian central bank raise interest rates at its March meeting?',
    );
    expect(snippets(a)[0]).toContain('by 25 basis points');
  });

  it('is asked as the size of a change too, with a time after it ("the rate hike this month")', async () => {
    const a = ask(await context(), "how big was the ostrian central bank's rate hike this month");
    expect(snippets(a)[0]).toContain('by 25 basis points');
  });
});

describe("a country's own figure", () => {
  it('is told without its name, by one of its agencies, in an article on it', async () => {
    const a = ask(await context(), 'How many jobs did the US economy add in March?');
    expect(snippets(a)[0]).toContain('431,000');
    expect(snippets(a).join(' ')).not.toContain('73,000');
  });

  it('is kept for a country the table of governments lacks, in a sentence that says "told us"', async () => {
    const a = ask(await context(), 'How many jobs did Ireland add in March?');
    expect(snippets(a)[0]).toContain('12,000 jobs');
  });
});

describe('how much of a cut', () => {
  it('is the size of the one cut, not a count of cuts', async () => {
    const a = ask(
      await context(),
      'How much of a pay cut would staff at Harlow Brandt take to work from home full time?',
    );
    expect(snippets(a)[0]).toContain('20% less');
  });
});

describe('a figure of an earlier year asked', () => {
  it('is not a later article’s sentence that names no year', async () => {
    const a = ask(await context(), 'What was the monthly cap on mortgage bond runoff in 2017?');
    expect(snippets(a)[0]).toContain('$20 billion');
    expect(snippets(a).join(' ')).not.toContain('$35 billion');
  });
});

describe('a total sum asked', () => {
  it('is no price per share', async () => {
    const a = ask(await context(), "What is the total value of Holdwell's deal to buy Alder Mutual?");
    expect(a.empty).toBe(true);
  });
});

describe('what something is worth', () => {
  it('is a sum of money, though the passage does not say "worth"', async () => {
    const a = ask(await context(), 'how much is the cosy homes rebate worth');
    expect(snippets(a)[0]).toContain('£140');
  });
});

describe('the names of a sentence’s subject', () => {
  it('are the capitalised words before its verb', () => {
    expect(subjectNames('Electric vehicle maker Voltra reported delivering 240,000 units.')).toEqual(['voltra']);
    expect(subjectNames('About 3,000 Skyjet employees have tested positive.')).toEqual(['skyjet']);
  });

  it('are none after a comma or a preposition, where a name is a source', () => {
    expect(subjectNames('According to Refinitiv, the company sold 10 million phones.')).toEqual([]);
    expect(subjectNames('Data from Sensor Tower showed downloads fell.')).toEqual([]);
  });

  it('are none without a verb in the opening words', () => {
    expect(subjectNames('Raising the core hourly wage by an extra 55p will add £200m.')).toEqual([]);
  });
});

describe('a sentence that opens with a name', () => {
  it('is not one that opens with a word of the large list', () => {
    expect(opensWithName('Upping the core hourly wage will add £200m to the wage bill.')).toBe(false);
  });
});
