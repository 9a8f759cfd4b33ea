import { describe, expect, it } from 'vitest';
import { asksMeasureOfEvent, doerNounOf } from '../../src/answers/asked-facts.ts';
import { tooLateFor } from '../../src/answers/asked-time.ts';
import { chatAsWritten } from '../../src/answers/chat-text.ts';
import { speaksIn } from '../../src/answers/folded.ts';
import { questionNames, questionType, readQuestion } from '../../src/answers/question.ts';
import { relatedTerms } from '../../src/answers/ranking.ts';
import { respell } from '../../src/answers/spelling.ts';
import type { Article } from '../../src/knowledge/index.ts';
import { processTerm, termsOf } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// Chat's forms met by the articles' words: a day that names an event, Wall Street as the analysts, a contraction,
// a question after a clause, spans written with a hyphen, words news uses for a company's founding, value and
// profit, and a misspelt function word. Invented articles.
const context = knowledgeFixture('chat-forms-more', [
  {
    file: 'diner.md',
    title: 'Diner chain lifts wages',
    date: '2021-12-17',
    paragraphs: [
      'The company also plans to open 35 new restaurants this year.',
      "In January, Grillhouse's floor wage will be $12 per hour, including tips.",
      'Workers are expected to earn an average of $20 per hour.',
    ],
  },
  {
    file: 'brewer.md',
    title: 'Brewer faces claims',
    date: '2022-01-25',
    paragraphs: [
      'Hopworks was founded in 2007 by Tom Pratt and his friend Alan Reid, and has its headquarters in Ellon.',
      'Investigators started looking into the company after staff signed a letter last year.',
    ],
  },
  {
    file: 'fintech.md',
    title: 'Payments start-up lands deal',
    date: '2022-01-17',
    paragraphs: [
      'Founded in 2010 by two brothers, Paylane is the most valuable start-up in the region, with a $95 billion valuation.',
      'It faces competition from rivals such as Checkly, which raised $1 billion last week.',
    ],
  },
  {
    file: 'carmaker.md',
    title: 'Carmaker sales fall',
    date: '2022-04-05',
    paragraphs: [
      'Roadster reported total sales were down 17.1% in the first three months of 2022 with 432,132 units sold.',
      'At its test site in Norbury, more than 120 small tremors were recorded while it was drilling.',
    ],
  },
  {
    file: 'profit.md',
    title: 'Phone maker posts record',
    date: '2022-01-28',
    paragraphs: [
      'Orchard also lifted markets after reporting a record profit of $34.6 billion in the last three months of 2021.',
      'Its chief executive said supply constraints would ease.',
    ],
  },
]);

describe('what a question names', () => {
  it('reads "the jan 6 panel" as an event, not a day after every article', () => {
    const articles = [{ meta: { date: '2021-12-30' } }] as unknown as Article[];
    expect(tooLateFor('how many pages does the jan 6 panel still want released', true, () => articles)).toBeNull();
    expect(tooLateFor('how many pages were released on jan 6', true, () => articles)).not.toBeNull();
  });

  it('reads Wall Street before estimates as the analysts, and a contraction as no name', () => {
    expect(
      chatAsWritten(
        'did it beat wall st profit estimates',
        () => false,
        () => false,
      ),
    ).toBe('did it beat profit estimates');
    expect(
      chatAsWritten(
        'what wall street expected',
        () => false,
        () => false,
      ),
    ).toBe('what analysts expected');
    const isName = (w: string) => ["we're", 'mccaul', 'russia'].includes(w);
    expect(questionNames("does mccaul think we're in a new cold war with russia", isName).map((n) => n.text)).toEqual([
      'mccaul',
      'russia',
    ]);
  });

  it('reads the question after a clause that sets the scene ("under the plan, who is liable")', () => {
    expect(questionType('under the uk law commission plan who is liable when a self driving car goes wrong')).not.toBe(
      'none',
    );
  });

  it('reads "starting in january" as when, and a misspelt "according" as nothing to search for', async () => {
    const q = readQuestion("what will grillhouse's minimum hourly pay be starting in january?", () => false);
    expect(q.content).not.toContain(processTerm('starting'));
    const ctx = await context();
    const answer = ask(ctx, "what will grillhouse's minimum hourly pay be starting in january?");
    expect(snippets(answer)[0]).toMatch(/floor wage will be \$12 per hour/);
    const misspelt = respell(
      ctx.index,
      readQuestion('how many restaurants will grillhouse open acording to the company', () => false),
    );
    expect(misspelt.question.content).not.toContain(processTerm('acording'));
  });
});

