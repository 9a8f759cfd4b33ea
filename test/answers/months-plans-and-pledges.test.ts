import { describe, expect, it } from 'vitest';
import { tooLateFor } from '../../src/answers/asked-time.ts';
import { chatAsWritten, whatIsAsked } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, chat, datedArticles as dated, knowledgeFixture, snippets } from './seed.ts';

// A month typed one letter off, "ex" and bare negations as chat types them, a plan told in the present, a one-day
// act in a month, pay and pledges told in other words, and who someone is by the role beside their own name. Invented articles.
const context = knowledgeFixture('months-plans-and-pledges', [
  {
    file: 'stores.md',
    title: 'Homeware chain to shut dozens of shops',
    date: '2022-01-07',
    paragraphs: [
      'The company confirmed that it will close 41 stores across 17 states next month.',
      'The closures are part of a plan announced last year.',
    ],
  },
  {
    file: 'hikes.md',
    title: 'Former central banker sees few hikes',
    date: '2022-02-03',
    paragraphs: [
      'Dennis Lockwood, the former president of the Denver Fed, said he expects two to three rate increases this year.',
      'Markets now price as many as five.',
    ],
  },
  {
    file: 'wages.md',
    title: 'Prices outrun wages',
    date: '2022-01-15',
    paragraphs: [
      'Average hourly earnings fell 2.4% in December from a year earlier once rising prices are taken into account.',
      'Rent rose for the ninth month in a row.',
    ],
  },
  {
    file: 'gas.md',
    title: 'More gas for Europe',
    date: '2022-04-01',
    paragraphs: [
      'The administration pledged to supply at least 15 billion cubic meters of extra gas to Europe this year.',
      'Europe imports about a third of its gas.',
    ],
  },
  {
    file: 'bell.md',
    title: 'Envoy rings the opening bell',
    date: '2022-02-02',
    paragraphs: [
      'Wen Lia, who has been the consul general of the Rivan consulate since 2019, rang the opening bell on Tuesday.',
      'Tom Barra, who serves as a vice chairman at the exchange, thanked Wen and said it was an honor to host [Wen Lia] again.',
    ],
  },
  {
    file: 'address.md',
    title: 'Oil majors weigh in on the reserve release',
    date: '2022-03-04',
    paragraphs: [
      'A former oil executive said the release would barely move prices.',
      '"The nation will lead that effort, releasing 30 million barrels of oil from the Strategic Reserve. We are prepared to do more united with our allies," President Dalton said during the State of the Union address on Tuesday night.',
    ],
  },
  {
    file: 'vote.md',
    title: 'Prime minister loses a safe seat',
    date: '2021-12-18',
    paragraphs: [
      'The defeat comes in the same week that his own MPs voted against new health measures. Some 87 Conservatives defied the prime minister.',
      'The seat had been held by the party for nearly two centuries.',
    ],
  },
  {
    file: 'tv.md',
    title: 'What to watch this week',
    date: '2022-01-11',
    paragraphs: ['The Tourist: a tense new thriller starring Jamie Dornan.'],
  },
  {
    file: 'jet.md',
    title: 'Fighter jet crashes on carrier deck',
    date: '2022-01-25',
    paragraphs: [
      'The pilot ejected safely before the jet crashed onto the deck of the carrier, the Navy said. Admiral Ray Kohl ordered an inquiry into the landing.',
      'The jet was on a routine training flight.',
      'The jet had flown from a base ashore that morning.',
      'Navy jets resumed flights from the carrier on Tuesday.',
      'The pilot was taken to a hospital ashore.',
      'Another jet landed safely an hour later.',
      'A second pilot watched from the deck.',
      'The jet sank in deep water.',
      'Recovering a jet from that depth is hard.',
      'The pilot had flown for six years.',
    ],
  },
]);

describe('chat as typed', () => {
  it('reads a month one letter off as the month, but not an English word or a name', () => {
    expect(chat('what was the pce number for decmber')).toContain('december');
    expect(chat('sales in febuary')).toContain('february');
    expect(chat('who won the match')).toContain('match');
    expect(
      chatAsWritten(
        'who is augusta',
        (w) => w === 'augusta',
        () => false,
      ),
    ).toContain('augusta');
  });

  it('reads idioms as the verb news writes: dropped out, baked in, tops out, held up as, freaked out', () => {
    expect(whatIsAsked('who was the nominee that dropped out before the vote')).toContain('withdrew');
    expect(whatIsAsked('how big a hike had markets baked in')).toContain('priced in');
    expect(whatIsAsked('where does the rate top out')).toContain('peak');
    expect(whatIsAsked('which carmaker gets held up as a winner')).toContain('seen as');
    expect(whatIsAsked('did the options market freak out')).toContain('panic');
  });

  it('reads "back when" as when, and a claim as what someone said', () => {
    expect(chat('how high did rates go back when volcker started tightening')).toContain('go when volcker');
    expect(chat('did he go back to work')).toContain('go back to work');
    expect(relatedTerms(processTerm('claimed') as string)).toContain(processTerm('said'));
    // Money "pulled in" or "made" is often "raised" (a listing, a bond sale).
    expect(relatedTerms(processTerm('make') as string)).toContain(processTerm('raised'));
  });

  it('reads "ex" before a word as "former", and a bare negation with its apostrophe', () => {
    expect(chat('what does the ex denver fed president think')).toContain('the former denver fed president');
    expect(chat('firms that wont say who owns them')).toContain("won't say");
    expect(chat('why isnt it april 15')).toContain("isn't");
  });
});

