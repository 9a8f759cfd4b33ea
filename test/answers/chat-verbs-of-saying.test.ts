import { describe, expect, it } from 'vitest';
import { whatIsAsked } from '../../src/answers/chat-text.ts';
import { ask, knowledgeFixture, snippets } from './seed.ts';

// A minister on train announcements, firms leaving a market, an asset manager's size and a comedian's death.
// Invented articles.
const context = knowledgeFixture('chat-verbs-of-saying', [
  {
    file: 'trains.md',
    title: 'Train operators told to cut needless announcements',
    date: '2022-01-21',
    paragraphs: [
      'Train operators have been told to cut the number of announcements on board.',
      'Rail Secretary Alma Pryce said passengers were "plagued by an endless torrent of repeated and unnecessary announcements".',
      'The department said it would work with operators to find which messages could go.',
    ],
  },
  {
    file: 'exits.md',
    title: 'Clothing chain Varlo leaves Russia',
    date: '2022-03-05',
    paragraphs: [
      'Clothing chain Varlo said it would close its 500 stores in Russia.',
      'Other global brands, including Kestrel Phones, Lumen and Oakhaus, have already stopped selling in Russia.',
    ],
  },
  {
    file: 'manager.md',
    title: 'State pulls pension money from Tallis Capital',
    date: '2022-01-18',
    paragraphs: [
      'The state treasurer said he would pull pension money from Tallis Capital.',
      'Tallis Capital, with more than $4 trillion in assets under management, said it regretted the decision.',
    ],
  },
  {
    file: 'comedian.md',
    title: 'Comedian Dana Reyes dies on tour',
    date: '2022-01-09',
    paragraphs: [
      'Comedian Dana Reyes was found dead in a hotel room in Orlando on Sunday, the sheriff said.',
      'Reyes was in the midst of a tour at the time of her death that was set to take her to several other cities.',
      'She was 58.',
    ],
  },
]);

describe('chat verbs of complaining and dying', () => {
  it('reads "moaning" as complaining, told by what the minister said, and a "minister" styled secretary', async () => {
    expect(whatIsAsked('which minister is moaning about the announcements')).toContain('complaining');
    const a = ask(await context(), 'which minister is moaning about all the pointless train announcements');
    expect(snippets(a)[0]).toContain('Alma Pryce');
  });

  it('reads "passed away" and "when she passed" as died', () => {
    expect(whatIsAsked('when did the actor pass away')).toContain('die');
    expect(whatIsAsked('how old was dana reyes when she passed')).toContain('when she died');
    expect(whatIsAsked('did she pass the test')).toContain('pass the test');
  });

  it('answers "how old" with the sentence that tells the age', async () => {
    const a = ask(await context(), 'how old was dana reyes');
    expect(snippets(a)[0]).toBe('She was 58.');
  });
});

describe('a decision told by "stopped doing it"', () => {
  it('answers whether a firm stopped selling from "have already stopped selling", though it names others too', async () => {
    const a = ask(await context(), 'did kestrel phones stop selling in russia too?');
    expect(snippets(a)[0]).toContain('already stopped selling');
  });
});

describe("finance's short forms", () => {
  it('reads "AUM" as assets under management, which the articles spell out', async () => {
    const a = ask(await context(), 'how much money is Tallis Capital sitting on, like total AUM?');
    expect(snippets(a)[0]).toContain('$4 trillion');
  });
});

describe('a chief executive stepping down', () => {
  const retiring = knowledgeFixture('chat-verbs-retiring', [
    {
      file: 'retire.md',
      title: 'Grillhouse chain Tavora names new chief as CEO retires',
      date: '2021-12-17',
      paragraphs: [
        'Eugene Marsh Jr. (https://www.tavora.example/leadership/gene-marsh)',
        'Tavora CEO Eugene Marsh Jr. has announced he will retire from the top executive role on May 29, 2022.',
        '"It has been a privilege to serve as CEO for the past seven years," Marsh said.',
      ],
    },
  ]);

  it('answers when "gene marsh" steps down by when Eugene Marsh retires, not by a link left as a line', async () => {
    const a = ask(await retiring(), 'when is gene marsh actually stepping down as tavora ceo?');
    expect(snippets(a)[0]).toContain('May 29, 2022');
    expect(snippets(a).join(' ')).not.toContain('https://');
  });
});

describe('what someone said on a subject asked in words no article uses', () => {
  const platform = knowledgeFixture('chat-verbs-platform', [
    {
      file: 'platform.md',
      title: 'Kessler agrees to buy Chirper for $44bn',
      date: '2022-04-27',
      paragraphs: [
        'Kessler agreed to buy Chirper for $44bn on Monday, and Chirper accepted his offer.',
        'Kessler said he wanted Chirper to be a platform for free speech.',
        'Still, Donald Trump has denied he will get back on the platform if he is let back.',
        '"I am not going on Chirper. I am going to stay on my own site," Trump told a radio station on Monday.',
        'Chirper shares rose after Kessler made his offer.',
        'Trump also said the economy was in bad shape.',
      ],
    },
  ]);

  it('is told by the other names asked, around their words, though the article is on them', async () => {
    const a = ask(await platform(), 'what did trump say about rejoining chirper if kessler unbans him');
    expect(snippets(a)[0]).toContain('I am not going on Chirper');
  });

  it('is still refused when no other name asked is around their words', async () => {
    const a = ask(await platform(), 'what did trump say about unbanning rejoinery');
    expect(snippets(a).join(' ')).not.toContain('economy');
  });
});
