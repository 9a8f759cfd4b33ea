import { describe, expect, it } from 'vitest';
import { awaitsOutcome } from '../../src/answers/asked-facts.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A rioter's sentencing, a chancellor under pressure over a tax, a refinery fire and a mine collapse whose cause is
// told. Invented articles.
const context = knowledgeFixture('relations-pressure-and-causes', [
  {
    file: 'sentence.md',
    title: 'Rioter gets five years for attacking police',
    date: '2023-04-01',
    paragraphs: [
      'Robert Scott Dale is the first person to be sentenced for the felony of assaulting an officer with a dangerous weapon.',
      '"Every day we hear of people plotting violence," District Judge Tanya Moor said as she handed down the sentence.',
      'Dale said in a letter to the judge that he had been lied to.',
    ],
  },
  {
    file: 'defence.md',
    title: 'Trader appeals his conviction',
    date: '2023-04-02',
    paragraphs: [
      'Former trader Ken Ashby will appeal his conviction, his lawyer Maria Ortiz said on Monday.',
      'Ashby was convicted of fraud in March.',
    ],
  },
  {
    file: 'vat.md',
    title: 'Chancellor says he understands anxiety over prices',
    date: '2023-04-03',
    paragraphs: [
      'Inflation rose to 5.1% in November, the highest in ten years.',
      'But the chancellor is coming under pressure from the opposition and some of his own MPs to cut the VAT on energy bills.',
      'Speaking on Thursday, one MP urged the government to cut VAT on energy bills to help consumers.',
    ],
  },
  {
    file: 'fire.md',
    title: 'Fire reported at Marlow refinery',
    date: '2023-04-04',
    paragraphs: [
      'A fire broke out at the Marlow refinery early on Friday, the company said.',
      '"Our fire teams are working to put out the fire. We regret any disruption this incident may have caused the community," the company said.',
    ],
  },
  {
    file: 'mine.md',
    title: 'Mine collapse blamed on heavy rain',
    date: '2023-04-05',
    paragraphs: [
      'A tunnel at the Corra mine collapsed on Sunday, trapping six workers.',
      'Officials said the collapse was caused by heavy rain that weakened the rock.',
    ],
  },
  {
    file: 'hikes.md',
    title: 'Goldman expects four rate hikes this year',
    date: '2023-04-06',
    paragraphs: [
      'Goldman Sachs now expects the Fed to raise interest rates four times this year.',
      'Goldman previously penciled in three interest rate increases this year.',
    ],
  },
  {
    file: 'marketplace.md',
    title: 'Lumio raises $300m',
    date: '2023-04-07',
    paragraphs: ['Lumio, the digital art marketplace, raised $300m in a funding round that values it at $13bn.'],
  },
  {
    file: 'games.md',
    title: 'Gamestar shares jump on marketplace plan',
    date: '2023-04-08',
    paragraphs: [
      'Gamestar plans a digital art marketplace to rival Lumio, which raised $300m in a funding round this month.',
      'Gamestar shares jumped 20% on the news.',
      'The company said more details would come later in the year.',
      'Some investors were disappointed by the lack of plans for its online shift, which is led by activist investor Ryan Cole.',
    ],
  },
  {
    file: 'yachts.md',
    title: 'Italian police seize oligarchs’ yachts',
    date: '2023-04-09',
    paragraphs: [
      'Yachts belonging to two Russian oligarchs have been seized in Italy.',
      'Authorities seized a 65-metre yacht owned by Pavel Orlov in the port of Imperia, officials said.',
      'The raid by Italian police took place on Friday.',
      'Italian police said in a statement that the seizures followed EU sanctions.',
    ],
  },
]);

describe('a name that owns what is asked', () => {
  it("must be in the articles: another firm's forecast on the same thing is no answer", async () => {
    const a = ask(await context(), "what's morgan stanley's call on the number of fed hikes this year");
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article mentions "morgan stanley"');
  });

  it('must be named beside whoever did something of theirs', async () => {
    const a = ask(await context(), "who led lumio's $300m funding round");
    expect(a.empty).toBe(true);
  });

  it('is no people typed in the plural ("the italians"), read as a possessive', async () => {
    const a = ask(await context(), 'whose yachts did the italians seize');
    expect(snippets(a).join(' ')).toContain('owned by Pavel Orlov');
  });
});

describe('someone asked for by their tie to a person named', () => {
  it('is refused when no passage names one of that kind, though the person is named', async () => {
    const a = ask(await context(), "who was robert dale's lawyer at the sentencing");
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article names who that is');
  });

  it('is found where the passage names one of that kind beside them', async () => {
    const a = ask(await context(), "who is ken ashby's attorney");
    expect(snippets(a)[0]).toContain('his lawyer Maria Ortiz');
  });
});

describe('a passage on the pressure to act', () => {
  it('awaits the outcome a question asks', () => {
    const q = 'so did the chancellor cave and cut vat on energy bills in the end?';
    expect(awaitsOutcome(q, 'The chancellor is coming under pressure from MPs to cut the VAT on energy bills.')).toBe(
      true,
    );
    expect(awaitsOutcome(q, 'One MP urged the government to cut VAT on energy bills.')).toBe(true);
    expect(awaitsOutcome(q, 'The chancellor cut VAT on energy bills to 5%.')).toBe(false);
  });

  it('does not tell how it turned out', async () => {
    const a = ask(await context(), 'so did the chancellor cave and cut vat on energy bills in the end?');
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article says how it turned out');
  });
});

describe('the cause of an event', () => {
  it('is refused when no passage tells one, though one says what the event "may have caused"', async () => {
    const a = ask(await context(), 'do they know what caused the marlow refinery fire yet');
    expect(a.empty).toBe(true);
    expect(a.notes.join(' ')).toContain('No article says what caused it');
  });

  it('is the passage that tells it', async () => {
    const a = ask(await context(), 'what caused the corra mine collapse');
    expect(snippets(a)[0]).toContain('caused by heavy rain');
  });
});
