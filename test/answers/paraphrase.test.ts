import { describe, expect, it } from 'vitest';
import { awaitsOutcome } from '../../src/answers/asked-facts.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, seedContext, snippets } from './seed.ts';

// A reader's words for what news says otherwise: each question shares few words with its answer.
const context = knowledgeFixture('paraphrase', [
  {
    file: 'lumo.md',
    title: 'Lumo leaves the market',
    date: '2022-03-04',
    paragraphs: [
      'Lumo, the furniture chain, halted trading in the country, affecting 17 stores.',
      'The watchdog wants to curb hidden fees, its director said on Monday.',
      'Lenders group head Ben Ortiz called the effort "pure theater at its worst."',
      'Lumo has further supported its stock by repurchasing a record $27 billion of its own shares in 2021.',
      'At full capacity, the new Lumo plant will produce 500,000 chairs a year.',
    ],
  },
  {
    file: 'airline.md',
    title: 'Airlines and the war risk',
    date: '2022-02-14',
    paragraphs: [
      'Several airlines have stopped flying to the capital.',
      'Skyway\'s chief executive Sean Doyle said last week: "It is important not to panic."',
      'According to the Spring rights centre, 726 people were detained over the protests.',
      'Hundreds of people took to the streets on Sunday in 15 cities, and police arrested protesters.',
    ],
  },
  {
    file: 'market.md',
    title: 'A city near the border',
    date: '2022-02-15',
    paragraphs: [
      'Dornet, the second city, lies just 26 miles (46km) from the border.',
      'Across town is the huge market of Velka.',
      'It is the biggest market in the region, with 15,000 shops and 60,000 employees.',
      'State enterprises JSC Tarn Plant and JSC Integra are included in the sanctions.',
    ],
  },
  {
    file: 'camps.md',
    title: 'Camps near the border',
    date: '2022-02-10',
    paragraphs: [
      'Officials will provide more details of the talks on Friday, the ministry said.',
      'Satellite images, taken Saturday, by technology company Orbis showed camps being set up close to the border.',
      'Spokesman Ivan Dorn said both countries face "unprecedented threats" from the alliance.',
      'The Harbour Format is a four-way conversation between representatives from Poland, Germany, Japan and Canada.',
      'Polish Foreign Minister Eva Holm said on Thursday that the countries of the Harbour Format would meet again soon in Warsaw.',
      'Over 50 crypto firms have been sent notices by the regulator this year.',
      'Just 33 crypto firms have been approved so far.',
    ],
  },
  {
    file: 'holdings.md',
    title: 'Ardent Holdings lifts its oil bets',
    date: '2022-04-30',
    paragraphs: [
      'Ardent Holdings reported a drop in earnings on Saturday.',
      'Ardent’s Korvel Oil investment was worth $25.9 billion at the end of March, up from $4.5 billion in December.',
      'Valdora, which relies on Korvel Oil for more than 90% of its gas supply, said it had found other sources.',
      'Korvel Oil also sells gas to Ostland.',
    ],
  },
]);

describe('a stake and a dependence told otherwise', () => {
  it('reads a stake as an investment, depending as relying', async () => {
    expect(relatedTerms(processTerm('stake') as string)).toContain(processTerm('investment'));
    expect(relatedTerms(processTerm('dependent') as string)).toContain(processTerm('relies'));
    const ctx = await context();
    expect(snippets(ask(ctx, "how much is ardent's korvel oil stake worth now"))[0]).toContain('$25.9 billion');
    expect(snippets(ask(ctx, 'How dependent is Valdora on Korvel Oil gas?'))[0]).toContain('relies on Korvel Oil');
  });
});

