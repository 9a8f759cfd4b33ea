import { describe, expect, it } from 'vitest';
import { figureNameTerms } from '../../src/answers/asked-facts.ts';
import { findName } from '../../src/answers/asked-names.ts';
import { chatAsWritten } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A name clipped to the starts of its words, people asked by an office only a person holds, the effort someone is
// "working on", and a plural in "-sses" one letter from a name. Invented articles.
const context = knowledgeFixture('clipped-names-and-people', [
  {
    file: 'movers.md',
    title: 'Stocks making the biggest moves',
    date: '2022-01-25',
    paragraphs: [
      'Norland Electric — Shares slipped 2% after the conglomerate reported 92 cents in adjusted earnings per share on $20.3 billion in revenue.',
      'Atlantic Charter — The card issuer gained 8.9% after it beat estimates for the fourth quarter. The payments company earned $2.18 per share on $12.15 billion in revenue.',
      'Xerith — The printer maker made $1.78 billion in revenue, short of forecasts.',
      'Voltra — The electric vehicle company’s stock sank 12% after hours as it missed estimates for the quarter.',
      'Orbis and Quell are scheduled to post their latest quarterly revenue figures after the close.',
    ],
  },
  {
    file: 'relief.md',
    title: 'Lawmakers weigh more relief for small firms',
    date: '2022-01-06',
    paragraphs: [
      'A bipartisan group of lawmakers has started exploring another round of relief for small businesses as the omicron variant spreads, Fox Business reported.',
      'Sens. Ann Corbel and Walter Dunmore have spearheaded an effort to provide small businesses with additional federal aid, a person familiar with the matter said.',
      'Any spending plan faces an uphill battle in the narrowly divided Senate, where Republicans previously sank efforts to give small businesses more aid.',
    ],
  },
  {
    file: 'pay.md',
    title: 'Grocery workers feel the squeeze',
    date: '2022-02-12',
    paragraphs: [
      'Dan Ruiz works at a store owned by the grocery giant Marlow.',
      'In 2020 the income he was paid for his side job — roughly $500 a month — was more reliable than his wages at Marlow.',
      'Many workers said their hours were cut last year, the Retail CEO Forum said.',
      'Marlow has one of the starkest gaps between pay at the top and at the bottom. The average C.E.O.-to-worker pay ratio is 299 to 1.',
      'Tina Vale, Marlow’s chief executive since 2014, earned $22.4 million in 2020, while the median employee earned $24,617. The pay ratio is 909 to 1.',
    ],
  },
  {
    file: 'bank.md',
    title: 'Bank chief shrugs off Russia exposure',
    date: '2022-04-04',
    paragraphs: [
      'The chief executive wrote his annual letter to shareholders on Monday, from the bank’s UK offices.',
      'He said he is not worried about the direct exposure of QBMorgan Trust to Moscow, though the lender stands to lose about $1 billion over time from its businesses in Russia.',
    ],
  },
  {
    file: 'fuel.md',
    title: 'Drivers overcharged at the pumps, says motoring group',
    date: '2022-01-06',
    paragraphs: [
      'Drivers were overcharged by £5m a day in December as retailers kept petrol prices high, the RAC said.',
      'Wholesale prices had fallen sharply since November.',
    ],
  },
  {
    file: 'media.md',
    title: 'Independent media go dark in Norvania',
    date: '2022-03-04',
    paragraphs: [
      'The new media law prompted several independent media outlets to shut down their operations.',
      'The government has for years been squeezing the free press.',
      'As the law passed, the two remaining independent broadcasters, Radio Zvon and TV Lumen, shut down their operations.',
    ],
  },
  {
    file: 'sanctions.md',
    title: 'Norland targets two more oligarchs',
    date: '2022-03-04',
    paragraphs: [
      'Norland has announced sanctions on two more oligarchs following the invasion.',
      'One of them had sponsorship ties with a football club.',
      'The other was formerly a deputy prime minister.',
      'Their assets will be frozen and they will be banned from travelling to Norland.',
      'Foreign Minister Ada Brandt said: “We won’t stop here - our aim is to cripple the economy and starve the war machine.”',
    ],
  },
]);

/** A question read as chat is written, in a knowledge with no names. */
function readChat(text: string) {
  return readQuestion(
    chatAsWritten(
      text,
      () => false,
      () => false,
    ),
    () => false,
  );
}

