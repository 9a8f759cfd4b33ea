import { describe, expect, it } from 'vitest';
import { questionType, readQuestion } from '../../src/answers/question.ts';
import { processTerm, termsOf } from '../../src/search/index.ts';
import { ask, seedContext, snippets } from './seed.ts';

// A source named before the question ("according to X, …") and a yes/no asked of a figure; a figure someone gave in
// their own words; the words news uses for training ranges.
describe('a question after its source, and whether of a figure', () => {
  it('reads "according to X, is …" and "is the number of … going up" as yes/no, not as how many', () => {
    expect(questionType('according to the nato secretary general, is the number of russian forces going up?')).toBe(
      'yesno',
    );
    expect(questionType('is the number of russian forces going up?')).toBe('yesno');
    // The reason someone gives is in their words, however it is asked.
    expect(questionType("What's the official reason Moscow gives for holding these exercises?")).toBe('speech');
    expect(questionType('what is the reason for the drills')).not.toBe('speech');
    // A count asked after its source, and a count asked by "how many" after an auxiliary, stay counts.
    expect(questionType('according to janes, how many troops are in belarus')).toBe('quantity');
    expect(questionType('is it true how many troops are in belarus')).toBe('quantity');
  });

  it('answers whether the number is going up by the words that say it is increasing', async () => {
    const answer = ask(
      await seedContext(),
      'according to the nato secretary general, is the number of russian forces going up?',
    );
    expect(snippets(answer).join(' ')).toMatch(/the number of Russian forces is increasing/);
  });
});

describe('a figure in the words of the one asked about', () => {
  it('answers "how many troops did X say …" with the quotation that gives it, which names X only as "she"', async () => {
    const answer = ask(
      await seedContext(),
      'How many troops did Liz Truss say Russia has stationed on the Ukrainian border?',
    );
    expect(snippets(answer)[0]).toMatch(/stationing of over 100,000 troops on the Ukrainian border/);
  });

  it('reads training "ranges" as the training grounds the articles name', async () => {
    const answer = ask(await seedContext(), 'Which training ranges are being used for the exercises?');
    expect(snippets(answer)[0]).toMatch(/Osipovichsky training grounds/);
  });
});

describe('a count whose noun the sentence leaves out, and notice as warning time', () => {
  it('answers "washington\'s estimate of how many troops" with "up to 30,000 could take part"', async () => {
    const ctx = await seedContext();
    for (const q of [
      "washington's estimate of how many troops could be involved",
      'how many soldiers does washington think could join the excercise',
    ]) {
      expect(snippets(ask(ctx, q))[0]).toMatch(/assessing up to 30,000 could take part/);
    }
  });

  it('reads how much notice there is as the "warning time" of the articles', async () => {
    expect(termsOf('The warning time is decreasing')).toContain(processTerm('notice'));
    const answer = ask(
      await seedContext(),
      "What did NATO's chief warn regarding how much notice there'd be before a possible attack?",
    );
    expect(snippets(answer)[0]).toMatch(/Stoltenberg warned|warning time for a potential attack/);
  });

  it('keeps the words of "warning time" beside the notice it gives, and reads possible as potential, shrink as decrease', async () => {
    expect(termsOf('The warning time is decreasing')).toContain(processTerm('time'));
    const ctx = await seedContext();
    for (const q of [
      'nato sec gen warning about time before a possible attack',
      'according to the nato chief, is the alert window before a possible attack shrinking',
    ]) {
      expect(snippets(ask(ctx, q))[0]).toMatch(/warning time for a potential attack is decreasing/);
    }
  });
});

describe('"supposed to" as a plain future', () => {
  it('answers how long the war games are supposed to last with their length', async () => {
    const answer = ask(await seedContext(), 'how long are the war games supposed to last');
    expect(snippets(answer)[0]).toMatch(/10 days of joint military drills|10-day drills/);
  });
});

describe('a view asked of someone by their office', () => {
  it('reads "does Ukraine\'s defence chief believe" as asking the holder of that office', async () => {
    const never = () => false;
    expect(
      readQuestion("Does Ukraine's defence chief believe Russia has assembled an attack force?", never).names[0]?.text,
    ).toBe("Ukraine's defence chief");
    // Not a possessive of no name spotted, nor a plain subject.
    expect(readQuestion('does kyiv think russia is ready', never).names.map((n) => n.text)).not.toContain('kyiv think');
    const answer = ask(
      await seedContext(),
      "Does Ukraine's defence chief believe Russia has assembled an attack force in Belarus?",
    );
    expect(snippets(answer)[0]).toMatch(/Defense Minister, Oleksiy Reznikov/);
  });
});
