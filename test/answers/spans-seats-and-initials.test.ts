import { describe, expect, it } from 'vitest';
import { findName, shownName, titleCase } from '../../src/answers/asked-names.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms, typeFit } from '../../src/answers/ranking.ts';
import { type Hit, processTerm } from '../../src/search/index.ts';
import { ask, chat, knowledgeFixture, snippets } from './seed.ts';

// Spans typed as chat writes them ("10yr"), a light verb closing a question on someone described by a clause, a
// price told only by its sum, a government asked by its seat, a role asked by its initials, and a "what" question
// whose words no passage speaks of. Invented articles.
const context = knowledgeFixture('spans-seats-and-initials', [
  {
    file: 'sentencing.md',
    title: 'Rioter gets longest sentence yet',
    date: '2021-12-17',
    paragraphs: [
      'A Delmont man who attacked police at the statehouse with a fire extinguisher and a wooden plank was sentenced to more than five years in prison on Friday, the longest term for a statehouse rioter so far.',
      'Prosecutors said he threw the extinguisher at officers guarding the west entrance.',
    ],
  },
  {
    file: 'trial.md',
    title: 'Judge rejects bid to call the mayor as a witness',
    date: '2022-01-26',
    paragraphs: [
      "Judge Ana Ruiz said that testimony from the mayor would not help Tomas Grell's defense.",
      'Grell’s lawyer said he does not dispute what Grell did that day.',
    ],
  },
  {
    file: 'yields.md',
    title: 'Stock futures slip as yields climb',
    date: '2022-01-09',
    paragraphs: [
      'Stocks, particularly high-growth names, have struggled as interest rates tick higher.',
      'The 10-year Treasury yield topped 1.8% on Friday, on a run after closing 2021 at the 1.51% level.',
    ],
  },
  {
    file: 'pickup.md',
    title: 'Brightline unveils the Volt Hauler',
    date: '2022-01-06',
    paragraphs: [
      'Brightline unveiled the Volt Hauler, its first electric pickup, at the trade show in Las Vegas.',
      'Brightline will begin taking preorders for the Volt Hauler today, which runs about $105,000.',
    ],
  },
  {
    file: 'prices.md',
    title: 'Consumer prices jump again',
    date: '2022-03-11',
    paragraphs: [
      'The consumer price index climbed 7.9% on an annual basis, the Labor Department said.',
      'Gas jumped 6.6% in February and accounted for almost a third of the price increases. Food rose by 1%.',
    ],
  },
  {
    file: 'spacs.md',
    title: 'The blank-check boom fades',
    date: '2022-02-02',
    paragraphs: [
      'After a year of record issuance, there are now almost 600 SPACs searching for an acquisition target, according to SPAC Research.',
      'Several announced deals failed to close this month.',
    ],
  },
  {
    file: 'workers.md',
    title: 'Omicron keeps millions off work',
    date: '2022-01-24',
    paragraphs: [
      'More than 8.7 million Americans were not working in early January because they had Covid-19 or were caring for someone who did, according to a Census Bureau survey.',
      'Another 5.3 million were taking care of children who were home from school.',
    ],
  },
  {
    file: 'forum.md',
    title: 'Lan Mei courts investors at the forum',
    date: '2022-01-18',
    paragraphs: [
      'President Lan Mei told the forum that Corvania is still open to investment from overseas.',
      '"All types of capital are welcome to operate in Corvania, in compliance with its laws," she said.',
    ],
  },
  {
    file: 'energy.md',
    title: 'Europe weighs the risk to its gas',
    date: '2022-02-02',
    paragraphs: [
      'Officials in Washington think it unlikely that Russia would cut off supplies to Europe entirely.',
      'Moscow said the idea that it would shut off energy exports was "fake hysteria".',
    ],
  },
  {
    file: 'spies.md',
    title: 'Spy chiefs testify on the war',
    date: '2022-03-08',
    paragraphs: [
      'Director of National Intelligence Avril Hale told lawmakers the nuclear alert was best understood as messaging rather than an immediate threat.',
      'The annual threat assessment was published by the intelligence office on Tuesday.',
    ],
  },
  {
    file: 'wages.md',
    title: 'Pay fails to keep up with rising prices',
    date: '2022-02-15',
    paragraphs: [
      'Wages rose, but when taking inflation into account, pay showed a 0.8% fall from a year earlier, the statistics office said.',
      'Businesses across the UK are struggling to hire.',
    ],
  },
  {
    file: 'cpi.md',
    title: 'Prices hit a 40-year high',
    date: '2022-03-15',
    paragraphs: ['Inflation hit a 40-year high of 7.9% in February, largely driven by higher gas prices.'],
  },
  {
    file: 'claims.md',
    title: 'Jobless claims hold near lows',
    date: '2021-12-23',
    paragraphs: [
      'Initial jobless claims were unchanged at 205,000 last week, the Labor Department said.',
      '"It appears we may have settled into a normal level," said Dana Whitlow, corporate economist at Harbor Mutual Bank. "Hiring is strong."',
    ],
  },
  {
    file: 'meters.md',
    title: 'Prepayment customers stop topping up',
    date: '2022-04-30',
    paragraphs: [
      'Record numbers of prepayment customers in the UK stopped topping up their meters after prices soared, Citizens Advice said.',
      'The energy regulator Tarlgem has previously defended the difference, saying there are higher fixed costs for prepayment meters.',
    ],
  },
  {
    file: 'drillers.md',
    title: 'Oil boss sees little talk with the White House',
    date: '2022-03-09',
    paragraphs: [
      'Producers are not in conversation with the administration about output, according to the industry.',
      'That is the view of Brantwell CEO Mira Lance, who spoke at a conference on Tuesday.',
    ],
  },
  {
    file: 'cyber.md',
    title: 'Regulator eyes tougher cyber rules',
    date: '2022-01-25',
    paragraphs: [
      'Commission chair Lena Harlan wants new standards for brokers and trading platforms.',
      '"All this puts our savings and private information at risk of cyber attacks," Harlan said Monday at the Northgate School of Law’s annual securities institute.',
      'Regulators in Washington, New York and Chicago will weigh tougher cyber rules on Wednesday, Harlan said.',
    ],
  },
  {
    file: 'lira.md',
    title: 'The lira slides again',
    date: '2021-12-21',
    paragraphs: [
      'The lira is so distrusted that more than half of savings in Ostravia are in foreign currencies, according to central bank data.',
      'Finance Minister Amir Tal said the government would protect savers from the central bank’s losses.',
    ],
  },
  {
    file: 'movers.md',
    title: 'Stocks making the biggest moves after hours',
    date: '2022-04-26',
    paragraphs: [
      'Pallas — Shares tumbled 6% after the search company reported earnings of $24.62 per share, below the $25.91 analysts expected.',
      'Tarsis — Short sellers betting against Tarsis have gained $2.3 billion in profits as of Friday, according to S3.',
    ],
  },
]);

