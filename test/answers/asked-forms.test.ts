import { describe, expect, it } from 'vitest';
import { figureNameTerms } from '../../src/answers/asked-facts.ts';
import { sameByNickname } from '../../src/answers/asked-names.ts';
import { questionType, readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const noNames = () => false;

const context = knowledgeFixture('asked-forms', [
  {
    file: 'plants.md',
    title: 'Carmaker Veltro halts its plants after a supplier is hacked',
    date: '2022-02-28',
    paragraphs: [
      'Veltro will halt all 12 of its plants in Norland on Tuesday after a suspected cyberattack.',
      'Supplier Brask Components said it had been hit by a cyberattack that took down its ordering systems.',
      'Prime Minister Ada Fenn said the government was aware of the Veltro shutdown and was investigating the cause.',
    ],
  },
  {
    file: 'storm.md',
    title: 'Storm to strengthen off the coast',
    date: '2022-01-26',
    paragraphs: [
      'The storm is expected to deepen quickly, a process known as thundergenesis, before it reaches the coast.',
      '"This storm may undergo thundergenesis, meaning its pressure drops sharply within a day," the weather office said.',
    ],
  },
  {
    file: 'deal.md',
    title: 'The Quorra Vale Times Company to buy The Sporting Post',
    date: '2022-01-06',
    paragraphs: [
      'The Quorra Vale Times Company has agreed to buy The Sporting Post in an all-cash deal valued at $550 million.',
      'The Sporting Post has 1.2 million subscribers.',
    ],
  },
  {
    file: 'trial.md',
    title: 'Former banker Tomas Ng goes on trial',
    date: '2022-02-13',
    paragraphs: [
      'Former banker Tomas Ng went on trial on Monday over the looting of a state fund.',
      'The bank paid $2 billion in fines last year for its role in the scheme.',
      'Mr. Ng is accused of receiving $35 million in kickbacks from the scheme.',
    ],
  },
  {
    file: 'ejection.md',
    title: 'Pilot ejects as jet crashes on deck',
    date: '2022-01-24',
    paragraphs: [
      'The pilot of a navy jet ejected as it crashed on the deck of a carrier, the navy said on Monday.',
      'The pilot was rescued by a helicopter and is in stable condition.',
    ],
  },
  {
    file: 'shopfront.md',
    title: 'Van hits shop front',
    date: '2022-01-25',
    paragraphs: [
      'A van crashed into a shop front in the town centre on Tuesday.',
      'The driver, Ana Velez, was taken to hospital with minor injuries.',
    ],
  },
  {
    file: 'closing.md',
    title: 'Prosecutors urge conviction of banker Tomas Ng',
    date: '2022-04-04',
    paragraphs: [
      'Prosecutors urged the jury on Monday to convict Tomas Ng, the former banker accused of taking kickbacks.',
      'When it was time for Mr. Ng’s lawyer to close, he went after the star witness, Piet Hollis. The lawyer, Marc Avery, said Mr. Hollis was a man who “will lie if it suits him.”',
      '“It is a lifetime of lying,” said Mr. Avery.',
    ],
  },
  {
    file: 'variant.md',
    title: 'A subvariant spreads',
    date: '2022-02-17',
    paragraphs: [
      '"As you may know, XB.3 is called the stealth variant," the researcher told reporters.',
      'XB.3 is about 30% to 50% more contagious than the variant before it.',
      'It has been found in 74 countries.',
    ],
  },
  {
    file: 'chips.md',
    title: 'Phone maker posts record quarter',
    date: '2022-01-28',
    paragraphs: [
      '"This quarter was a record for us," chief executive Lena Ward said.',
      '"We saw supply constraints across most of our products," Ward said on Thursday.',
      '"We are proud of our new lineup," Ward said.',
    ],
  },
  {
    file: 'tests.md',
    title: 'Travel tests scrapped',
    date: '2022-01-25',
    paragraphs: [
      'Travel tests for vaccinated arrivals will be scrapped from February, the government said.',
      'On Monday, Rob Penn, chairman of the Clinic and Testing Industry Council, said the council had "backed relaxing restrictions", but warned they were lifted too quickly.',
    ],
  },
  {
    file: 'strike.md',
    title: 'Actors weigh a strike',
    date: '2023-07-11',
    paragraphs: [
      'The actors want higher wages and better residuals as studios struggle to turn a profit.',
      'More than 1,000 actors signed a letter that urged the union not to settle for a lesser deal.',
    ],
  },
  {
    file: 'jobs.md',
    title: 'Employers add jobs in March',
    date: '2022-04-01',
    paragraphs: [
      'The unemployment rate edged down to 3.6% in March from 3.8% the month before.',
      'The jobless rate for women fell to 3.4%.',
    ],
  },
  {
    file: 'exercise.md',
    title: 'Joint drills begin',
    date: '2022-02-10',
    paragraphs: [
      'The joint military drills, called “Steady Shield-2022,” began on Thursday and will end February 20.',
      'The drills are taking place around the country, while the “airfields of Varn, Lodz and Kell are also involved,” the ministry wrote.',
      'Officials in the capital said the Steady Shield drills were a threat.',
    ],
  },
  {
    file: 'jets.md',
    title: 'Forces move to the border',
    date: '2022-02-10',
    paragraphs: [
      'In the weeks before the drills, Norland has poured troops, tanks and advanced fighter jets into the region.',
      'The deployment includes 30,000 troops, fighter jets including the KR-37 and air defense systems, officials said.',
    ],
  },
  {
    file: 'takeover.md',
    title: 'Corvid bids for Splinter',
    date: '2022-02-12',
    paragraphs: [
      'Corvid Systems has made a takeover offer worth more than $20 billion for software maker Splinter, people familiar with the matter said.',
      'Splinter stock rose sharply early in the pandemic but has almost halved since then.',
    ],
  },
  {
    file: 'nominee-a.md',
    title: 'Senators question the nominee',
    date: '2022-02-03',
    paragraphs: [
      '"This is one of the most remarkable cases of confirmation conversion I have seen," ranking Republican Sen. Patrick Voss said of the nominee.',
    ],
  },
  {
    file: 'nominee-b.md',
    title: 'Nominee faces a vote',
    date: '2022-02-18',
    paragraphs: ['"Questions about the revolving door remain unanswered," Sen. Pat Voss said on Friday.'],
  },
  {
    file: 'buildup.md',
    title: 'Vostria begins the main phase of its drills',
    date: '2022-02-10',
    paragraphs: [
      'Vostria has begun the main phase of massive drills beside Norland, despite warnings that its forces massed near the border could be preparing an attack on Norland.',
      'Vostrian units have been spotted a few miles from the border.',
      'Norland’s government has stated that it believes the buildup is meant to put pressure on it through the threat of an attack.',
    ],
  },
]);

describe('questions read by their form', () => {
  it('reads "what does X mean" as what the word stands for, and "anything" as no word to find', () => {
    expect(questionType('what does thundergenesis mean?')).toBe('what');
    expect(questionType('what did the minister mean by that')).toBe('speech');
    expect(readQuestion('did the government say anything about it', noNames).content).not.toContain(
      processTerm('anything'),
    );
  });

  it('reads "which parts maker got hit" as who, asked by the verb after the trade', () => {
    const q = readQuestion('which parts maker got hit by the hack?', noNames);
    expect(q.type).toBe('who');
    expect(q.predicate).toBe(processTerm('hit'));
  });

  it('answers what a government said of an investigation still under way', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'did the government say anything about the veltro shutdown');
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/government was aware of the Veltro shutdown/);
  });

  it('explains a word by the sentence that says what it means', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'what does thundergenesis mean? saw it in the forecast');
    expect(answer.empty).toBe(false);
    expect(snippets(answer).join(' ')).toMatch(/thundergenesis/);
  });

  it("reads a company's initials without its legal suffix", async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how much did the qvt pay to buy the sporting post');
    expect(snippets(answer)[0]).toMatch(/\$550 million/);
  });

  it('names a person by a surname of two letters ("Mr. Ng")', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'How much money is Tomas Ng accused of pocketing from the scheme?');
    expect(snippets(answer)[0]).toMatch(/^Mr\. Ng is accused of receiving \$35 million/);
  });

  it('refuses "who was the pilot" when no passage names anyone, and answers it when one does', async () => {
    const ctx = await context();
    const pilot = ask(ctx, 'who was the pilot that ejected from the navy jet?');
    expect(pilot.empty).toBe(true);
    expect(ask(ctx, "what's the name of the pilot who ejected?").empty).toBe(true);
    const driver = ask(ctx, 'who was the driver that crashed into the shop front?');
    expect(snippets(driver).join(' ')).toMatch(/Ana Velez/);
  });

  it('reads "X\'s lawyer" as the person who holds that office for X, quoted by name', async () => {
    const ctx = await context();
    for (const question of [
      "what did ng's lawyer argue about hollis in closing",
      "what did ng's defence lawyer say about piet hollis",
    ]) {
      const answer = ask(ctx, question);
      expectVerbatim(ctx, answer);
      expect(snippets(answer)[0], question).toMatch(/Marc Avery|Mr\. Avery/);
    }
  });

  it('reads "how much more X" as a comparison told as a share, and no count', async () => {
    expect(readQuestion('how much more transmissible is XB.3?', noNames).counted).toBeNull();
    const answer = ask(await context(), 'how much more transmissible is XB.3 than the variant before it');
    expect(snippets(answer)[0]).toMatch(/30% to 50% more contagious/);
  });

  it('reads a supply "crunch" as constraints, and what "lets up" as easing', async () => {
    const answer = ask(await context(), 'what did lena ward say about the supply crunch letting up');
    expect(snippets(answer)[0]).toMatch(/supply constraints/);
  });

  it('reads a speaker described in plain words as the one quoted whose name and roles hold them', async () => {
    const ctx = await context();
    const answer = ask(ctx, "what did the testing industry's trade council say about scrapping the travel tests?");
    expectVerbatim(ctx, answer);
    expect(snippets(answer)[0]).toMatch(/Rob Penn/);
  });

  it('reads a figure asked by its name (a rate, a fine, the size of a raise) as a number to find', async () => {
    expect(questionType('what was the black unemployment rate in march')).toBe('quantity');
    expect(questionType("whats the fine if you don't fill in the form")).toBe('quantity');
    expect(readQuestion('how big a pay raise are the actors asking for?', noNames).counted).toBe(processTerm('raise'));
    // The articles say the actors want higher wages, never by how much.
    expect(ask(await context(), 'how big a pay raise are the actors asking for?').empty).toBe(true);
  });

  it('wants each word that names the figure asked: the overall rate is not the rate of a group', async () => {
    const ctx = await context();
    expect(ask(ctx, 'what was the black unemployment rate in march').empty).toBe(true);
    expect(snippets(ask(ctx, 'what was the unemployment rate in march'))[0]).toMatch(/3\.6%/);
    // The "jobless" rate is the unemployment rate.
    expect(snippets(ask(ctx, 'what was the jobless rate in march'))[0]).toMatch(/3\.6%/);
  });

  it("reads a margin, a CPI or a yield asked by its name, of a company's too, as a figure named by its words", () => {
    expect(questionType("what was tesla's automotive gross margin in q1 2022?")).toBe('quantity');
    expect(figureNameTerms("what was tesla's automotive gross margin in q1 2022?")).toEqual(['automot', 'gross']);
    expect(questionType('what was core cpi in february')).toBe('quantity');
    expect(figureNameTerms('what was core cpi in february')).toEqual(['core']);
  });

  it('answers "what <things>" first by a passage among the best that names that kind of thing', async () => {
    const answer = ask(await context(), 'what airfields are part of steady shield');
    expect(snippets(answer)[0]).toMatch(/airfields of Varn/);
  });

  it('answers "what model" first by a passage among the best that gives a model code', async () => {
    const answer = ask(await context(), 'wat fighter jet model is norland sending');
    expect(snippets(answer)[0]).toMatch(/KR-37/);
  });

  it('reads "what per-share price" as a sum per share, which a sum for the whole deal does not give', async () => {
    expect(questionType('What per-share price did Corvid offer for Splinter?')).toBe('quantity');
    expect(ask(await context(), 'What per-share price did Corvid offer for Splinter?').empty).toBe(true);
  });

  it('reads a short given name as the full one of the same person ("Pat", "Patrick")', async () => {
    expect(sameByNickname('Pat Voss', 'Patrick Voss')).toBe(true);
    expect(sameByNickname('Pat Voss', 'Pat Voss')).toBe(false);
    expect(sameByNickname('Pat Voss', 'Patrick Moss')).toBe(false);
    const answer = ask(await context(), 'what did sen. pat voss say about the confirmation conversion?');
    expect(snippets(answer)[0]).toMatch(/confirmation conversion/);
  });

  it('answers "does X think …" first by a passage among the best where X speaks', async () => {
    const answer = ask(await context(), 'does norland even think vostria is prepping an attack?');
    expect(snippets(answer)[0]).toMatch(/^Norland’s government has stated/);
  });
});