describe('a name clipped to the starts of its words', () => {
  it('finds the one name of the knowledge whose words start so, and answers from its paragraph', async () => {
    const ctx = await context();
    const found = findName(ctx, { text: 'atch', capitalised: false, acronym: false });
    expect(found?.forms).toEqual([['atlantic', 'charter']]);
    const answer = ask(ctx, 'how much did atch make in revenue last quarter');
    expect(answer.notes).toContain('Showing Atlantic Charter for "atch".');
    expect(snippets(answer)[0]).toContain('$12.15 billion');
  });

  it('does not clip a name from letters that are not the starts of its words', async () => {
    const ctx = await context();
    expect(findName(ctx, { text: 'arch', capitalised: false, acronym: false })).toBeNull();
  });
});

describe('people asked by an office only a person holds', () => {
  it('answers "which senators" with the passage that names them, not a body or a group', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'which senators are working on another round of aid for small businesses?');
    expect(answer.empty).toBe(false);
    expect(snippets(answer)[0]).toContain('Ann Corbel');
    // "businesses" is no possessive of the name "Business" one letter away.
    expect(answer.notes.join(' ')).not.toContain('Business');
  });
});

describe("a figure of someone's office holder", () => {
  it('answers first from the passage that names the office of the one asked ("Marlow\'s chief executive")', async () => {
    const ctx = await context();
    const answer = ask(ctx, "how much was marlow's ceo paid in 2020");
    expect(snippets(answer)[0]).toContain('$22.4 million');
  });
});

describe('a count asked', () => {
  it('is no share: "how many vehicles" is not answered by a vehicle maker\'s fall of 12%', async () => {
    const ctx = await context();
    expect(ask(ctx, 'how many vehicles does voltra expect to build this year').empty).toBe(true);
  });
});

describe('a question in lower case with the month of May', () => {
  it('still reads its lower-case names, though "may" is written as the month', () => {
    const isName = (w: string) => ['jim', 'bianco', 'jim bianco'].includes(w);
    const text = chatAsWritten('what size rate hike does jim bianco see at the may fomc', isName, () => false);
    expect(text).toContain('May');
    expect(readQuestion(text, isName).names.map((n) => n.text)).toContain('jim bianco');
  });

  it('takes "what size" as the size asked, no word of the figure\'s name', () => {
    expect(figureNameTerms('what size rate hike does the fed see')).toEqual([]);
    expect(figureNameTerms('what was the black unemployment rate')).toEqual(
      ['black', 'unemployment'].map((w) => processTerm(w)),
    );
  });
});

describe("a named company's figure asked with what", () => {
  it('is read in a paragraph that names the company, not in its neighbour on another company', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, "What was Xerith's revenue for the quarter?"))[0]).toContain('$1.78 billion');
    expect(ask(ctx, "What was Voltra's revenue for the quarter?").empty).toBe(true);
    // A paragraph on the company that gives no number gives no figure of it.
    expect(ask(ctx, 'What did Orbis report for quarterly revenue?').empty).toBe(true);
  });
});

describe('a company typed by the capitals of its name', () => {
  it('finds "QBMorgan" from "qbm", and reads what it "stands to lose" as what it could lose', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how much does qbm stand to lose from its russia business');
    expect(snippets(answer)[0]).toContain('$1 billion');
    expect(readChat('how much does the bank stand to lose').predicate).toBe(processTerm('lose'));
  });
});

describe('the thing counted', () => {
  it('ends at a short past tense ("how many people died when …" counts people, not what follows)', () => {
    const read = readQuestion('how many people died when the airstrike hit the detention center', () => false);
    expect(read.counted).toBe(processTerm('people'));
  });
});

describe("a country's people", () => {
  it('are asked with the country ("UK motorists") that its own press leaves out', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'How much were UK motorists overpaying for petrol each day, according to the RAC?');
    expect(snippets(answer)[0]).toContain('£5m a day');
  });
});

describe('money forked over', () => {
  it('is paid', () => {
    expect(readChat('how much have importers forked over for tariffs').predicate).toBe(processTerm('paid'));
  });
});

describe('bodies asked for by their kind', () => {
  it('are answered first by the passage that names them ("which independent broadcasters shut down")', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'Which independent media outlets shut down their operations after the law?');
    expect(snippets(answer)[0]).toContain('Radio Zvon');
  });
});

describe("someone's words on the subject of their article", () => {
  it('answer what they said about what the opening paragraph names, though their quotation does not repeat it', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what did ada brandt say abt the new sanctions');
    expect(snippets(answer)[0]).toContain('We won’t stop here');
  });
});
