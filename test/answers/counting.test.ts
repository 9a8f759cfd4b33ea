import { describe, expect, it } from 'vitest';
import { asksForSum } from '../../src/answers/asked-facts.ts';
import { nameTest } from '../../src/answers/asked-names.ts';
import { countedByAct, readQuestion } from '../../src/answers/question.ts';
import { countsItself, countsNear } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

// What a number counts: the noun of its own phrase, not one listed after it or named in the next sentence.
const context = knowledgeFixture('counting', [
  {
    file: 'grain.md',
    title: 'War threatens food supplies',
    date: '2022-03-04',
    paragraphs: [
      'Europe imports much of its energy, and Norland is the biggest source of that oil and gas, with 39% of supply.',
      "Norland is the world's biggest producer of rapeseed oil, with Estria number two. Between them they account for 60% of global production.",
    ],
  },
  {
    file: 'freighter.md',
    title: 'Car carrier adrift after fire',
    date: '2022-02-18',
    paragraphs: [
      'The Sea Lark freighter caught fire on Wednesday as it carried around 3,500 vehicles, including Skodas and Maseratis, from Bremen to Baltimore.',
      'All 19 crew members were rescued by a passing tanker.',
      'Four navy frigates arrived in the strait on Tuesday night to escort the tugs.',
      'The tugs will use the harbours of Brenford, Ostley, Marr and Callow while the ship is towed.',
    ],
  },
  {
    file: 'discount-chain.md',
    title: 'Discount chain shuts depot over pests',
    date: '2022-02-20',
    paragraphs: [
      'Regulators said the Penny Barn chain had been warned over conditions at its Delta depot.',
      'A fumigation completed in January revealed more than 900 dead rodents at the depot.',
      'The Daily Ledger said it bought the Wordbox game from its maker for a price in the low seven figures.',
      'Rival chain Dollar Den was fined $40,000 last year over a leak.',
      'Penny Barn said it will pay workers at the Delta depot $2 million in back wages.',
      'A salvage firm of Dover bought the old ferry Gull last year for less than a dollar from the port authority.',
      'Shoppers filed 12,400 complaints about Penny Barn in the week ended February 12, the regulator said.',
      'The chain employs about 9 million people in the region, by its own count.',
      'Shelf prices at Penny Barn stores jumped 6.2% in the year through January.',
      'Shelf prices edged up by just 0.2% in February from January, a weak gain.',
      'Penny Barn is suing a shopper for $480,000, saying a viral video of him licking jars caused a drop in its shares.',
    ],
  },
  {
    file: 'fast-food.md',
    title: 'Fast-food chains close restaurants',
    date: '2022-03-14',
    paragraphs: [
      'Burger Queen has not said what it will do with its restaurants in the country.',
      'Last week Yumco said it was shutting down the 70 company-owned KFD restaurants in the country.',
      'Chip designer Armco will cut 600 jobs in Germany.',
      'Chip designer Armco will cut 400 jobs in the UK.',
    ],
  },
  {
    file: 'port.md',
    title: 'Port sets a record',
    date: '2022-01-18',
    paragraphs: [
      'The Port of Lund hit a container record last year, handling 5.6 million container units.',
      'The ports authority provided the data on Tuesday, noting the 20% increase in shipping containers moving through the Port of Lund in 2021 as ports struggled with the surge in cargo.',
    ],
  },
  {
    file: 'dividend.md',
    title: 'Oil major lifts dividend',
    date: '2022-01-26',
    paragraphs: [
      'Ravco will pay a new quarterly dividend per share 6% higher, the oil major said.',
      'Ravco will pay $1.42 a share, up 8 cents from the previous payout.',
    ],
  },
  {
    file: 'gas-share.md',
    title: 'Europe weighs gas cut',
    date: '2022-03-16',
    paragraphs: [
      'The energy agency says Russian gas from the bloc could be forced down by 3 million cubic metres a day as gas comes from Russia less.',
      'The bloc, which gets roughly 40% of its gas from Russia, plans to cut it.',
    ],
  },
  {
    file: 'office-firm.md',
    title: 'Office firm loses its chief',
    date: '2023-06-12',
    paragraphs: [
      'Office firm Deskly said its chief executive, Ravi Tando, would step down in May.',
      'Mr. Orrin, the co-founder, had talked to Mr. Tando last year. Mr. Orrin had landed a $350 million investment. He was paid $20 million when he left Deskly.',
    ],
  },
]);

