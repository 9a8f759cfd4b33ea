import { describe, expect, it } from 'vitest';
import { chatAsWritten, whatIsAsked } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// How chat writes what news writes otherwise: contractions, "u", short months, words of the same thing.
const context = knowledgeFixture('chat-forms', [
  {
    file: 'fed.md',
    title: 'Fed governor on the hike',
    date: '2022-03-18',
    paragraphs: [
      'Fed Governor Ada Kell said on Friday that the central bank may need bigger rate rises soon.',
      '"The data was telling us to go 50, but the war told us to be careful," Kell said. "So I backed the 25-point hike."',
    ],
  },
  {
    file: 'brands.md',
    title: 'Fashion houses leave the market',
    date: '2022-03-05',
    paragraphs: [
      'Several fashion houses have decided to shut their shops in the country.',
      'Ostra, known for its silk scarves, said it would pause its business there. Velour, which owns three labels, has two shops in the country, along with 90 employees.',
      'Maison Brin will close its 124 boutiques in the country from Sunday.',
      // "Velour" is a word of the dictionary too: the article writes it as a name inside a sentence.
      'Analysts expect Velour to follow.',
    ],
  },
  {
    file: 'budget.md',
    title: 'Norland raises defense spending',
    date: '2022-03-05',
    paragraphs: [
      'Norland will spend more on its army, the finance ministry said on Saturday.',
      'Defense spending will rise by 7.1% this year, faster than the 6.8% increase in 2021.',
    ],
  },
  {
    file: 'port.md',
    title: 'Port city locked down',
    date: '2022-03-16',
    paragraphs: [
      'Officials imposed a seven-day lockdown of Harbin Bay, a port city of 17 million people.',
      'The city reported 86 new cases on Tuesday.',
      'The port is vital to the trade of the region.',
    ],
  },
  {
    file: 'gas.md',
    title: 'Gas supplier halts deliveries',
    date: '2022-04-27',
    paragraphs: [
      'On April 26, Gasprom Co informed Polgas of its intention to suspend deliveries from the next morning.',
      'Jeweller Bulgari will close its 30 boutiques in the country, its owner said.',
    ],
  },
  {
    file: 'prices.md',
    title: 'Prices climb again',
    date: '2022-02-16',
    paragraphs: [
      'JANUARY 2022 INFLATION BREAKDOWN: WHERE ARE US PRICES RISING THE FASTEST?',
      'Inflation in the US rose 7.5% in January 2022 from a year ago, the fastest increase since February 1982.',
      'Consumer prices rose 7.9% in the year to February, the highest rate since January 1982.',
    ],
  },
  {
    file: 'influencer.md',
    title: 'Influencer fined',
    date: '2021-12-21',
    paragraphs: [
      'Chinese live-stream shopping influencer Huang Mei, known as Virra, has been hit with a $210 million penalty for tax evasion.',
    ],
  },
  {
    file: 'academy.md',
    title: 'Academy weighs action against actor',
    date: '2022-04-02',
    paragraphs: [
      'Actor Will Smith resigned from the Film Academy on Friday.',
      '"We will continue our disciplinary proceedings against Mr. Smith," the Academy said.',
      'The Academy board will meet on April 18 to decide on any punishment.',
      'While Academy president Dana Roe is not scheduled to attend the April 18 meeting, her deputy will be there.',
    ],
  },
  {
    file: 'jet.md',
    title: 'Fighter jet crashes on carrier deck',
    date: '2022-01-28',
    paragraphs: [
      'The jet hit the deck of the carrier Orla and fell into the sea as its pilot ejected. The pilot and six sailors aboard the carrier were injured.',
    ],
  },
  {
    file: 'coin.md',
    title: 'Coin project sold',
    date: '2022-02-01',
    paragraphs: [
      'The Zeta Association, which runs the coin project, announced the sale of its assets to Brightvale Bank for $182 million.',
      'The EU plans to cut Russian gas imports by two-thirds this year and to end them altogether before 2030.',
    ],
  },
  {
    file: 'tokens.md',
    title: 'Toy maker takes tokens',
    date: '2022-01-15',
    paragraphs: ['Toy maker Lumo now lets people buy its puzzles using Zento tokens, a currency started as a joke.'],
  },
]);

const never = () => false;

