import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answers/question.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// An industry head on an oil ban, and an adviser's recession call. Invented articles.
const context = knowledgeFixture('venues-and-horizons', [
  {
    file: 'ban.md',
    title: 'Offshore drillers say they can make up for the Russian oil ban',
    date: '2022-03-09',
    paragraphs: [
      'Biden announced the ban on Russian oil imports on Tuesday morning after pressure from Congress.',
      'Drillers association president Erik Molito touted the resources off the Gulf coast after the Russian oil ban.',
      '"We have been getting a million barrels a day from the Gulf of Mexico," Molito said of the ban.',
      'Molito made the comment at the Petroweek energy conference in Houston.',
    ],
  },
  {
    file: 'exit.md',
    title: 'Petrex to exit its Russian joint ventures with Gasprom',
    date: '2022-03-01',
    paragraphs: [
      'Petrex said it would end its partnerships with the Russian energy firm Gasprom after the invasion of Ukraine.',
      'In a statement it said exiting the ventures would lead to a $3bn charge against its assets.',
      'Petrex shares fell 2% in London.',
    ],
  },
  {
    file: 'court.md',
    title: 'House panel asks the top court to move fast on the records case',
    date: '2021-12-23',
    paragraphs: [
      'Former governor Dale Tamm appealed to the Supreme Court on December 23 to block the release of his records to the House committee.',
      'Hours after the request was filed, the House committee asked the justices to expedite it, with a schedule that would let the court say by the middle of January whether it will hear the case.',
    ],
  },
  {
    file: 'recession.md',
    title: 'Adviser says the US is barreling toward a recession',
    date: '2022-03-10',
    paragraphs: [
      'Ferrante & Company founder Dan Ferrante told reporters he thinks gas prices will hit $5 this month.',
      'Ferrante said the U.S. is on track to enter a full-blown recession within the year.',
      'Inflation hit a 40-year high in February, and the U.S. economy barrels toward a recession, experts say.',
    ],
  },
]);

describe('where someone was when they spoke', () => {
  it('is the venue of their words, before their words or another place they named', async () => {
    const a = ask(await context(), 'Where was Erik Molito when he spoke about the Russian oil ban?');
    expect(snippets(a)[0]).toContain('Petroweek energy conference in Houston');
  });
});

describe('when something is expected', () => {
  it('is told by a horizon such as "within the year"', async () => {
    const a = ask(await context(), 'When does Ferrante expect the US to fall into a recession?');
    expect(snippets(a).slice(0, 2).join(' ')).toContain('within the year');
  });
});

describe('by when', () => {
  it('is a deadline, before the day of the request', async () => {
    const a = ask(
      await context(),
      "By when does the House committee want the justices to decide whether they'll hear Tamm's appeal?",
    );
    expect(snippets(a)[0]).toContain('by the middle of January');
  });
});

describe('what is dropped or ditched', () => {
  it('is scrapped: a rule dropped, not a price that fell', () => {
    const read = (q: string) => {
      const question = readQuestion(q, () => false);
      return [question.predicate, ...question.content];
    };
    expect(read('Is Wales going to drop the pre-departure tests as well?')).toContain(processTerm('scrap'));
    expect(read('did prices drop the most in march')).not.toContain(processTerm('scrap'));
    expect(read('how far did the shares drop')).not.toContain(processTerm('scrap'));
  });

  it('reads rules brought back as reintroduced', () => {
    const question = readQuestion('Did Shapps rule out bringing back tougher travel restrictions?', () => false);
    expect(question.content).toContain(processTerm('reintroduce'));
  });

  it('reads money taken out of an account as withdrawn', () => {
    const question = readQuestion('Can people in Russia still take money out of their Paylink accounts?', () => false);
    expect(question.predicate).toBe(processTerm('withdraw'));
  });

  it('answers a hit from ditching with the charge for exiting', async () => {
    const a = ask(await context(), 'How big a hit is Petrex expecting to take from ditching its Gasprom partnerships?');
    expect(snippets(a)[0]).toContain('$3bn');
  });
});
