import { describe, expect, it } from 'vitest';
import { doerNounOf } from '../../src/answers/asked-facts.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/terms.ts';
import { ask, expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('acts-asked', [
  {
    file: 'takeover.md',
    title: 'Staff uneasy as Hollis takes over Kestrel Media',
    date: '2022-04-25',
    paragraphs: [
      'In a survey of nearly 300 Kestrel Media employees, 40 percent said they were worried about their new owner, Dana Hollis.',
      'Hollis completed her takeover of Kestrel Media on Monday.',
    ],
  },
  {
    file: 'studio.md',
    title: 'Studio cuts staff',
    date: '2022-04-20',
    paragraphs: ['Brightwater Studios laid off 85 employees on Tuesday, the company said.'],
  },
  {
    file: 'league.md',
    title: 'League punishes coach',
    date: '2022-03-28',
    paragraphs: [
      'The Harbour League banned coach Rafe Morrow after the brawl, the commissioner said.',
      'Morrow apologised about 40 minutes after the incident.',
      'The league tournament runs for 12 days.',
    ],
  },
  {
    file: 'parliament.md',
    title: 'Parliament ousts Talvi',
    date: '2022-04-09',
    paragraphs: ['Parliament voted to remove Prime Minister Oren Talvi in a no-confidence motion on Saturday.'],
  },
  {
    file: 'label.md',
    title: 'Rapper buys a label',
    date: '2022-02-10',
    paragraphs: ['The rapper Kid Vesper has acquired the Nightjar Records brand from Halden Music Group.'],
  },
  {
    file: 'markets.md',
    title: 'Stocks fall',
    date: '2022-02-18',
    paragraphs: [
      'Stocks fell sharply on Thursday as tensions rose.',
      'Meanwhile some assets considered less risky gained, with silver rising to an eight-month high.',
      'Copper climbed to $4.60 a pound.',
    ],
  },
  {
    file: 'exercises.md',
    title: 'Drills in Norland',
    date: '2022-02-10',
    paragraphs: [
      'The Russian military drills in Norland, called Shield-2022, will wrap up and end on February 20, the Russian ministry said.',
      'Russia has begun the main phase of massive joint military exercises in Norland, and Russian troops are there.',
      'The exercises are scheduled to end on February 20, and the Kremlin has stated that its troops will leave Norland at that time.',
    ],
  },
  {
    file: 'settlement.md',
    title: 'Studio settles',
    date: '2021-12-28',
    paragraphs: [
      'Lanterne Games has agreed to pay $100m (£74.3m) to settle a class-action gender discrimination case.',
      'The settlement covers about 1,000 women who worked at the studio.',
      'The company will pay $80m (£59m) to members of the class action and about $20m (£15m) will cover legal costs.',
    ],
  },
  {
    file: 'satellites.md',
    title: 'Satellite maker loses craft',
    date: '2022-02-09',
    paragraphs: ['The satellite maker said in 2019 that the price was well below $1 million a piece.'],
  },
]);

describe('the act a question asks about', () => {
  it('reads a phrasal verb after the subject of "how many" as one act, which the answer must tell', async () => {
    const read = readQuestion('How many Kestrel Media employees did Hollis lay off after the takeover?', () => false);
    expect(read.predicate).not.toBe(null);
    expect(read.predicate).toBe(readQuestion('How many employees did Brightwater Studios cut?', () => false).predicate);
    const ctx = await context();
    // A count of the employees surveyed is no count of those laid off.
    const unsaid = ask(ctx, 'How many Kestrel Media employees did Hollis lay off after the takeover?');
    expect(unsaid.empty).toBe(true);
    const said = ask(ctx, 'how many employees did brightwater studios lay off');
    expectVerbatim(ctx, said);
    expect(snippets(said)[0]).toMatch(/laid off 85 employees/);
  });

  it('reads the act of "how long did X <verb>", and none in "how long does it last"', async () => {
    expect(readQuestion('how long did the league ban Rafe Morrow for', () => false).predicate).toBe(processTerm('ban'));
    expect(readQuestion('how long does the tournament last', () => false).predicate).toBe(null);
    const ctx = await context();
    // The ban is told without its length: "40 minutes after the incident" is no length of it.
    expect(ask(ctx, 'how long did the league ban rafe morrow for').empty).toBe(true);
    const lasts = ask(ctx, 'how long does the league tournament last');
    expect(snippets(lasts)[0]).toMatch(/runs for 12 days/);
  });

  it('answers "who sold" by the purchase told from the buyer\'s side', async () => {
    const ctx = await context();
    const sold = ask(ctx, 'Who sold Nightjar Records to Kid Vesper?');
    expectVerbatim(ctx, sold);
    expect(snippets(sold)[0]).toMatch(/from Halden Music Group/);
  });

  it('reads the doer of a figure question, not its verb', () => {
    const read = (q: string) => doerNounOf(readQuestion(q, () => false));
    expect(read('what price did silver get to')).toBe(processTerm('silver'));
    // A gerund can do it too ("spending"); a name is found as a name, not read here.
    expect(read('how much has spending risen this year')).toBe(processTerm('spending'));
    expect(read('how many companies have pulled out of russia')).toBeUndefined();
  });

  it('gives a figure only for the thing asked about, and a price only as a sum', async () => {
    const ctx = await context();
    // Another thing's price is no price of silver; the sentence on silver gives none.
    expect(ask(ctx, 'what price did silver get to when it hit that 8-month high').empty).toBe(true);
    const copper = ask(ctx, 'what price did copper get to');
    expect(snippets(copper)[0]).toMatch(/\$4\.60 a pound/);
  });

  it('answers "how much of the $100m goes to" with another sum than the one the question names', async () => {
    expect(readQuestion('how much actually goes to the women in the class action', () => false).counted).toBe(null);
    const ctx = await context();
    const answer = ask(
      ctx,
      'of the lanterne games $100m settlement how much actually goes to the women in the class action',
    );
    expect(snippets(answer)[0]).toMatch(/\$80m \(£59m\) to members of the class action/);
    expect(relatedTerms(processTerm('agree') as string)).toContain(processTerm('decided'));
  });

  it('reads a hyphenated name typed in lower case ("kestrel-media") as the name', () => {
    const isName = (w: string) => ['kestrel', 'media', 'kestrel media'].includes(w);
    const read = readQuestion('how many ppl does kestrel-media employ', isName);
    expect(read.names.map((n) => n.text)).toEqual(['kestrel-media']);
  });

  it('answers whether an act happens by the passage telling it, and "what will happen" by the time it names', async () => {
    const ctx = await context();
    const leave = ask(ctx, 'will the russians pack up and leave norland when the drills wrap up');
    expect(snippets(leave)[0]).toMatch(/its troops will leave Norland/);
    // "Happen" says nothing of what happens: the time clause stays in what is searched.
    expect(
      readQuestion('What will happen to the troops in Norland once the exercises are over?', () => false).core,
    ).toMatch(/once/);
    const happen = ask(ctx, 'What will happen to the Russian troops in Norland once the exercises are over?');
    expect(snippets(happen).slice(0, 3)).toContainEqual(expect.stringMatching(/its troops will leave Norland/));
  });

  it('does not answer "who" with a passage that names only the people asked about', async () => {
    const ctx = await context();
    // "Prime Minister Oren Talvi" holds the question's words, but says nothing of who replaced him.
    const replaced = ask(ctx, 'Who replaced Oren Talvi as prime minister?');
    expect(replaced.empty).toBe(true);
  });
});
