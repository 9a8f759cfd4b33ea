import { describe, expect, it } from 'vitest';
import { chatAsWritten } from '../../src/answers/chat-text.ts';
import { questionType } from '../../src/answers/question.ts';
import { yesNoVerb } from '../../src/answers/yes-no-verb.ts';
import { termsOf } from '../../src/search/index.ts';
import { ask, seedContext, snippets } from './seed.ts';

// Questions typed as keywords or chat shorthand: "list of …", "… dates", "sec gen", "kinda"; and "long-range", which
// is a reach, not a range where troops train.
const never = () => false;

describe('keywords and shorthand', () => {
  it('drops "list of", and reads "sec gen" and "kinda" as the words they stand for', () => {
    expect(chatAsWritten('list of firing ranges used in the allied exercise', never, never)).toBe(
      'firing ranges used in the allied exercise',
    );
    expect(chatAsWritten('give me a list of airfields', never, never)).toBe('airfields');
    expect(chatAsWritten('nato sec gen warning', never, never)).toBe('nato secretary general warning');
    expect(chatAsWritten('what kinda hardware', never, never)).toBe('what kind of hardware');
    // "list" inside a question stays.
    expect(chatAsWritten('who is on the list of sanctioned banks', never, never)).toBe(
      'who is on the list of sanctioned banks',
    );
  });

  it('reads keywords closed by "dates" or "end date" as asking when', () => {
    expect(questionType('russian navy exercises black sea dates')).toBe('when');
    expect(questionType('drills end date')).toBe('when');
    expect(questionType('belarus troop count')).toBe('quantity');
    expect(questionType('what are the dates')).not.toBe('none');
  });

  it("finds a model's code with or without its hyphen, and keeps its parts", async () => {
    expect(termsOf('S-400 air defense systems')).toContain(termsOf('s400')[0]);
    expect(termsOf('COVID-19 cases')).toContain(termsOf('covid')[0]);
    expect(snippets(ask(await seedContext(), 's400 deployed?'))[0]).toMatch(/S-400 air defense/);
  });

  it('reads "long-range" and "short range" as a reach, not a range', () => {
    expect(termsOf('long-range artillery and short range missiles')).not.toContain(termsOf('range')[0]);
    expect(termsOf('a firing range')).toContain(termsOf('range')[0]);
  });

  it("answers the firing ranges in keywords with the training grounds, and the naval drills' dates", async () => {
    const ctx = await seedContext();
    expect(snippets(ask(ctx, 'list of firing ranges used in the allied exercise'))[0]).toMatch(
      /Osipovichsky training grounds/,
    );
    expect(snippets(ask(ctx, 'russian navy exercises black sea dates'))[0]).toMatch(/between February 14 and 19/);
  });
});

describe('paraphrases of the seed facts', () => {
  it('reads "kinds of X" as asking for X, hardware as equipment, a commander who travelled as a general who arrived', async () => {
    const ctx = await seedContext();
    expect(snippets(ask(ctx, 'What kinds of military hardware has Moscow sent into Belarus?'))[0]).toMatch(
      /troops and equipment into Belarus/,
    );
    expect(
      snippets(
        ask(ctx, 'Which senior Russian military commander travelled to Belarus before the exercise started?'),
      )[0],
    ).toMatch(/Gen\. Valery Gerasimov/);
  });

  it('reads "getting ready to" as preparing to, and a state asked by its participle ("worried") as the act', async () => {
    expect(chatAsWritten('is russia getting ready to attack', never, never)).toBe('is russia preparing to attack');
    expect(yesNoVerb('is washington worried about the belarus drills')).toBe('worried');
    const answer = ask(await seedContext(), 'does kyiv think russia is getting ready to attack from belarus?');
    expect(snippets(answer)[0]).toMatch(/do not appear to be preparing to launch an offensive/);
  });
});

describe('more paraphrases of the seed facts', () => {
  it('reads a warplane as a fighter jet, and "what goal do they give" as asking the purpose', async () => {
    const ctx = await seedContext();
    expect(snippets(ask(ctx, 'which model of warplane did russia send for the exercises'))[0]).toMatch(/SU-35/);
    expect(snippets(ask(ctx, 'What goal do the Russian military authorities give for the exercise?'))[0]).toMatch(
      /The purpose of the exercise is/,
    );
  });

  it('reads "could end up" as a possibility, not an outcome still awaited', async () => {
    const answer = ask(await seedContext(), 'according to the US how many troops could end up participating');
    expect(snippets(answer)[0]).toMatch(/up to 30,000 could take part/);
  });
});

describe('words asked for as words', () => {
  it('answers "what phrase did X use" and "what did X call it" with the quotation that names them', async () => {
    const ctx = await seedContext();
    for (const q of [
      'what phrase did lavrov use about his talks with the british foreign secretary',
      'what did lavrov call his talks w liz truss',
      "what phrase did russia's top diplomat use for his talks with the uk foreign secretary",
    ]) {
      expect(snippets(ask(ctx, q))[0]).toMatch(/dialogue of the deaf/);
    }
  });
});