describe('a span typed as chat writes it', () => {
  it('reads "10yr" as "10-year", and finds where the yield ended the year', async () => {
    expect(chat('where did the 10yr yield finish')).toContain('10-year');
    expect(chat('a 3 mo bill')).toContain('3-month');
    const ctx = await context();
    expect(snippets(ask(ctx, 'where did the 10yr treasury yield finish 2021'))[0]).toContain('1.51%');
  });
});

describe('a light verb closing a question on someone described by a clause', () => {
  it('is no act to find: "the rioter who sprayed … get" asks the sentence, not who sprayed', async () => {
    const question = 'how much prison time did the rioter who sprayed a fire extinguisher at cops get';
    const read = readQuestion(question, () => false);
    expect(read.predicate).toBeNull();
    // "Prison time" is a span, not a count of "time".
    expect(read.counted).toBeNull();
    const ctx = await context();
    expect(snippets(ask(ctx, question))[0]).toContain('five years in prison');
  });
});

describe('a price asked as a sum', () => {
  it('is told by the sum, though the passage does not write "price"', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'whats the price of the volt hauler'))[0]).toContain('$105,000');
  });
});

describe('words news uses for the words asked', () => {
  it('reads gasoline as gas, hunting as searching, looking after as caring for, foreign money as capital', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much did gasoline prices go up in february'))[0]).toContain('6.6%');
    expect(snippets(ask(ctx, 'how many spacs are still out there hunting for a merger target?'))[0]).toContain(
      '600 SPACs',
    );
    expect(
      snippets(
        ask(ctx, 'how many people couldnt work in early january because they were looking after someone sick'),
      )[0],
    ).toContain('8.7 million');
    const foreign = snippets(ask(ctx, 'what did lan mei tell the forum about foreign money coming into corvania'));
    expect(foreign.join(' ')).toMatch(/capital are welcome|investment from overseas/);
  });

  it('relates an approach to an offer, an allegation to an accusation, a crunch to a crisis', () => {
    expect(relatedTerms(processTerm('approached') as string)).toContain(processTerm('reached'));
    expect(relatedTerms(processTerm('alleging') as string)).toContain(processTerm('accused'));
    expect(relatedTerms(processTerm('crunch') as string)).toContain(processTerm('crisis'));
    expect(relatedTerms(processTerm('sponsored') as string)).toContain(processTerm('introduced'));
    expect(relatedTerms(processTerm('forecasting') as string)).toContain(processTerm('expect'));
    expect(relatedTerms(processTerm('phoned') as string)).toContain(processTerm('called'));
    expect(relatedTerms(processTerm('investigation') as string)).toContain(processTerm('inquiry'));
    expect(relatedTerms(processTerm('release') as string)).toContain(processTerm('issue'));
    expect(relatedTerms(processTerm('stop') as string)).toContain(processTerm('end'));
    expect(relatedTerms(processTerm('sponsor') as string)).toContain(processTerm('sponsorship'));
  });

  it('reads what "goes live" as launched', () => {
    const read = readQuestion('when is the new gateway supposed to go live', () => false);
    expect([read.predicate, ...read.content]).toContain(processTerm('launch'));
  });

  it('reads "h1 2021" as the first half of the year and "xmas eve" as Christmas Eve', () => {
    expect(chat('how much was stolen in h1 2021')).toContain('first half 2021');
    expect(chat('what did they earn in h2?')).toContain('second half');
    expect(chat('is the market open on xmas eve')).toContain('December 24');
    // Not a heading or a code that is no half of a year ("the H1 visa").
    expect(chat('how many h1 visas were issued')).toContain('h1 visas');
  });
});