describe('a month the articles were written before', () => {
  it('does not bar a plan told in the present', async () => {
    expect(tooLateFor('how many stores is the chain closing in february', true, dated('2022-01-07'))).toBeNull();
    const ctx = await context();
    expect(snippets(ask(ctx, 'how many stores is the homeware chain closing in febuary'))[0]).toContain('41 stores');
  });

  it('does not bar the time up to a day ("before Christmas", "by April 18")', () => {
    const late = dated('2021-12-23');
    expect(tooLateFor('biden claimed store shelves were how full before December 25?', false, late)).toBeNull();
    expect(tooLateFor('how many stores will close by December 31', false, late)).toBeNull();
    expect(tooLateFor('what happened on December 25', false, late)).toMatch(/before December 25\.$/);
  });

  it('bars a one-day act only before its month, and a month of figures until it ends', () => {
    const late = dated('2022-03-27');
    expect(tooLateFor("how big was the fed's rate hike in march 2022?", true, late)).toBeNull();
    expect(tooLateFor("how big was the fed's rate hike in april 2022?", true, late)).toMatch(/before April 2022\.$/);
    expect(tooLateFor('how much did prices rise in march 2022?', true, late)).toMatch(
      /before the end of March 2022\.$/,
    );
  });
});

describe('pay and pledges in other words', () => {
  it('relates a paycheck to earnings and a promise to a pledge', () => {
    expect(relatedTerms(processTerm('paychecks') as string)).toContain(processTerm('earnings'));
    expect(relatedTerms(processTerm('promised') as string)).toContain(processTerm('pledged'));
  });

  it('counts members of a parliament by their party, and reads a rebellion as defiance', async () => {
    expect(relatedTerms(processTerm('rebelled') as string)).toContain(processTerm('defied'));
    const ctx = await context();
    expect(
      snippets(ask(ctx, 'how many tory mps rebelled against the prime minister on the health measures'))[0],
    ).toContain('87 Conservatives');
  });

  it('reads a promise in what someone will do, whatever the verb of promising', async () => {
    const ctx = await context();
    expect(
      snippets(
        ask(
          ctx,
          'How many barrels did Dalton pledge to release from the Strategic Reserve in his State of the Union speech?',
        ),
      )[0],
    ).toContain('30 million barrels');
  });

  it('finds how much pay shrank and how much gas was promised', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'after inflation how much did paychecks shrink in december'))[0]).toContain('2.4%');
    expect(snippets(ask(ctx, 'how much extra gas did the administration promise europe'))[0]).toContain(
      '15 billion cubic meters',
    );
  });
});

describe('who someone is', () => {
  it("is told by the role beside their own name, not by another's role in a sentence naming them", async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'who is wen lia'))[0]).toContain('consul general');
  });
});

describe('a figure asked by a word that only says it is one', () => {
  it('reads "the CPI print" and "the PCE number" as figures, with no word "print" to find', () => {
    const print = readQuestion('what was the december cpi print y/y', () => false);
    expect(print.type).toBe('quantity');
    expect(print.content).not.toContain(processTerm('print'));
    expect(readQuestion('what was the annual pce inflation number for december', () => false).type).toBe('quantity');
    // Not a number to call or text.
    expect(readQuestion('what number do i text to give to the appeal', () => false).type).not.toBe('quantity');
  });
});

describe('a person no article names', () => {
  it('is no answer to who someone was, though another person is named beside the sentence', async () => {
    const ctx = await context();
    const answer = ask(ctx, "what's the name of the pilot who ejected from the jet");
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toContain('No article names who that is');
  });

  it('is not read as another person of the same given name', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did jamie dimon say about how many times the fed will hike this year');
    expect(answer.empty).toBe(true);
    expect(answer.notes.join(' ')).toContain('No article mentions "jamie dimon"');
  });
});
