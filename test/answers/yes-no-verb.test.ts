import { describe, expect, it } from 'vitest';
import { whatIsAsked } from '../../src/answers/chat-text.ts';
import { readQuestion } from '../../src/answers/question.ts';
import { yesNoVerb } from '../../src/answers/yes-no-verb.ts';
import { processTerm } from '../../src/search/index.ts';

const never = () => false;

describe('the act a yes/no question asks about', () => {
  it('passes over auxiliaries and the verbs that frame the act', () => {
    expect(yesNoVerb('Has the board stopped the approval of the pipeline?')).toBe('stopped');
    expect(yesNoVerb('Is the president going to attend the summit?')).toBe('attend');
    expect(yesNoVerb('Did the union protest the closure?')).toBe('protest');
    expect(yesNoVerb('Is it over?')).toBeNull();
  });

  it('reads no verb inside a noun phrase after a country typed in lower case ("the us stock market")', () => {
    expect(yesNoVerb('is the us stock market open on christmas eve?')).toBe('open');
    expect(yesNoVerb('is the uk economy shrinking')).toBe('shrinking');
  });

  it('is the predicate of a yes/no question, a phrasal verb read as one word', () => {
    expect(readQuestion('Has the board stopped the approval of the pipeline?', never).predicate).toBe(
      processTerm('stopped'),
    );
    expect(readQuestion('Will the troops pull out of the region?', never).predicate).toBe(processTerm('withdraw'));
  });

  it('reads "end up joining" as joining, "show up to watch" as attending, "fall into" as going into', () => {
    expect(whatIsAsked('did she end up joining the board')).toBe('did she joining the board');
    expect(readQuestion('did she actually end up joining the board', never).predicate).toBe(processTerm('join'));
    expect(readQuestion('did she actually end up joining the board', never).content).not.toContain(processTerm('end'));
    expect(readQuestion('Will the king show up to watch the parade?', never).predicate).toBe(processTerm('attend'));
    // An economy "falls into" recession: no fall of a price.
    expect(whatIsAsked('did she say the country would fall into recession')).toBe(
      'did she say the country would go into recession',
    );
  });
});
