import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search.ts';
import { expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('outcome', [
  {
    file: 'retailer.md',
    title: 'Two bidders circle a department store chain',
    date: '2022-02-10',
    paragraphs: [
      'Two investment groups have made offers to buy the Harwick department store chain, and its board will weigh the bids next week.',
      'The regulator has launched a criminal investigation into the sale of Harwick shares by its directors.',
      'Analysts said the chain could fetch about $9 billion.',
    ],
  },
  {
    file: 'grocer.md',
    title: 'Grocer sold',
    date: '2022-02-11',
    paragraphs: [
      'Lindqvist Foods bought the Marrow grocery chain for $2 billion on Friday, ending a month-long auction.',
      'An inquiry into the Marrow auction concluded that no bidder had been misled.',
    ],
  },
  {
    file: 'regatta.md',
    title: 'Sailing league plans a new format',
    date: '2022-03-27',
    paragraphs: [
      'The league announced the plan ahead of its season finale in Portmore, which will culminate with Sunday’s winner-take-all race.',
      'The league features top sailors, including Olympic gold medal winners.',
      'Skipper Ana Ruiz won the Portmore opening race on Saturday.',
    ],
  },
  {
    file: 'fund-january.md',
    title: 'Hedge fund gains in January',
    date: '2022-02-03',
    paragraphs: ["Hedge fund Orla Capital's flagship fund gained 4.7% despite the rout, a person familiar said."],
  },
  {
    file: 'fund-april.md',
    title: 'Hedge fund rallies',
    date: '2022-05-02',
    paragraphs: ["Orla Capital's flagship fund rallied 7.5% last month, a person familiar said."],
  },
  {
    file: 'bank.md',
    title: 'Central bank raises rates',
    date: '2022-02-03',
    paragraphs: [
      'The Central Bank of Norland raised interest rates to 0.5% on Thursday, its second rise in three months.',
      'Annual inflation in Norland rose to 5.4% in December, the statistics office said.',
      'Policymakers see the key rate rising to 1.5% over time.',
    ],
  },
  {
    file: 'drummer.md',
    title: 'Drummer dies on tour',
    date: '2022-03-26',
    paragraphs: [
      'The drummer Lou Varga died on Friday in a hotel in Bogota, his band said.',
      'The cause of death was not disclosed.',
      'Captured fans were taken to hospital, the statement said, adding that the "fate of the others is unknown."',
    ],
  },
  {
    file: 'trial.md',
    title: 'Socialite convicted',
    date: '2022-01-17',
    paragraphs: [
      'Mara Lind, 60, faces up to 40 years in prison after a jury found her guilty last month of fraud.',
      'A witness testified that Lind set up the meetings.',
    ],
  },
  {
    file: 'open.md',
    title: 'Tennis star wins his visa appeal',
    date: '2022-01-10',
    paragraphs: [
      "The ruling keeps alive Ivo Kral's chances of winning a record title at the Coral Open, which kicks off on January 17.",
      'Kral could win again. That is a real possibility -- Kral has won the Coral Open nine times before.',
    ],
  },
]);

describe('questions about an outcome or a time the articles predate', () => {
  it('refuses what a passage on it says is not known, and says so', async () => {
    const a = searchAnswer(await context(), { question: "what was lou varga's cause of death", limit: 3 });
    expect(snippets(a)).toEqual([]);
    expect(a.notes[0]).toMatch(/not known: "The cause of death was not disclosed\."/);
    // Something else not known in the same sentence leaves the question answered.
    const b = searchAnswer(await context(), { question: 'where were the fans taken', limit: 3 });
    expect(snippets(b)[0]).toMatch(/taken to hospital/);
  });

  it('refuses "ended up" when the best passage still awaits the outcome, and answers when it is told', async () => {
    const ctx = await context();
    const pending = searchAnswer(ctx, { question: 'Which bidder ended up buying Harwick?', limit: 3 });
    expect(pending.empty).toBe(true);
    expect(pending.notes.join(' ')).toMatch(/how it turned out/);
    const settled = searchAnswer(ctx, { question: 'Who ended up buying Marrow?', limit: 3 });
    expectVerbatim(ctx, settled);
    expect(snippets(settled)[0]).toMatch(/^Lindqvist Foods bought the Marrow grocery chain/);
  });

  it('refuses what happened in a month after the articles, and a figure for it', async () => {
    const ctx = await context();
    const meeting = searchAnswer(ctx, {
      question: 'Did the Central Bank of Norland raise interest rates again at its March 2022 meeting?',
    });
    expect(meeting.empty).toBe(true);
    expect(meeting.notes.join(' ')).toMatch(/No article can say that yet/);
    const rate = searchAnswer(ctx, { question: 'What was the inflation rate in Norland for March 2022?' });
    expect(rate.empty).toBe(true);
    // "The June inflation report" gives June's figures, published once June is over.
    const report = searchAnswer(ctx, { question: 'What did prices in Norland do in the June inflation report?' });
    expect(report.empty).toBe(true);
    expect(report.notes.join(' ')).toMatch(/No article can say that yet/);
    // The month it reports is answered.
    const december = searchAnswer(ctx, { question: 'What was the inflation rate in Norland for December?' });
    expect(snippets(december)[0]).toMatch(/rose to 5\.4% in December/);
  });

  it('refuses what an investigation concluded while it is only launched, and answers a finding told', async () => {
    const ctx = await context();
    const launched = searchAnswer(ctx, { question: "What did the regulator's investigation into Harwick conclude?" });
    expect(launched.empty).toBe(true);
    const found = searchAnswer(ctx, { question: 'What did the inquiry into the Marrow auction conclude?' });
    expect(snippets(found)[0]).toMatch(/concluded that no bidder had been misled/);
  });

  it("refuses a quarter's figure before the quarter ends, and a later year that no sentence names", async () => {
    const ctx = await context();
    const quarter = searchAnswer(ctx, {
      question: 'What was the inflation rate in Norland in the first quarter of 2022?',
    });
    expect(quarter.empty).toBe(true);
    expect(quarter.notes.join(' ')).toMatch(/before the end of Q1 2022/);
    const later = searchAnswer(ctx, { question: 'Where do Norland policymakers see the key rate at the end of 2025?' });
    expect(later.empty).toBe(true);
    // This year's sentence answers for this year.
    const now = searchAnswer(ctx, { question: 'Where do Norland policymakers see the key rate in 2022?' });
    expect(snippets(now)[0]).toMatch(/rising to 1\.5%/);
  });

  it('refuses "who won" when the best passage is from before the contest, and answers when it is told', async () => {
    const ctx = await context();
    const finale = searchAnswer(ctx, { question: 'who won the season finale in portmore', limit: 3 });
    expect(finale.empty).toBe(true);
    expect(finale.notes.join(' ')).toMatch(/how it turned out/);
    const opening = searchAnswer(ctx, { question: 'who won the opening race in portmore', limit: 3 });
    expect(snippets(opening)[0]).toContain('Ana Ruiz won');
  });

  it('refuses an outcome the articles only look ahead to, and never answers it with a passage on something else', async () => {
    const ctx = await context();
    // Facing a sentence is no sentence given; a witness's words say nothing of it.
    const sentence = searchAnswer(ctx, { question: 'What prison sentence was Mara Lind eventually given?', limit: 3 });
    expect(sentence.empty).toBe(true);
    // A possibility and past wins are no winner of this year's contest.
    const open = searchAnswer(ctx, { question: "Who won the men's singles at the 2022 Coral Open?", limit: 3 });
    expect(open.empty).toBe(true);
    const again = searchAnswer(ctx, { question: 'Did Ivo Kral go on to win the 2022 Coral Open?', limit: 3 });
    expect(again.empty).toBe(true);
  });

  it('reads "how did X do in February" as a figure for the month, and "last month" from the article\'s date', async () => {
    const ctx = await context();
    // Written on February 3: too early for February.
    const february = searchAnswer(ctx, { question: "How did Orla Capital's flagship fund do in February?", limit: 3 });
    expect(february.empty).toBe(true);
    // "Last month" in an article of May is April, not March.
    const march = searchAnswer(ctx, { question: "how much did orla capital's flagship fund make in march", limit: 3 });
    expect(snippets(march).join(' ')).not.toContain('7.5%');
    const april = searchAnswer(ctx, { question: "how much did orla capital's flagship fund make in april", limit: 3 });
    expect(snippets(april)[0]).toContain('7.5%');
  });
});

describe('an outcome asked of someone named', () => {
  const outcomeOf = knowledgeFixture('outcome-of-named', [
    {
      file: 'lumen.md',
      title: 'Workers at Lumen store in Midtown file to unionize',
      date: '2022-01-23',
      paragraphs: [
        'Workers at the Lumen outdoor store in Midtown filed on Friday to hold a union election.',
        'Organizers said support was strong among the staff of about 115.',
        'In December, workers at two Brewco coffee shops in Buffalo voted to unionize, a first for the chain.',
        'The Lumen employees have asked for voluntary recognition of their union, which would make a vote unnecessary.',
      ],
    },
  ]);

  it("is not answered by another's vote told in the same article", async () => {
    const answer = searchAnswer(await outcomeOf(), {
      question: 'did the lumen midtown workers win their union vote?',
      limit: 3,
    });
    expect(snippets(answer).join(' ')).not.toMatch(/Brewco/);
  });

  it('leaves a question that names only countries to the other checks', async () => {
    const { seedContext } = await import('./seed.ts');
    const answer = searchAnswer(await seedContext(), { question: 'did belarus agree to host the drills?', limit: 3 });
    expect(answer.notes.join(' ')).not.toMatch(/for the one asked about/);
  });
});