describe('the forms chat writes', () => {
  it('reads "why\'d" as "why did", not as the start of a name', async () => {
    expect(chatAsWritten("why'd kell settle for 25", never, never)).toBe('why did kell settle for 25');
    const answer = ask(await context(), "why'd kell settle for a 25 point hike if the data said go 50");
    expect(snippets(answer)[0]).toContain('the war told us to be careful');
  });

  it('reads what is "dropped from" a list as removed from it, not a figure dropping from a level', () => {
    expect(whatIsAsked('is the index provider dropping Russian companies from its benchmarks')).toContain(
      'remove Russian companies from its benchmarks',
    );
    expect(whatIsAsked('why did the stock drop 5% from its high')).toContain('drop 5% from');
  });

  it('reads "subs" as subscribers and money "handed back" as repaid', () => {
    expect(chatAsWritten('how many subs did they have', never, never)).toBe('how many subscribers did they have');
    expect(chatAsWritten('how many sats were lost', never, never)).toBe('how many satellites were lost');
    expect(whatIsAsked('how many traders ended up behind bars')).toBe('how many traders jailed');
    expect(whatIsAsked('what drills are held at the same time as these')).toBe(
      'what drills are held coinciding with these',
    );
    expect(readQuestion('how much does he have to hand back', never).predicate).toBe(processTerm('repay'));
  });

  it('reads someone "pulling" people "out of" a place as withdrawing them from it', () => {
    const q = readQuestion('Is Norland pulling embassy staff out of Velno?', never);
    expect(q.predicate).toBe(processTerm('withdraw'));
    expect(q.core).toMatch(/withdraw embassy staff from Velno/);
  });

  it('reads who is "taking over" as who succeeds, and "now" or "like X" after a plural as asking nothing more', () => {
    const q = readQuestion("who is taking over mira's players like tomas now", never);
    expect(q.predicate).toBe(processTerm('succeed'));
    expect(q.content).not.toContain(processTerm('like'));
    expect(q.content).not.toContain(processTerm('now'));
    // "Like" as a verb stays.
    expect(readQuestion('do people like the plan', never).predicate).toBe(processTerm('like'));
  });

  it('reads chat\'s opening words, "ukr", "total X" and "once the X are over" as news writes them', () => {
    expect(readQuestion('wait who is peskof', never).type).toBe('whois');
    expect(readQuestion('ok so when do they end', never).type).toBe('when');
    const total = readQuestion('total russian troops near ukr border?', never);
    expect(total.type).toBe('quantity');
    expect(total.core).toMatch(/ukraine/);
    expect(readQuestion('what happens once the exercises are over', never).core).toMatch(/exercises end/);
    // "Wait" that is the question's own verb stays.
    expect(readQuestion('how long will they wait', never).core).toMatch(/wait/);
  });

  it('reads a leading clause typed without its comma before a question word', () => {
    expect(readQuestion('before march 2022 when was the last time the bank raised rates', never).type).toBe('when');
  });

  it('reads "u" as "you", "r" as "are"', async () => {
    expect(chatAsWritten('what r u able to buy', never, never)).toBe('what are you able to buy');
    // A holiday on a fixed date is that date, as news writes it.
    expect(chatAsWritten('r the drills starting on valentines day', never, never)).toBe(
      'are the drills starting on February 14',
    );
    expect(chatAsWritten("what happened on new year's eve", never, never)).toBe('what happened on December 31');
    // "may" is the month after a possessive or a word of time, or before a day; the verb elsewhere.
    expect(chatAsWritten("how big was the fed's may rate hike", never, never)).toBe(
      "how big was the fed's May rate hike",
    );
    expect(chatAsWritten('what happened on may 4', never, never)).toBe('what happened on May 4');
    expect(chatAsWritten('prices may rise in may', never, never)).toBe('prices may rise in May');
    // "sat" is a satellite only before pictures; "acc to" attributes; "supposed to" is what is planned, a future
    // with no word of its own to find ("meant" would be one).
    expect(chatAsWritten('when were the sat pics taken', never, never)).toBe('when were the satellite pictures taken');
    expect(chatAsWritten('who sat on the panel', never, never)).toBe('who sat on the panel');
    expect(chatAsWritten('what are they supposed to defend acc to the ministry', never, never)).toBe(
      'what are they going to defend according to the ministry',
    );
    expect(readQuestion('how long are the war games supposed to last', never).content).not.toContain('meant');
    // Whether a figure went "up or down" asks whether it changed, whichever way.
    expect(chatAsWritten('did tablet sales go up or down last quarter', never, never)).toBe(
      'did tablet sales change last quarter',
    );
    // Whoever "went ahead with" something proceeded with it.
    expect(chatAsWritten('did they go ahead with the main phase of the drills', never, never)).toBe(
      'did they proceed with the main phase of the drills',
    );
    // Refugees a country "let in" it took in.
    expect(chatAsWritten('how many refugees has the country let in', never, never)).toBe(
      'how many refugees has the country take in',
    );
    // Who runs something "for now" runs it on an interim basis, as news writes it.
    expect(chatAsWritten("who's running the network for now", never, never)).toBe(
      'who is running the network on an interim basis',
    );
    const answer = ask(await context(), 'what can u buy from lumo with zento tokens');
    expect(snippets(answer)[0]).toContain('buy its puzzles');
  });

  it('reads a short month beside a year, a day or a word of time as the month', () => {
    expect(chatAsWritten('inflation in jan 2022 and the dec 12 meeting', never, never)).toBe(
      'inflation in january 2022 and the december 12 meeting',
    );
    expect(chatAsWritten('did he speed up the taper in dec', never, never)).toBe(
      'did he speed up the taper in december',
    );
    // Not where it may be another word.
    expect(chatAsWritten('did it mar the record', never, never)).toBe('did it mar the record');
    expect(readQuestion('how hot was inflation in nov 2021', never).time).toContain('november');
  });

  it('reads a city "locked down" as under a lockdown, and how long it lasted as a measure known from its start', async () => {
    expect(relatedTerms(processTerm('lock') as string)).toContain('lockdown');
    // Asked in March over an article of mid-March: a lockdown's length is known when it is imposed.
    const answer = ask(await context(), 'how long did officials lock down harbin bay for in march');
    expect(snippets(answer)[0]).toContain('seven-day lockdown');
  });

  it("counts a fashion house's boutiques as its stores", async () => {
    const answer = ask(await context(), 'How many stores is Maison Brin closing?');
    expect(snippets(answer)[0]).toContain('124 boutiques');
  });

  it('refuses a count for one company given by a sentence on another, though in the same paragraph', async () => {
    expect(snippets(ask(await context(), 'how many shops does Ostra have in the country'))).toEqual([]);
    expect(snippets(ask(await context(), 'how many shops does Velour have in the country'))[0]).toContain('two shops');
  });

  it('reads a sentence opening with a word news writes in lower case as on the country named before, in the year asked', async () => {
    // "Defense spending …" names no other body; "this year" is 2022 in an article of 2022, and 2021 is only compared.
    const answer = ask(await context(), 'How much is Norland increasing its defense budget in 2022?');
    expect(snippets(answer)[0]).toMatch(/^Defense spending will rise by 7\.1% this year/);
  });

  it('leaves a word of the large word list as written, though no article uses it ("viral" is not "vital")', async () => {
    const answer = ask(await context(), 'how many people live in the viral port city');
    expect(answer.notes.join(' ')).not.toContain('Reading "vital"');
  });

  it('reads "go" as light outside a "where" question', () => {
    expect(readQuestion('how low did the shares go on monday', never).content).not.toContain(processTerm('go'));
    expect(readQuestion('where is kell going after the meeting', never).content).toContain(processTerm('go'));
  });

  it('refuses a question about a country no article names, though its other names are found', async () => {
    const answer = ask(await context(), 'when did gasprom co stop gas deliveries to bulgaria');
    expect(snippets(answer)).toEqual([]);
    // Not read as a misspelling of the jeweller.
    expect(answer.notes[0]).toBe('No article mentions "bulgaria".');
    expect(snippets(ask(await context(), 'when did gasprom co stop gas deliveries to polgas'))[0]).toContain(
      'April 26',
    );
  });

  it('ranks a sentence that asks below one that states', async () => {
    const answer = ask(await context(), 'what was inflation for january 2022?');
    expect(snippets(answer)[0]).toContain('rose 7.5% in January');
  });

  it('reads a year a sentence compares with as no time of the sentence ("the highest since 1982")', async () => {
    const answer = ask(await context(), 'How much did consumer prices rise in the year to February 2022?');
    expect(snippets(answer)[0]).toContain('7.9%');
  });

  it('reads a lower-case nationality before a noun as a description, not a name no article writes', async () => {
    const answer = ask(await context(), 'how much was the chinese livestreamer vrira fined for tax evasion');
    expect(snippets(answer)[0]).toContain('$210 million penalty');
  });

  it('reads a lower-case "will" that opens a name found as no future ("did the academy give will smith")', async () => {
    const answer = ask(
      await context(),
      'what punishment did the academy give will smith at its april 18 board meeting',
    );
    expect(snippets(answer)).toEqual([]);
    expect(answer.notes[0]).toMatch(/No article can say that yet/);
  });

  it('reads "which region" and "which area" as asking where', () => {
    expect(readQuestion('Which region of the country had the highest inflation?', never).type).toBe('where');
    expect(readQuestion('which areas were hit hardest by the storm', never).type).toBe('where');
  });

  it('reads who bought something as the one it was sold to', async () => {
    expect(relatedTerms(processTerm('bought') as string)).toContain(processTerm('sale'));
    const answer = ask(await context(), 'who bought the assets of the zeta coin project');
    expect(snippets(answer)[0]).toContain('Brightvale Bank');
  });

  it('counts the people who "got hurt" as sailors injured, and searches the clause that says when', async () => {
    expect(readQuestion('how many ppl got hurt when the jet crashed', never).counted).toBe(processTerm('people'));
    expect(readQuestion('how many ppl got hurt when the jet crashed on the carrier', never).core).toContain('carrier');
    const answer = ask(await context(), 'how many ppl got hurt when the jet crashed on the carrier');
    expect(snippets(answer)[0]).toContain('six sailors');
  });

  it('reads no name in a remark after the question, nor in the asker\'s "I"', async () => {
    const q = readQuestion("When does the EU want to stop importing Russian gas? I've seen different years", never);
    expect(q.names.map((n) => n.text)).not.toContain("I've");
    const answer = ask(
      await context(),
      "When does the EU want to stop importing Russian gas completely? I've seen different years",
    );
    expect(snippets(answer)[0]).toContain('before 2030');
  });

  it('reads someone "present at" an event as attending it', async () => {
    expect(readQuestion('will dana roe be present at the meeting', never).predicate).toBe(processTerm('attend'));
    const answer = ask(await context(), 'Is Dana Roe going to be present at the board meeting?');
    expect(snippets(answer)[0]).toContain('not scheduled to attend');
  });

  it('reads exercises "staged" as held, but "stage" alone as the noun', () => {
    expect(readQuestion('where else is the army staging exercises', never).content).toContain(processTerm('holding'));
    expect(readQuestion('what stage is the buildup at', never).content).toContain(processTerm('stage'));
  });

  it('reads waters "closed off" as blocked, and a blockage or blockade as blocking', () => {
    expect(readQuestion('which waters did kell say the navy was closing off', never).content).toContain('block');
    expect(relatedTerms('block')).toEqual(expect.arrayContaining([processTerm('blockage'), processTerm('blockade')]));
  });

  it('reads someone "kicked out" as expelled, which news writes discharged or dismissed', () => {
    const q = readQuestion('how many cadets has the academy kicked out so far', never);
    expect(q.predicate).toBe(processTerm('expel'));
    expect(relatedTerms(processTerm('expel') as string)).toEqual(
      expect.arrayContaining([processTerm('discharged'), processTerm('dismissed')]),
    );
  });

  it('reads weapons as the kinds news names: missiles, jets, tanks', () => {
    expect(relatedTerms(processTerm('weapons') as string)).toEqual(
      expect.arrayContaining([processTerm('missiles'), processTerm('jets'), processTerm('tanks')]),
    );
  });

  it("reads countries' relationship as what news calls them: allies, partners", () => {
    expect(relatedTerms(processTerm('relationship') as string)).toEqual(
      expect.arrayContaining([processTerm('ally'), processTerm('partner')]),
    );
  });

  it('reads who "compared" something to another as who called it that', () => {
    expect(relatedTerms(processTerm('compared') as string)).toEqual(expect.arrayContaining([processTerm('called')]));
  });
});