describe('what a reader says otherwise', () => {
  it('reads a remark after the question as no part of it', () => {
    const q = readQuestion(
      'roughly how much is the fund up on paper? the ledger seems to give a couple of different numbers',
      () => false,
    );
    expect(q.counted).toBeNull();
    expect(q.content).not.toContain(processTerm('couple'));
  });

  it('counts shops as stores', async () => {
    expect(relatedTerms(processTerm('shops') as string)).toContain(processTerm('stores'));
    // Other words news writes for a question's: a weekend by its days, a budget by what is spent, an owner.
    expect(relatedTerms(processTerm('weekend') as string)).toContain(processTerm('Sunday'));
    expect(relatedTerms(processTerm('budget') as string)).toContain(processTerm('spending'));
    expect(relatedTerms(processTerm('killed') as string)).toContain(processTerm('murdering'));
    expect(relatedTerms(processTerm('teenager') as string)).toContain(processTerm('teen'));
    expect(relatedTerms(processTerm('kid') as string)).toContain(processTerm('child'));
    expect(relatedTerms(processTerm('rats') as string)).toContain(processTerm('rodents'));
    expect(relatedTerms(processTerm('revenue') as string)).toContain(processTerm('sales'));
    expect(relatedTerms(processTerm('industries') as string)).toContain(processTerm('sectors'));
    expect(relatedTerms(processTerm('decided') as string)).toContain(processTerm('decision'));
    expect(relatedTerms(processTerm('prepping') as string)).toContain(processTerm('preparing'));
    expect(relatedTerms(processTerm('reason') as string)).toContain(processTerm('purpose'));
    expect(relatedTerms(processTerm('changed') as string)).toContain(processTerm('slipping'));
    expect(relatedTerms(processTerm('quarter') as string)).toContain(processTerm('quarterly'));
    expect(relatedTerms(processTerm('dug') as string)).toContain(processTerm('unearthed'));
    expect(relatedTerms(processTerm('owns') as string)).toContain(processTerm('owners'));
    expect(relatedTerms(processTerm('uneasy') as string)).toContain(processTerm('concerns'));
    expect(relatedTerms(processTerm('conclude') as string)).toContain(processTerm('end'));
    expect(relatedTerms(processTerm('crashes') as string)).toContain(processTerm('collisions'));
    expect(relatedTerms(processTerm('produced') as string)).toContain(processTerm('made'));
    expect(relatedTerms(processTerm('assault') as string)).toContain(processTerm('strike'));
    expect(relatedTerms(processTerm('units') as string)).toContain(processTerm('groups'));
    expect(relatedTerms(processTerm('experts') as string)).toContain(processTerm('analysts'));
    expect(relatedTerms(processTerm('guess') as string)).toContain(processTerm('estimating'));
    expect(relatedTerms(processTerm('besides') as string)).toContain(processTerm('outside'));
    const answer = ask(await context(), 'how many lumo shops were affected when it stopped trading there');
    expect(snippets(answer)[0]).toContain('affecting 17 stores');
  });

  it('reads "buying back" as repurchasing, "say no to" as rejecting, "turn out" as producing', async () => {
    expect(readQuestion('How much did Lumo spend buying back its shares?', () => false).predicate).toBe(
      processTerm('repurchase'),
    );
    const refusal = readQuestion('why did Ava Stone say no to a board seat?', () => false);
    expect(refusal.type).toBe('why');
    // Rejected, not declined, which the index reads as a fall; and "rebuffed" says it too.
    expect(refusal.content).toContain(processTerm('reject'));
    expect(refusal.content).not.toContain(processTerm('declined'));
    expect(relatedTerms(processTerm('reject') as string)).toContain(processTerm('rebuffed'));
    // What a panel "found" it "discovered".
    expect(relatedTerms(processTerm('find') as string)).toContain(processTerm('discovered'));
    // A fund oversees what it manages; who asked for a call requested it; a vote against opposes.
    expect(relatedTerms(processTerm('oversee') as string)).toContain(processTerm('manages'));
    expect(relatedTerms(processTerm('asked') as string)).toContain(processTerm('requested'));
    expect(relatedTerms(processTerm('vote') as string)).toContain(processTerm('opposed'));
    expect(relatedTerms(processTerm('shrink') as string)).toContain(processTerm('contracted'));
    // What is said "going forward" is said "looking ahead".
    expect(relatedTerms(processTerm('forward') as string)).toContain(processTerm('ahead'));
    // People in a trial are its participants or volunteers.
    expect(relatedTerms(processTerm('people') as string)).toContain(processTerm('participants'));
    const answer = ask(
      await context(),
      'How many chairs a year will the Lumo plant be able to turn out once running flat out?',
    );
    expect(snippets(answer)[0]).toContain('500,000 chairs a year');
  });

  it('tells a capacity to come from an outcome still to come', () => {
    const plan = 'The new plant will produce 500,000 chairs a year.';
    expect(awaitsOutcome('How many chairs will the plant be able to turn out?', plan)).toBe(false);
    expect(awaitsOutcome('How did the vote turn out?', 'The vote will be held on Friday.')).toBe(true);
  });

  it('reads imagery as images, a firm as a company, "threatening" as threats, "positioned" as stationed', async () => {
    expect(relatedTerms(processTerm('imagery') as string)).toContain(processTerm('images'));
    expect(relatedTerms(processTerm('threatening') as string)).toContain(processTerm('threats'));
    expect(relatedTerms(processTerm('heading') as string)).toContain(processTerm('travel'));
    const ctx = await context();
    expect(snippets(ask(ctx, 'Which firm took the satellite imagery of the camps near the frontier?'))[0]).toContain(
      'Orbis',
    );
    expect(snippets(ask(ctx, 'who does dorn say is threatening both countries'))[0]).toContain('unprecedented threats');
    expect(readQuestion('how many troops are positioned near the border?', () => false).predicate).toBe(
      processTerm('stationed'),
    );
  });

  it('prefers the passage that answers to a weak one that merely uses the verb asked', async () => {
    // "provide" is in another sentence, far weaker than the one that answers.
    const answer = ask(await context(), 'Which firm provided the satellite imagery of camps near the frontier?');
    expect(snippets(answer)[0]).toContain('Orbis');
  });

  it('reads "signed off on" as approved', async () => {
    const answer = ask(await context(), 'how many crypto firms has the regulator signed off on');
    expect(snippets(answer)[0]).toContain('33 crypto firms');
  });

  it('reads "which 4 countries" as a question for a list of countries', async () => {
    const answer = ask(await context(), 'which 4 countries are in the harbour format');
    expect(snippets(answer)[0]).toContain('Poland, Germany');
  });

  it('reads "the Skyway CEO" as Skyway\'s chief executive, whoever holds the office', async () => {
    const answer = ask(await context(), 'What did the Skyway CEO say about flying to the capital?');
    expect(snippets(answer)[0]).toContain('It is important not to panic');
    expect(readQuestion('What did the Skyway CEO say?', () => false).names.map((n) => n.text)).not.toContain(
      'Skyway CEO',
    );
  });

  it('counts the people of "how many ppl got arrested", not "got"', async () => {
    expect(readQuestion('protests - how many ppl got arrested per spring?', () => false).counted).toBe(
      processTerm('people'),
    );
    const answer = ask(await context(), 'protests - how many ppl got arrested per the spring rights centre?');
    expect(snippets(answer)[0]).toContain('726 people were detained');
  });

  it('answers "how large" with the paragraph after the one naming the thing, which gives its size', async () => {
    const answer = ask(await context(), 'How large is the Velka market in Dornet?');
    expect(snippets(answer)[0]).toContain('15,000 shops');
  });

  it('reads "till when" as when, enterprises as companies', async () => {
    expect(readQuestion('till when is the airline suspending its flights', () => false).type).toBe('when');
    expect(relatedTerms(processTerm('companies') as string)).toContain(processTerm('enterprises'));
  });

  it('finds who said the words the question quotes, whatever verb it uses for saying them', async () => {
    const answer = ask(await context(), 'Who dismissed the watchdog\'s push against hidden fees as "pure theater"?');
    expect(snippets(answer)[0]).toContain('Ben Ortiz');
  });

  it('reads what something is "meant to" do as what it is intended to do', async () => {
    expect(relatedTerms(processTerm('meant') as string)).toContain(processTerm('intended'));
    const answer = ask(await seedContext(), "What does Kyiv believe Russia's troop buildup is really meant to do?");
    expect(snippets(answer)[0]).toMatch(/intended to put psychological pressure/);
  });
});
