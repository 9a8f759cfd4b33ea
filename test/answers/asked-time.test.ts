import { describe, expect, it } from 'vitest';
import { tooLateFor } from '../../src/answers/asked-time.ts';
import { datedArticles as dated } from './seed.ts';

describe('a time after every article was written', () => {
  const spring = dated('2022-03-28', '2022-04-01');

  it('is refused for a day, saying when the latest article was written', () => {
    expect(tooLateFor('What punishment did the Academy give at its April 18 board meeting?', false, spring)).toBe(
      'No article can say that yet: the latest of them was written on 2022-04-01, before April 18.',
    );
    expect(tooLateFor('what happened on 3rd April 2022', false, spring)).toMatch(/before April 3\.$/);
  });

  it('is answerable beforehand when asked in the present, as a day the articles may announce', () => {
    expect(tooLateFor('is the tax filing deadline april 18 this year', false, spring)).toBeNull();
    expect(tooLateFor("what's the penalty for filing after april 18", false, spring)).toBeNull();
    expect(tooLateFor('what happened at the april 18 filing deadline', false, spring)).not.toBeNull();
  });

  it('is answered when an article was written on or after it', () => {
    expect(tooLateFor('what happened on March 30', false, spring)).toBeNull();
    expect(tooLateFor('what happened on April 1', false, spring)).toBeNull();
  });

  it('reads "Will" inside a question as a name, and a question about what is expected as answerable beforehand', () => {
    expect(tooLateFor('What did Will Smith do on April 18?', false, spring)).not.toBeNull();
    expect(tooLateFor('Will the board meet on April 18?', false, spring)).toBeNull();
    expect(tooLateFor('what is expected at the April 18 meeting', false, spring)).toBeNull();
  });

  it("refuses a month's figure only once the month has not ended by the latest article", () => {
    const march = dated('2022-03-10');
    expect(tooLateFor('What was the US inflation rate for March 2022?', true, march)).toBe(
      'No article can say that yet: the latest of them was written on 2022-03-10, before the end of March 2022.',
    );
    expect(tooLateFor('What was the inflation rate for February 2022?', true, march)).toBeNull();
    // Not a figure, or not the whole month: nothing to refuse.
    expect(tooLateFor('What happened in March 2022?', false, march)).toBeNull();
    expect(tooLateFor('How much did Russia pay at the end of March?', true, march)).toBeNull();
    // What began in the month is known from its first day, not from its end.
    expect(
      tooLateFor('How large is the borrowing plan for the fiscal year that kicked off in March?', true, march),
    ).toBeNull();
    expect(tooLateFor('How many people use the rule that took effect in March?', true, march)).toBeNull();
  });

  it('reads a month without its year, for whether something happened then, as the one nearest the articles', () => {
    const march = dated('2022-03-17');
    expect(tooLateFor('did the fed end up going with a half-point hike at its may meeting?', false, march)).toMatch(
      /before May 2022\.$/,
    );
    // What was said of the month is said before it; a month half a year on is read as the last one.
    expect(tooLateFor('what did powell say about hiking in may', false, march)).toBeNull();
    expect(tooLateFor('did the fed raise rates at its march meeting', false, march)).toBeNull();
    expect(tooLateFor('did the fed raise rates at its november meeting', false, march)).toBeNull();
    // "How did …" asks how it went then, as "did" does.
    const february = dated('2022-02-13');
    expect(tooLateFor('how did the stock react to its earnings in april?', false, february)).toMatch(
      /before April 2022\.$/,
    );
    expect(tooLateFor('how did the stock react to its earnings in february?', false, february)).toBeNull();
  });

  it('says nothing when an article is undated', () => {
    expect(tooLateFor('what happened on April 18', false, dated('2022-04-01', null))).toBeNull();
  });
});
