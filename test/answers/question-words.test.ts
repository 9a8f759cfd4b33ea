import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import { processTerm } from '../../src/search/index.ts';
import { expectVerbatim, knowledgeFixture, snippets } from './seed.ts';

const context = knowledgeFixture('words', [
  {
    file: 'energy.md',
    title: 'Energy agency urges savings',
    date: '2022-03-05',
    paragraphs: [
      'Shares of Cut Rate Motors and Lakeside Oil fell on Friday as the Halden Energy Agency met in Vienna.',
      'The agency also said member countries would release 60 million barrels from emergency stocks.',
      'The settlement covers 1,065 women employees and 1,300 contract workers, the regulator said.',
      'Brent crude jumped $24 a barrel this week, its largest weekly gain on record.',
      'Lakeside Oil gained ground after the meeting.',
      'Baltic Link 2 runs beside Baltic Link 1, which opened in 2011, and has not carried any gas.',
      'Baltic Link 2 is a 1,100km pipeline under the sea from Estonia to Germany.',
      'In a letter on Monday, 19 state treasurers, auditors and financial officers urged the governor to withdraw the nomination.',
      'The labor board ruled that the disputed ballots should not count, giving the union an 11-to-7 win at the Riverside store.',
      'The Tax Foundation said the new rules were unclear.',
      'Greta Holm said she would pay over $3 billion in taxes this year.',
      'Veltrixgroup said it would fire unvaccinated staff to comply with a federal order on vaccines.',
      'Holm sold $4 billion of Veltrixgroup stock days after the merger was agreed.',
      'A shareholder vote on the Veltrixgroup merger is expected in June.',
      'Steve Jobs founded a computer company in a garage.',
      'Brightline will cut 300 jobs at its Oslo plant.',
      'Veltrixgroup will cut 1,200 jobs in Norway by the end of the year.',
      'Satellite images taken by Orbis Imaging showed new camps near the border.',
    ],
  },
  {
    file: 'quitting.md',
    title: 'Quitting spreads through offices',
    date: '2022-01-21',
    paragraphs: [
      '"When one colleague leaves, others look around," Mr. Felps said of the staff he studied at length.',
      'One resignation can start a wave, said Will Felps, who teaches management at a university in Sydney.',
      'The ferry line blamed its owners, Harbour World, who are based in Dubai, for the sackings in Dover.',
      'The ferry line said the sackings at its Dover port were the only way to keep its ships at sea.',
    ],
  },
  {
    file: 'burgers.md',
    title: 'Burger prices climb',
    date: '2022-01-21',
    paragraphs: [
      'Menu prices at burger chains rose 8 percent in 2021, the biggest jump in 20 years.',
      'A burger that cost $7.25 a year ago now costs $14.45 when it is delivered.',
      'Customers ordering burgers for delivery pay about 21 percent more than if they picked the food up.',
      'The war has led the Grain Council to cut its global trade growth forecast for this year.',
      'The previous 4.7% growth forecast has been cut to 2.5%, the council said.',
    ],
  },
]);

describe('names side by side in a question', () => {
  it('ends a name at a comma or bracket after it ("Masimov, Kazakhstan\'s former chief")', () => {
    const never = () => false;
    expect(
      readQuestion("What happened to Masimov, Kazakhstan's former security chief?", never).names.map((n) => n.text),
    ).toEqual(['Masimov', 'Kazakhstan']);
    expect(readQuestion('how far is Kyiv (Ukraine) from Minsk', never).names.map((n) => n.text)).toEqual([
      'Kyiv',
      'Ukraine',
      'Minsk',
    ]);
  });
});

