import { describe, expect, it } from 'vitest';
import { figureNameTerms } from '../../src/answers/asked-facts.ts';
import { speaksIn } from '../../src/answers/folded.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { NUMBER, relatedTerms } from '../../src/answers/ranking.ts';
import { processTerm } from '../../src/search/index.ts';
import { ask, chat, knowledgeFixture, snippets } from './seed.ts';

// A length told in words, amounts asked by what holds them, the people a "which" asks for, and a speaker's adverb.
// Invented articles.
const context = knowledgeFixture('lengths-and-amounts', [
  {
    file: 'call.md',
    title: 'Leaders speak by phone',
    date: '2022-02-13',
    paragraphs: [
      'President Ada Morrow told Prime Minister Ivo Kessler in a roughly hour-long call Sunday that the alliance would respond swiftly.',
      'Their latest call came a day after Morrow warned the rival power.',
    ],
  },
  {
    file: 'crash.md',
    title: 'Tech giant plunges',
    date: '2022-02-04',
    paragraphs: [
      'The Fablr parent plunged 26% Thursday, erasing about $251 billion in market value in the biggest one-day wipeout for any company.',
    ],
  },
  {
    file: 'estate.md',
    title: 'A mansion sells at a discount',
    date: '2022-03-04',
    paragraphs: [
      'The hilltop estate, dubbed “The Summit”, had a list price of $295 million. Developer Rolf Andrade said in 2015 that he would ask $500 million for it.',
      'The estate, whose original asking price was far higher, sold for $141 million at auction.',
    ],
  },
]);

describe('a length told in words', () => {
  it('answers "how long", though it has no digit', async () => {
    const ctx = await context();
    const answer = ask(ctx, 'how long did morrow and kessler talk on the phone sunday');
    expect(snippets(answer)[0]).toContain('hour-long call');
    expect(relatedTerms(processTerm('talk') as string)).toContain(processTerm('call'));
  });
});

describe('an amount asked by what holds it', () => {
  it('is a sum, whatever it is of: market cap, a borrowing program', async () => {
    expect(readQuestion('how much market cap did fablr lose', () => false).counted).toBeNull();
    expect(
      readQuestion("how large is the government's borrowing program for the year", () => false).counted,
    ).toBeNull();
    const ctx = await context();
    expect(snippets(ask(ctx, 'how much market cap did fablr lose in that one day crash'))[0]).toContain('$251 billion');
  });

  it('reads "lately" as when, not as what is counted', () => {
    expect(readQuestion('home prices up how much lately??', () => false).counted).toBeNull();
  });
});

describe('the people a "which" asks for', () => {
  it('are followed by the verb, however many words describe them', () => {
    expect(readQuestion('which dem senator said the repeal should be delayed?', () => false).predicate).toBeNull();
    expect(readQuestion('which republican lawmakers slammed the plan', () => false).predicate).toBe(
      processTerm('slammed'),
    );
  });

  it('relate a rule repealed to one rescinded, and ships booked to ships chartered', () => {
    expect(relatedTerms(processTerm('repeal') as string)).toContain(processTerm('rescind'));
    expect(relatedTerms(processTerm('booked') as string)).toContain(processTerm('chartered'));
  });
});

describe("an adverb before a speaker's verb", () => {
  it('is no word of their name, even misspelt', async () => {
    const question = "what did rolf andrade originaly say he wanted for 'The Summit'";
    const names = readQuestion(question, () => false).names.map((n) => n.text);
    expect(names).toContain('rolf andrade');
    expect(readQuestion('what did john kelly say', () => false).names.map((n) => n.text)).toContain('john kelly');
    const ctx = await context();
    const answer = ask(ctx, 'what did rolf andrade originaly say he wanted for the estate');
    expect(snippets(answer)[0]).toContain('$500 million');
  });
});

describe('a number in words', () => {
  it('counts in lower case, and in a headline in capitals, but not as a capitalised name', () => {
    expect(NUMBER.test('"Million Dollar Listing" broker Kirsten Jordan warned rents may go higher')).toBe(false);
    expect(NUMBER.test('more than a million people')).toBe(true);
    expect(NUMBER.test('Two people were hurt')).toBe(true);
    expect(NUMBER.test('CDC ADDS TWO MORE DESTINATIONS')).toBe(true);
  });
});

describe('the one a verb of speech addresses', () => {
  it('is not the speaker', () => {
    const forms = [['putin'], ['vladimir', 'putin']];
    expect(
      speaksIn(' biden warned russian president vladimir putin during a call that the us will respond ', forms),
    ).toBe(false);
    expect(speaksIn(' the west will pay, said vladimir putin on sunday ', forms)).toBe(true);
  });

  it('is not the speaker when a pronoun before the verb speaks ("she said Mr Putin had …")', () => {
    const forms = [['putin'], ['vladimir', 'putin']];
    expect(speaksIn(' she said mr putin and his aides had misled the public ', forms)).toBe(false);
    // Nor the subject of a clause of its own a few words on; an appositive after the name is no such clause.
    expect(speaksIn(' chang says chinese president xi jinping is adopting old ideas ', [['chinese']])).toBe(false);
    expect(speaksIn(' the west will pay said vladimir putin who is in moscow ', forms)).toBe(true);
  });
});

describe('a figure asked by its cap', () => {
  it('is a figure, named by each word of what is capped', () => {
    const question = 'whats the max weekly unemployment benefit in the state rn';
    expect(readQuestion(question, () => false).type).toBe('quantity');
    expect(figureNameTerms(question)).toEqual(
      expect.arrayContaining([processTerm('weekly'), processTerm('unemployment'), processTerm('benefit')]),
    );
  });
});

describe('a rise asked as "up how much"', () => {
  it('is a rise, told by how much it went up', () => {
    expect(readQuestion('spokane home prices up how much lately??', () => false).predicate).toBe(processTerm('rise'));
  });
});

describe('odds and blame', () => {
  it('read the odds asked as a figure, told as a chance', () => {
    expect(readQuestion('what odds does he give that we are back at the peak?', () => false).type).toBe('quantity');
    expect(relatedTerms(processTerm('odds') as string)).toContain(processTerm('chance'));
  });

  it('read what someone blames as what they say caused it', () => {
    expect(relatedTerms(processTerm('blame') as string)).toContain(processTerm('caused'));
  });
});

describe('a kind of source after a count', () => {
  it('names no one the answer must hold', () => {
    expect(chat('roughly how many mercenaries have been killed so far according to US officials')).not.toContain(
      'according to',
    );
    // A view asked of them is theirs.
    expect(chat('what stage is the buildup at, according to analysts')).toContain('according to analysts');
  });
});