describe('a government asked by its seat', () => {
  it('is found by its country and capital when no article names the seat', async () => {
    const ctx = await context();
    const found = findName(ctx, { text: 'Kremlin', capitalised: true, acronym: false });
    expect(found?.forms).toEqual([['russia'], ['moscow']]);
  });
});

describe('a role asked by its initials', () => {
  it('is read as the words that spell it, past the small words ("DNI": Director of National Intelligence)', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what does the dni think the nuclear alert was really about');
    expect(answer.notes).toContain('Showing Director of National Intelligence for "DNI".');
    expect(snippets(answer)[0]).toContain('messaging');
  });
});

describe('a "what" question whose words no passage speaks of', () => {
  it('is refused, though the passages name whom it asks about', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what sentence did tomas grell end up getting');
    expect(answer.empty).toBe(true);
  });

  it('is answered when a passage speaks of them', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'what sentence did the delmont man get'))[0]).toContain('five years');
  });
});

describe("a named company's quarterly figure asked with what", () => {
  it('is read in a passage that names a quarter or reports the results, not in another profit', async () => {
    const ctx = await context();
    expect(ask(ctx, "what were tarsis's q4 earnings per share").empty).toBe(true);
    expect(snippets(ask(ctx, 'what were pallas q1 earnings per share'))[0]).toContain('$24.62');
  });
});

describe('the act a question asks about', () => {
  it('is a fall when it asks how much something is "down" over a time', () => {
    const predicate = (q: string) => readQuestion(q, () => false).predicate;
    expect(predicate("how much is the founder's flagship fund down this yr")).toBe(processTerm('fall'));
    expect(predicate('how much is the bank stock down ytd according to the interview')).toBe(processTerm('fall'));
    // A verb's particle is no fall.
    expect(predicate('how much is the bank expected to lose by shutting down its business there?')).not.toBe(
      processTerm('fall'),
    );
  });

  it('is the verb in the past after whom "which" asks for, past an adverb', () => {
    const read = readQuestion('which big tech ceos personally phoned lawmakers to try to kill the bill', () => false);
    expect(read.predicate).toBe(processTerm('phone'));
  });

  it('is met by the words news uses for it ("lucrative": profitable, "total": overall)', () => {
    expect(relatedTerms(processTerm('lucrative') as string)).toContain(processTerm('profitable'));
    expect(relatedTerms(processTerm('total') as string)).toContain(processTerm('overall'));
  });
});

describe('a name shown in title case', () => {
  it('leaves the "s" of a possessive small', () => {
    expect(titleCase("scotland's health minister")).toBe("Scotland's Health Minister");
    expect(titleCase('o’brien’s fund')).toBe('O’brien’s Fund');
  });

  it('shows initials typed in lower case in capitals ("irs": IRS), not a short English word ("fed": Fed)', () => {
    const shown = (text: string) =>
      shownName({
        asked: { text, capitalised: false, acronym: false },
        person: null,
        forms: [],
        articles: new Set(),
        corrected: null,
      });
    expect(shown('irs')).toBe('IRS');
    expect(shown('the fed chair')).toBe('The Fed Chair');
    expect(shown('amc theatres')).toBe('AMC Theatres');
  });
});