describe('a market move, a rise to come, and what is counted otherwise', () => {
  it('reads how shares reacted as a market move, not anyone\'s words, and "are … going up in april" as to come', () => {
    expect(questionType('how did disney shares react to the netflix report')).not.toBe('speech');
    expect(questionType('how did disney react to the netflix report')).toBe('speech');
    const articles = [{ meta: { date: '2022-03-22' } }] as unknown as Article[];
    expect(tooLateFor('how much are uk benefits going up in april?', true, () => articles)).toBeNull();
  });

  it('counts cars sold as units and earthquakes as tremors', async () => {
    const ctx = await context();
    expect(snippets(ask(ctx, 'how many cars did roadster sell in q1 2022?'))[0]).toMatch(/432,132 units sold/);
    expect(snippets(ask(ctx, 'how many small earthquakes were recorded at the norbury site'))[0]).toMatch(
      /more than 120 small tremors/,
    );
    expect(relatedTerms(processTerm('worth') as string)).toContain(processTerm('value'));
    // Words relayed or reiterated are said.
    expect(speaksIn(' xi relayed to biden that the crisis was unwanted ', [['xi']])).toBe(true);
  });
});

describe('a change decided for a month, and chat for business words', () => {
  it('reads "did the UK raise its price cap in April" as a change reported from its day, not a month-end figure', () => {
    const q = 'By what percentage did the UK raise its energy price cap in April 2022?';
    expect(asksMeasureOfEvent(q)).toBe(true);
    const articles = [{ meta: { date: '2022-04-30' } }] as unknown as Article[];
    expect(tooLateFor(q, !asksMeasureOfEvent(q), () => articles)).toBeNull();
    expect(asksMeasureOfEvent('what was the inflation rate for april')).toBe(false);
  });

  it('reads "walking away from its jvs" as exiting its joint ventures, "ytd" as this year, "which german firm" as who', () => {
    const q = readQuestion('how much could shell give up by walking away from its gazprom jvs', () => false);
    expect(q.content).toEqual(
      expect.arrayContaining([processTerm('exit'), processTerm('joint'), processTerm('ventures')]),
    );
    expect(readQuestion('how much is the stock down ytd', () => false).content).toContain(processTerm('year'));
    expect(questionType('which german firm got hit in the cyberattacks')).toBe('who');
  });

  it('reads no verb after "would" as the doer of a figure ("the fed would deliver at the may meeting")', () => {
    const q = readQuestion(
      'what size rate hike were markets betting the fed would deliver at the may meeting?',
      () => false,
    );
    expect(doerNounOf(q)).toBeUndefined();
    expect(doerNounOf(readQuestion('what price did gold get to', () => false))).toBe(processTerm('gold'));
  });
});

describe('words news writes otherwise', () => {
  it('meets "two-year" with "2-year", and "founded" with who started it', async () => {
    expect(termsOf('two-year yields')).toContain(termsOf('2-year yields')[2]);
    expect(termsOf('was founded in 2007')).toContain(processTerm('founder'));
    expect(relatedTerms(processTerm('start') as string)).toContain(processTerm('founder'));
    const answer = ask(await context(), 'who started hopworks and when');
    expect(snippets(answer)[0]).toMatch(/founded in 2007 by Tom Pratt/);
  });

  it('meets what a company is valued at with its valuation, and profit booked with profit reported', async () => {
    const ctx = await context();
    expect(relatedTerms(processTerm('valued') as string)).toContain(processTerm('valuation'));
    expect(relatedTerms(processTerm('book') as string)).toContain(processTerm('reported'));
    expect(snippets(ask(ctx, 'whats paylane valued at these days'))[0]).toMatch(/\$95 billion valuation/);
    expect(snippets(ask(ctx, 'how much total profit did orchard book in the last 3 months of 2021'))[0]).toMatch(
      /record profit of \$34\.6 billion/,
    );
  });
});
