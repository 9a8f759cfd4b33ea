import { describe, expect, it } from 'vitest';
import { foldedWords, speaksIn } from '../../src/answers/folded.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A miner's licences revoked, and a minister before a committee. Invented articles.
const context = knowledgeFixture('whether-someone-said', [
  {
    file: 'mine.md',
    title: 'Veldana halts Borax Mining lithium project after protests',
    date: '2022-01-21',
    paragraphs: [
      'Veldana has revoked the licences of Borax Mining for a lithium project after weeks of protests.',
      '"All permits were annulled," Prime Minister Ana Petrova said on Thursday.',
      'Protesters had blocked roads and bridges across the country for weeks.',
      'The project would have been one of the largest lithium mines in Europe.',
      'Borax Mining had previously said that any mining in the country would meet strict environmental standards.',
      'Environmental groups welcomed the move.',
      'Lithium is used in batteries for electric cars.',
      'Prices of the metal have risen sharply this year.',
      'In a statement, the Ostrian government said it regretted the decision: "We note the economic benefits of the investment by Borax Mining in Veldana," it said.',
    ],
  },
  {
    file: 'reversal.md',
    title: "Senator Dale's 'no' on the Clean Harbors Act splits his party",
    date: '2021-12-20',
    paragraphs: [
      'Host Mark Lowe discusses the division in the party after Senator Ray Dale said he would not vote for the Clean Harbors Act.',
      'On Sunday afternoon, the governor’s office struck back at Dale.',
      'Nia Cole issued a blistering, written statement saying Dale had made "a sudden and inexplicable reversal in his position."',
      'Other party members were furious with Dale.',
      'Mr Lowe said the party would have to regroup without Dale.',
      'Dale has not said what he would support instead.',
    ],
  },
  {
    file: 'briefing.md',
    title: 'Governor’s office on the port strike',
    date: '2021-12-21',
    paragraphs: [
      'The port strike entered its third week as Senator Ray Dale called for talks.',
      '"We expect the port to reopen this week," Nia Cole told reporters.',
    ],
  },
  {
    file: 'letter.md',
    title: 'Airlines warn of chaos over new phone masts',
    date: '2022-01-17',
    paragraphs: [
      'The chief executives of ten airlines warned in a letter on Monday that the masts of Tellus and Norcom could ground flights.',
      'The letter said the measures promised by Norcom and Tellus were not enough to prevent interference with aircraft.',
      '"Immediate intervention is needed," said the letter, which was sent to the transport minister.',
      'Spokesmen for Tellus and Norcom declined to comment.',
    ],
  },
  {
    file: 'hearing.md',
    title: 'Minister Halvorsen warns of sanctions costs',
    date: '2022-04-06',
    paragraphs: [
      'Finance minister Greta Halvorsen warned lawmakers on Wednesday of the costs of the sanctions on the economy.',
      'At the hearing, Ms. Halvorsen told lawmakers that she believed the aggressor should be isolated from international gatherings.',
      '"Energy prices are going up, and the price of wheat is going up," Halvorsen said.',
      'Senator Tom Reyes said he would vote against the sanctions bill.',
    ],
  },
]);

describe('whether someone said something', () => {
  it('is refused when their words are on something else', async () => {
    const a = ask(await context(), 'did borax mining say it would challenge the decision to revoke its licences');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('never quoted on this');
  });

  it('is not answered by another speaker whose quotation names them', async () => {
    const a = ask(await context(), 'did borax mining say anything about the economic benefits of its investment');
    expect(snippets(a)).toEqual([]);
  });

  it('is their words on it when they spoke of it', async () => {
    const a = ask(await context(), 'did borax mining say its mining would meet environmental standards');
    expect(snippets(a)[0]).toContain('Borax Mining had previously said');
  });

  it('is refused when they spoke at the occasion on something else', async () => {
    const a = ask(await context(), 'did halvorsen talk about student loan forgiveness at the hearing');
    expect(snippets(a)).toEqual([]);
    expect(a.notes.join(' ')).toContain('not on this');
  });

  it('is their words when no one in particular is asked', async () => {
    const a = ask(await context(), 'Did any senators say they would vote against the sanctions bill?');
    expect(snippets(a)[0]).toContain('Senator Tom Reyes');
  });
});

describe('what someone said on another name asked about', () => {
  it('reads issuing a statement as speaking', () => {
    const told = foldedWords('Nia Cole issued a blistering, written statement saying Dale had reversed himself.');
    expect(speaksIn(told, [['nia', 'cole']])).toBe(true);
    expect(speaksIn(foldedWords('Nia Cole issued new bonds, analysts said.'), [['nia', 'cole']])).toBe(false);
  });

  it('is a statement they issued naming it, in an article headlined on the subject', async () => {
    const a = ask(await context(), "What did Nia Cole say about Dale's decision on the Clean Harbors Act?");
    expect(snippets(a)[0]).toContain('issued a blistering, written statement');
  });
});

describe('whether someone responded', () => {
  it('is the sentence that says they declined to comment', async () => {
    const a = ask(await context(), 'did tellus or norcom respond to the airlines letter');
    expect(snippets(a)[0]).toBe('Spokesmen for Tellus and Norcom declined to comment.');
  });
});