describe('words of a question that are not names', () => {
  it('reads prices that "go up" as a rise, and "how much more" as a difference a share may give', async () => {
    const ctx = await context();
    const rise = searchAnswer(ctx, { question: 'how much did burger menu prices go up in 2021', limit: 3 });
    expect(snippets(rise)[0]).toMatch(/rose 8 percent in 2021/);
    const more = searchAnswer(ctx, {
      question: 'how much more do u pay for a burger if you get it delivered',
      limit: 3,
    });
    expect(snippets(more)[0]).toMatch(/pay about 21 percent more/);
    // "What did they cut it to": the level it was cut to, a figure.
    const q = 'What did the Grain Council cut its global trade growth forecast for this year to?';
    expect(readQuestion(q, () => false).type).toBe('quantity');
    expect(snippets(searchAnswer(ctx, { question: q, limit: 3 }))[0]).toMatch(/has been cut to 2\.5%/);
  });

  it('reads a capitalised "Will" before a surname as a given name, and whoever "owns" a firm as its owner', async () => {
    expect(readQuestion('Who is Will Felps?', () => false).names.map((n) => n.text)).toEqual(['Will Felps']);
    expect(readQuestion('Will Felps teach?', () => false).names.map((n) => n.text)).toEqual(['Felps']);
    const ctx = await context();
    const who = searchAnswer(ctx, { question: 'Who is Will Felps?', limit: 3 });
    expect(snippets(who)[0]).toMatch(/said Will Felps, who teaches management/);
    const where = searchAnswer(ctx, { question: 'Where is the company that owns the ferry line based?', limit: 3 });
    expect(snippets(where)[0]).toMatch(/its owners, Harbour World, who are based in Dubai/);
  });

  it('reads "covered by" as no verb the answer must hold, and a gain as any rise', async () => {
    expect(readQuestion('how many women are covered by the settlement', () => false).predicate).toBe(null);
    const ctx = await context();
    const women = searchAnswer(ctx, { question: 'how many women are covered by the settlement', limit: 3 });
    expect(snippets(women)[0]).toMatch(/1,065 women employees/);
    expect(readQuestion('How much did Brent crude gain this week?', () => false).predicate).toBe(processTerm('gain'));
    const gain = searchAnswer(ctx, { question: 'How much did Brent crude gain this week?', limit: 3 });
    expect(snippets(gain)[0]).toMatch(/^Brent crude jumped \$24 a barrel/);
  });

  it('finds a name typed as one word, a length for "how long", the first of things counted, a vote by its ballots', async () => {
    const ctx = await context();
    const length = searchAnswer(ctx, { question: 'How long is the Balticlink 2 pipeline?', limit: 3 });
    expectVerbatim(ctx, length);
    expect(snippets(length)[0]).toMatch(/1,100km pipeline/);
    const officers = searchAnswer(ctx, {
      question: 'How many state treasurers and financial officers urged the governor to withdraw the nomination?',
    });
    expect(snippets(officers)[0]).toMatch(/19 state treasurers/);
    const tally = searchAnswer(ctx, { question: 'riverside union vote tally', limit: 3 });
    expect(snippets(tally)[0]).toMatch(/11-to-7 win/);
  });

  it('reads a lone ordinary word as a word, a name typed short, an adverb as no verb, and a decision still to come', async () => {
    const ctx = await context();
    const tax = searchAnswer(ctx, { question: "how big is holm's tax bill this year", limit: 3 });
    expectVerbatim(ctx, tax);
    expect(snippets(tax)[0]).toMatch(/over \$3 billion in taxes this year/);
    const fire = searchAnswer(ctx, { question: 'Why is Veltrix firing unvaccinated staff?', limit: 3 });
    expect(snippets(fire)[0]).toMatch(/^Veltrixgroup said it would fire unvaccinated staff/);
    expect(fire.notes).toContain('Showing Veltrixgroup for "Veltrix".');
    expect(readQuestion('How much stock did Holm sell right after the merger?', () => false).predicate).toBe(
      processTerm('sell'),
    );
    const vote = searchAnswer(ctx, { question: 'did the shareholders approve the veltrixgroup merger', limit: 3 });
    expect(vote.empty).toBe(true);
    expect(vote.notes.join(' ')).toMatch(/how it turned out/);
  });

  it('leaves ordinary words at the ends of a lower-case run out of the name, and refuses on no unknown chat word', async () => {
    const ctx = await context();
    // "jobs" is in a name (Steve Jobs) and "cut" in another (Cut Rate Motors): here they are what is asked.
    const jobs = searchAnswer(ctx, { question: 'how many jobs will veltrixgroup cut', limit: 3 });
    expectVerbatim(ctx, jobs);
    expect(snippets(jobs)[0]).toMatch(/^Veltrixgroup will cut 1,200 jobs/);
    expect(snippets(jobs).join(' ')).not.toMatch(/Brightline/);
    // "pics" is in no article and no name news writes: a word, not a reason to refuse.
    const pics = searchAnswer(ctx, { question: 'wat company took the satellite pics', limit: 3 });
    expect(pics.empty).toBe(false);
    expect(snippets(pics)[0]).toMatch(/Orbis Imaging/);
  });
});
