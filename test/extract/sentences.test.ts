import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/extract/language/sentences.ts';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('sentence splitting', () => {
  it('keeps a state abbreviated after its city inside the sentence ("Westport, Conn., says")', () => {
    expect(
      texts('The head of Birch Research, in Westport, Conn., says a correction began on Jan. 24. Stocks rose.'),
    ).toEqual(['The head of Birch Research, in Westport, Conn., says a correction began on Jan. 24.', 'Stocks rose.']);
    expect(texts('She moved to Austin, Tex., last year.')).toEqual(['She moved to Austin, Tex., last year.']);
  });

  it('keeps a lawmaker\'s party and state inside the sentence ("Sen. Ann Vale, D-Mass., said")', () => {
    expect(texts('Sen. Ann Vale, D-Mass. said the bill would pass. It did.')).toEqual([
      'Sen. Ann Vale, D-Mass. said the bill would pass.',
      'It did.',
    ]);
    expect(texts('Rep. Tom Orr, R-Pa., told reporters he was upset.')).toEqual([
      'Rep. Tom Orr, R-Pa., told reporters he was upset.',
    ]);
    expect(texts('Sen. Jo Mann, D-W.Va. killed the plan.')).toEqual(['Sen. Jo Mann, D-W.Va. killed the plan.']);
    expect(texts('Warner Bros. and Sony cited the war.')).toEqual(['Warner Bros. and Sony cited the war.']);
  });

  it('keeps two lawmakers under one title inside the sentence ("Sens. Ann Vale and Tom Orr")', () => {
    expect(texts('Sens. Ann Vale, D-Md., and Tom Orr, R-Miss., led the effort. It failed.')).toEqual([
      'Sens. Ann Vale, D-Md., and Tom Orr, R-Miss., led the effort.',
      'It failed.',
    ]);
    expect(texts('Reps. Jo Mann and Al Reed voted no.')).toEqual(['Reps. Jo Mann and Al Reed voted no.']);
  });

  it('still ends a sentence at a state abbreviation when a new sentence starts, and at a word that looks like one', () => {
    expect(texts('He lives in Austin, Tex. The market fell.')).toEqual([
      'He lives in Austin, Tex.',
      'The market fell.',
    ]);
    expect(texts('She said she felt ill. Then she left.')).toEqual(['She said she felt ill.', 'Then she left.']);
  });

  it('splits two paragraphs the source ran together with a stray comma, but not "U.S., Canada"', () => {
    expect(texts('It will end this year., Read more here.')).toEqual(['It will end this year.', 'Read more here.']);
    expect(texts('Sales rose in the U.S., Canada and Mexico.')).toEqual(['Sales rose in the U.S., Canada and Mexico.']);
  });
});
