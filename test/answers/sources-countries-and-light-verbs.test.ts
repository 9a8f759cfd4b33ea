import { describe, expect, it } from 'vitest';
import { namesCountry } from '../../src/answers/ranking.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A broadcaster's falling audience, a toy recall, an execution, a regulator's warning and a lawsuit. Invented
// articles.
const context = knowledgeFixture('sources-countries-and-light-verbs', [
  {
    file: 'broadcaster.md',
    title: "Harbor News's president resigns after ratings slump",
    date: '2023-04-03',
    paragraphs: [
      'Harbor News president Lena Ford resigned on Sunday after two years in the job.',
      'Under her leadership the network broke records in 2021 and saw its largest crowds during the election.',
      'Since then viewership has gone down, falling nearly 80% this March compared to the same month last year, according to Tally Metrics ratings.',
    ],
  },
  {
    file: 'toys.md',
    title: 'More building sets recalled over lead paint',
    date: '2023-04-05',
    paragraphs: [
      'More Brickton building sets have been recalled over a link to lead paint found in the UK and Ireland.',
      'Brickton, which makes the sets, said it had extended the recall to products sold in the UK and Ireland.',
      'All the sets affected had been made in the same Portuguese factory.',
    ],
  },
  {
    file: 'inmate.md',
    title: 'Inmate who sought firing squad executed',
    date: '2023-04-06',
    paragraphs: [
      'A Nevada death row inmate who had requested execution by firing squad was executed by lethal injection on Thursday, prison officials said.',
      'His lawyers had argued that the drugs would cause needless pain.',
    ],
  },
  {
    file: 'regulator.md',
    title: 'Regulator warns pump maker over quality lapses',
    date: '2023-04-07',
    paragraphs: [
      'Shares of Corvel Medical fell 5% after the company said it had received a warning letter from regulators.',
      'The letter focuses on the inadequacy of quality checks at its Westbrook, Oregon facility, according to the company.',
    ],
  },
  {
    file: 'lawsuit.md',
    title: 'Former anchor Ray Dunn sues his old network',
    date: '2023-04-08',
    paragraphs: [
      'Ray Dunn, a former anchor, is suing his old network for breach of contract.',
      'In a legal filing on Wednesday, Dunn seeks $90 million in damages.',
    ],
  },
]);

describe('a figure whose source is named', () => {
  it('answers for the one in the headline: the ratings firm it cites is not another subject', async () => {
    const a = ask(await context(), "how much has Harbor News's audience shrunk this march vs a year ago");
    expect(snippets(a)[0]).toContain('falling nearly 80%');
  });
});

describe('a question that asks for a country', () => {
  it('reads a country by its name or, inside a sentence, by its nationality', () => {
    expect(namesCountry('All the sets were made in the same Portuguese factory.')).toBe(true);
    expect(namesCountry('The sets were made at a plant in South Korea.')).toBe(true);
    expect(namesCountry('Spanish is spoken at the plant.')).toBe(false);
    expect(namesCountry('The recall was extended to more products.')).toBe(false);
  });

  it('puts first the sentence that names one beside the thing asked, by its nationality', async () => {
    const a = ask(await context(), "which country's factory made the recalled brickton sets?");
    expect(snippets(a)[0]).toContain('Portuguese factory');
  });
});

describe('light verbs and nouns in -ing', () => {
  it('does not read "a firing squad" as the act of firing, nor require the "get" of "actually get one"', async () => {
    const a = ask(await context(), 'did the nevada death row guy who asked for a firing squad actually get one?');
    expect(a.empty).toBe(false);
    expect(snippets(a).join(' ')).toContain('executed by lethal injection');
  });
});

describe('the words news uses for the ones asked', () => {
  it('reads a site as the facility named', async () => {
    const a = ask(await context(), 'which corvel site did the regulators have a problem with');
    expect(snippets(a).join(' ')).toContain('Westbrook, Oregon facility');
  });

  it('reads what someone is trying to get as what they seek', async () => {
    const a = ask(await context(), 'how much money is ray dunn trying to get out of the lawsuit');
    expect(snippets(a).join(' ')).toContain('$90 million');
  });
});