describe('the thing a number counts', () => {
  it('answers "how much" with a sentence and the next one of its paragraph that gives its figure', async () => {
    const ctx = await context();
    const answer = ask(ctx, "how much of the world's rapeseed oil comes from norland and estria");
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(
      /biggest producer of rapeseed oil, with Estria number two\. Between them they account for 60%/,
    );
  });

  it('reads a number before a noun as counting it only within its phrase', () => {
    const sentence = 'It carried around 3,500 vehicles, including Skodas and Maseratis.';
    expect(countsNear(sentence, processTerm('vehicles') as string)).toBe(true);
    expect(countsNear(sentence, processTerm('Maseratis') as string)).toBe(false);
    // An abbreviation and a conversion in brackets do not end the phrase.
    expect(countsNear('About 8,000 U.S. troops are on alert.', processTerm('troops') as string)).toBe(true);
    // People counted by the party or nation they belong to, and patients as people.
    expect(countsNear('The panel subpoenaed 14 Republicans from seven states.', processTerm('people') as string)).toBe(
      true,
    );
    expect(countsNear('About 50 people a year may benefit.', processTerm('patients') as string)).toBe(true);
    expect(countsNear('The firm sold 14 Teslas.', processTerm('people') as string)).toBe(false);
    // The last noun of a list the number opens is counted; one named as part of the whole is not.
    const strike = 'The union said the dispute affects 3,000 engineers, conductors, train and yard workers.';
    expect(countsNear(strike, processTerm('workers') as string)).toBe(true);
    expect(
      countsNear(
        'In a Monday letter, 24 state treasurers, auditors and financial officers urged him to withdraw.',
        processTerm('officials') as string,
      ),
    ).toBe(true);
    expect(
      countsNear(
        'It carried 4,000 vehicles, including Porsches and Lamborghinis.',
        processTerm('Lamborghinis') as string,
      ),
    ).toBe(false);
    expect(countsNear('He sold $8.5bn (£6.8bn) worth of shares.', processTerm('shares') as string)).toBe(true);
    // A number after the noun with its own unit counts that unit.
    const moved = 'The army has poured troops into the region, moving units nearly 6,000 miles from the east.';
    expect(countsNear(moved, processTerm('troops') as string)).toBe(false);
    expect(countsNear('The army moved troops, some 6,000 of them.', processTerm('troops') as string)).toBe(true);
  });

  it('reads a list of names right after or before a common noun as a count of it', () => {
    const harbour = processTerm('harbours')?.toString() ?? '';
    expect(countsNear('the harbours of Brenford, Ostley, Marr and Callow', harbour)).toBe(true);
    expect(countsNear('the Ostley, Marr and Callow harbours', harbour)).toBe(true);
    // A name listed among others is no count of it, nor a list inside a name.
    const car = processTerm('skodas')?.toString() ?? '';
    expect(countsNear('vehicles, including Audis, Skodas and Maseratis', car)).toBe(false);
    expect(countsNear('before the Harbour Banking, Housing and Trade Committee', harbour)).toBe(false);
  });

  it('answers "how many" with a sentence that names each of them', async () => {
    // "List" says where the number is found, not what was done: no verb the answer must use.
    expect(
      readQuestion('How many harbours does the port authority list for the tow?', () => false).predicate,
    ).toBeNull();
    expect(snippets(ask(await context(), 'How many harbours does the authority list for the tow?'))[0]).toMatch(
      /harbours of Brenford/,
    );
    const answer = ask(await context(), 'how many harbours will the tugs use');
    expect(snippets(answer)[0]).toMatch(/harbours of Brenford, Ostley, Marr and Callow/);
  });

  it('reads after a noun an amount, not a date or a vague word that counts something else', () => {
    const term = (w: string) => processTerm(w) as string;
    expect(countsNear('profit soared to $3.3bn', term('profit'))).toBe(true);
    expect(countsNear('joining an employee walkout at the park on March 22, 2022.', term('employees'))).toBe(false);
    expect(countsNear('the song won the duo their first Grammy in 1984.', term('grammys'))).toBe(false);
    expect(
      countsNear(
        'Ahead of the shareholders meeting, executives from several of its firms spoke.',
        term('shareholders'),
      ),
    ).toBe(false);
  });

  it('reads an amount after a noun only in the same sentence', () => {
    expect(countsNear('Profit soared to $3.3bn.', processTerm('profit') as string)).toBe(true);
    const next = 'The cars came from Bremen. About 40 of the crew were rescued.';
    expect(countsNear(next, processTerm('cars') as string)).toBe(false);
  });

  it('refuses a count of something only listed among what was counted', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'How many Maseratis were on board the Sea Lark?'))).toEqual([]);
    expect(snippets(ask(ctx, 'How many vehicles was the Sea Lark carrying?'))[0]).toContain('3,500 vehicles');
  });

  it('keeps a past phrasal verb past, so it ends the thing counted ("frigates turned up in")', async () => {
    expect(readQuestion('how many navy frigates turned up in the strait', () => false).counted).toBe(
      processTerm('frigates'),
    );
    const answer = ask(await context(), 'how many navy frigates turned up in the strait');
    expect(snippets(answer)[0]).toContain('Four navy frigates arrived');
  });

  it('reads "how much … fined / paid" as a sum of money, which a count of something else does not give', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much was penny barn fined over the rodents at the delta depot'))).toEqual([]);
    // A sum in words is a sum.
    expect(snippets(ask(ctx, 'how much did the daily ledger pay for wordbox'))[0]).toContain('low seven figures');
  });

  it('reads "how much compensation" as a sum of money, and a lower-case name joined by "&" as a name', async () => {
    const ctx = await context();
    // The chain's workers get back wages in dollars: a sum. The count of workers of another paragraph is none.
    expect(snippets(ask(ctx, 'how much compensation are the penny barn workers getting'))[0]).toContain('$2 million');
    expect(asksForSum('how much compensation did the crew get')).toBe(true);
    expect(asksForSum('how much severance will they receive')).toBe(true);
    expect(asksForSum('how big is the breakup fee if he walks away')).toBe(true);
    expect(asksForSum('how much revenue is the new tax supposed to bring in')).toBe(true);
    // Money lost is a sum, though "lose" asks a change of anything else.
    expect(asksForSum('how much money did the firm lose on the satellites')).toBe(true);
    expect(nameTest(ctx)('p&o')).toBe(true);
  });

  it('reads "how big was the fine X paid" as a sum paid by X, which a fine of a rival does not give', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'How big was the fine Penny Barn paid over the rodents?'))).toEqual([]);
    expect(snippets(ask(ctx, 'How big was the fine Dollar Den paid?'))[0]).toContain('$40,000');
  });

  it('refuses a sum for someone given by a sentence on another, whom "he" stands for', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'How much was Ravi Tando paid when he left Deskly?'))).toEqual([]);
  });

  it("reads a name right before the thing counted as whose they are ('how many Burger Queen restaurants')", async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'How many Burger Queen restaurants have closed?'))).toEqual([]);
    expect(snippets(ask(ctx, 'How many KFD restaurants have closed?'))[0]).toContain('70 company-owned');
    // A word that describes is not whose they are.
    const question = readQuestion('how many russian restaurants have closed', () => false);
    expect(question.counted).toBe(processTerm('restaurants'));
  });

  it('reads a lower-case "uk" as the country', async () => {
    const answer = ask(await context(), 'how many armco jobs are being cut in the uk');
    expect(snippets(answer)[0]).toContain('400 jobs in the UK');
  });

  it('reads "how many" as a count of the thing, not a change in it ("a 20% increase in containers")', async () => {
    const change = 'It noted the 20% increase in shipping containers moving through the port in 2021.';
    expect(countsNear(change, processTerm('containers') as string)).toBe(true);
    expect(countsItself(change, processTerm('containers') as string)).toBe(false);
    expect(countsItself('It handled 5.6 million container units.', processTerm('containers') as string)).toBe(true);
    const answer = ask(await context(), 'How many containers went through the port of Lund in 2021?');
    expect(snippets(answer)[0]).toContain('5.6 million container units');
    expect(readQuestion('How many containers went through the port of Lund?', () => false).counted).toBe(
      processTerm('containers'),
    );
  });

  it('counts people by what they did: "how many people filed complaints" is answered by the complaints', async () => {
    expect(countedByAct('How many people filed formal complaints in the week ended May 6?')).toBe(
      processTerm('complaints'),
    );
    // People hurt are counted by their injuries as often as by heads.
    expect(countedByAct('How many people were hurt when it crashed?')).toBe(processTerm('injuries'));
    expect(countedByAct('How many people were flying when it crashed?')).toBeNull();
    const answer = ask(
      await context(),
      'How many people filed complaints about Penny Barn in the week ended February 12?',
    );
    expect(snippets(answer)[0]).toMatch(/12,400 complaints/);
  });

  it('ranks first a passage that gives a figure the asker quotes after the question', async () => {
    const answer = ask(
      await context(),
      'how much did shelf prices rise from january to february? i keep seeing 0.2% quoted',
    );
    expect(snippets(answer)[0]).toMatch(/by just 0\.2% in February/);
  });

  it('refuses how far shares moved when the passages give a sum, not a percentage, points or a price', async () => {
    const answer = ask(await context(), "By how much did Penny Barn's shares fall after the licking video?");
    expect(snippets(answer)).toEqual([]);
    expect(answer.notes.join(' ')).toMatch(/move/);
  });

  it('reads one unit of money as a sum ("for less than a dollar")', async () => {
    const answer = ask(await context(), 'What did the salvage firm pay the port authority for the Gull?');
    expect(snippets(answer)[0]).toMatch(/for less than a dollar/);
  });

  it('reads "what will X pay" as asking for a sum of money', async () => {
    const answer = ask(await context(), 'What will Ravco pay per share in its new quarterly dividend?');
    expect(snippets(answer)[0]).toContain('$1.42 a share');
  });

  it('reads a number joined to the word it describes as no count of another noun ("the 91-year-old investor")', () => {
    const sentence = 'The 91-year-old investor told shareholders to hold on.';
    expect(countsNear(sentence, processTerm('shareholders') as string)).toBe(false);
    // It counts the word it is joined to: a 10-day exercise lasts ten days.
    expect(countsNear('They began a 10-day exercise.', processTerm('days') as string)).toBe(true);
  });

  it('answers "what share" with a passage that gives a share', async () => {
    const answer = ask(await context(), "what share of the bloc's gas comes from Russia");
    expect(snippets(answer)[0]).toContain('40%');
  });

  it('reads "how much was X fined" as a fine or a penalty, not any sum X pays', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much was penny barn fined over the delta depot'))).toEqual([]);
    expect(snippets(ask(ctx, 'how much was dollar den fined'))[0]).toContain('$40,000');
  });
});