describe('a rate asked by its name with what', () => {
  it('is a figure of the country named, in a passage that gives one', async () => {
    const ctx = await context();
    expect(ask(ctx, 'what was uk inflation in january 2022').empty).toBe(true);
  });

  it('is the rate each word names: the headline rate does not answer for the core one', async () => {
    const ctx = await context();
    expect(ask(ctx, 'what was core inflation in february 2022').empty).toBe(true);
    expect(snippets(ask(ctx, 'what was inflation in february 2022'))[0]).toContain('7.9%');
  });
});

describe("chat's shorthand", () => {
  it('is read as the words news writes', () => {
    expect(chat('what did the prez say abt the dept of labor report')).toContain('president');
    expect(chat('what did the prez say abt the dept of labor report')).toContain('department of labor');
    expect(chat('whats the mkt cap of the biz')).toContain('market cap of the business');
    expect(chat('what did the dems and repubs say')).toContain('democrats and republicans');
    expect(chat('how many execs quit')).toContain('executives');
  });

  it('reads sums, fiscal years, ages and slashed words', () => {
    expect(chat('is it approx 5 mil or 2bil')).toContain('approximately 5 million or 2 billion');
    expect(chat('what was eps in fy22')).toContain('fiscal 2022');
    expect(chat('how old is he, 45 yo?')).toContain('45 years old');
    expect(chat('what did the cfo say w/ the results')).toContain('say with the results');
    expect(chat('what about w/o subsidies b/c of the war')).toContain('without subsidies because of the war');
    expect(chat("what did the gov't announce")).toContain('government announce');
  });

  it('leaves the same letters alone where they are a name or part of one ("EST", "Rev. Smith")', () => {
    expect(chat('the call starts at 9 am EST')).toContain('EST');
    expect(chat('what did Rev. Smith say')).toContain('Rev. Smith');
  });
});

describe('someone quoted for a body their own sentence names', () => {
  it('speaks for it ("the Harbor Mutual economist" is who is quoted as its corporate economist)', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did the harbor mutual bank economist say abt jobless claims');
    expect(snippets(answer)[0]).toContain('settled into a normal level');
  });
});

describe('someone asked for by their office', () => {
  it('is a person: a passage naming only the body does not say who', async () => {
    const ctx = await context();
    expect(ask(ctx, 'who is the head of tarlgem and what did they say about prepayment meters?').empty).toBe(true);
  });

  it('is someone named in a passage on that office, not anyone else named beside the body', async () => {
    const ctx = await context();
    expect(ask(ctx, "who is the governor of ostravia's central bank").empty).toBe(true);
  });

  it('is named by the passage on the holder the office resolved to', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "who's the ceo of brantwell"))[0]).toContain('Mira Lance');
  });
});

describe('where someone spoke', () => {
  it('is told by the venue after their words, above a sentence naming other places', () => {
    const question = readQuestion('where was harlan speaking when she floated tougher cyber rules?', () => false);
    const hit = (snippet: string, locations: number) => ({ snippet, locations, kind: 'sentence' }) as unknown as Hit;
    const venue = hit('"It puts savings at risk," Harlan said Monday at the Northgate School of Law.', 0);
    const places = hit('Regulators in Washington, New York and Chicago will weigh tougher cyber rules.', 3);
    expect(typeFit(question, venue)).toBeGreaterThan(typeFit(question, places));
  });
});

describe('a decision told with a verb whose past is its present', () => {
  it('is told as done ("beat estimates by 5 cents", "cut rates")', async () => {
    const { tellsDecision } = await import('../../src/answers/asked-facts.ts');
    expect(
      tellsDecision('The restaurant chain beat estimates by 5 cents a share.', processTerm('beat') as string),
    ).toBe(true);
    expect(tellsDecision('The central bank cut rates by half a point on Thursday.', processTerm('cut') as string)).toBe(
      true,
    );
    // Still not what is only expected.
    expect(tellsDecision('Analysts expect it to beat estimates.', processTerm('beat') as string)).toBe(false);
  });
});

describe('a sentence that opens with another name', () => {
  it('still does past a joining word ("And PepsiCo, …")', async () => {
    const { opensWithName } = await import('../../src/answers/sentence-facts.ts');
    expect(opensWithName('And Quorvex, whose drinks have been sold there since 1970, said it would stay.')).toBe(true);
    expect(opensWithName('Meanwhile, Quorvex said it would stay.')).toBe(true);
    expect(opensWithName('And the company said it would stay.')).toBe(false);
  });
});
