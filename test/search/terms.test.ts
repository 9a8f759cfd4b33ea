import { describe, expect, it } from 'vitest';
import { fold, isStopword, processTerm, termsOf, tokenize } from '../../src/search/terms.ts';

describe('fold', () => {
  it('removes accents and lower-cases', () => {
    expect(fold('Zélensky ÉTÉ')).toBe('zelensky ete');
  });
});

describe('tokenize', () => {
  it('keeps thousands together so a figure matches as written', () => {
    expect(tokenize('an expected 30,000 combat troops')).toContain('30000');
  });

  it('tells the country US from the pronoun us', () => {
    expect(termsOf('US officials said')).toContain(processTerm('unitedstates'));
    expect(termsOf('the U.S. said')).toEqual(termsOf('the United States said'));
    expect(termsOf('tell us')).toEqual(termsOf('said'));
  });

  it('reads what is ruled out apart from a rule', () => {
    expect(termsOf('he ruled out new restrictions')).not.toContain(processTerm('rule'));
    expect(termsOf('did she rule out a rise')).toEqual(expect.arrayContaining(termsOf('she ruled out')));
    expect(termsOf('the new rules')).toContain(processTerm('rule'));
  });

  it('reads a start-up as a young company, not as starting', () => {
    expect(termsOf('German banking start-up N26')).not.toContain(processTerm('start'));
    expect(termsOf('two start-ups')).toEqual(termsOf('two startups'));
    expect(termsOf('the drills started')).toContain(processTerm('start'));
  });

  it('reads "added" and "adding" as "add", not as an advertisement', () => {
    expect(processTerm('added')).toBe(processTerm('add'));
    expect(processTerm('adding')).toBe(processTerm('adds'));
    expect(processTerm('added')).not.toBe(processTerm('ads'));
  });

  it("keeps an analyst's price target apart from the share price", () => {
    expect(termsOf('lowered its price target')).not.toContain(processTerm('price'));
    expect(termsOf('a target price of $300')).toEqual(termsOf('a price target of $300'));
    // A boss who will "stand down" resigns, as one who "steps down"; troops that stand down do not.
    expect(termsOf('she would stand down')).toContain(processTerm('resign'));
    expect(termsOf('he stood down as chairman')).toContain(processTerm('resign'));
    expect(termsOf('the troops were told to stand down')).not.toContain(processTerm('resign'));
    expect(termsOf('the share price fell')).toContain(processTerm('price'));
  });

  it('meets "going home" with leaving, and Kiev with Kyiv', () => {
    expect(termsOf('troops will go home')).toEqual(termsOf('troops will leave'));
    expect(termsOf('Kiev')).toEqual(termsOf('Kyiv'));
  });

  it('meets "passed away" with died, and "made off with" with steal', () => {
    expect(termsOf('the coach passed away')).toEqual(termsOf('the coach died'));
    expect(termsOf('the hacker made off with the coins')).toEqual(termsOf('the hacker steal the coins'));
  });

  it('folds America into the country except in the names "America First" and "America Online", in any case of the rest', () => {
    expect(tokenize('put America first')).toEqual(['put', 'unitedstates', 'first']);
    expect(tokenize('an America First rally')).toEqual(['an', 'America', 'First', 'rally']);
    expect(tokenize('AMERICA is back')).toEqual(['AMERICA', 'is', 'back']);
  });

  it('reads the percent sign as the word, so "what percentage" meets "23.9%"', () => {
    expect(tokenize('Shares fell 23.9% to $24.22')).toEqual(['Shares', 'fell', '23', '9', 'percent', 'to', '24', '22']);
    expect(processTerm('percentage')).toBe(processTerm('percent'));
  });

  it('joins "war games" into one term', () => {
    expect(termsOf('defensive war games')).toEqual(termsOf('defensive drills'));
  });
});

describe('processTerm', () => {
  it('drops stopwords and question words', () => {
    for (const w of ['the', 'What', 'did', 'where', 'how']) expect(processTerm(w)).toBeNull();
    expect(isStopword('Which')).toBe(true);
    expect(isStopword('Kyiv')).toBe(false);
  });

  it('stems inflections onto one term', () => {
    expect(processTerm('completion')).toBe(processTerm('complete'));
    expect(processTerm('deploy')).toBe(processTerm('deployment'));
    expect(processTerm('deploying')).toBe(processTerm('deployment'));
  });

  it.each([
    ['drills', 'exercises', 'maneuvers', 'manoeuvres', 'wargames'],
    ['troops', 'forces', 'soldiers', 'personnel'],
    ['said', 'told', 'warned', 'says'],
    ['skeptical', 'sceptical'],
    ['adviser', 'advisers', 'advisor', 'advisors'],
    ['senator', 'senators', 'Sen'],
  ])('maps news synonyms onto one term: %s', (...words) => {
    const terms = new Set(words.map(processTerm));
    expect(terms.size).toBe(1);
    expect([...terms][0]).not.toBeNull();
  });

  it('keeps unrelated words apart', () => {
    expect(processTerm('troops')).not.toBe(processTerm('drills'));
    expect(processTerm('shipping')).not.toBe(processTerm('warships'));
    // A goal is an aim as often as a score.
    expect(processTerm('goal')).not.toBe(processTerm('scored'));
  });
});

describe('irregular verbs', () => {
  it('are one term with their base form, so "how much did they spend" meets "spent", "a child" "children"', () => {
    for (const [past, base] of [
      ['spent', 'spend'],
      ['stolen', 'steal'],
      ['withdrew', 'withdraw'],
      ['frozen', 'freeze'],
      ['found', 'find'],
      ['laid', 'lay'],
      ['sought', 'seek'],
      ['fled', 'flee'],
      ['forgiven', 'forgive'],
      // And plurals not in -s.
      ['children', 'child'],
      ['women', 'woman'],
      ['crises', 'crisis'],
    ]) {
      expect(processTerm(past as string)).toBe(processTerm(base as string));
    }
  });

  it('leave alone the words written like one that are others ("the Fed", "bound for", "meant to")', () => {
    expect(processTerm('fed')).not.toBe(processTerm('feed'));
    expect(processTerm('bound')).not.toBe(processTerm('bind'));
    expect(processTerm('wound')).not.toBe(processTerm('wind'));
    expect(processTerm('meant')).not.toBe(processTerm('mean'));
  });
});

describe('a military offensive', () => {
  it('is an invasion, and an offence (a crime) is not', () => {
    expect(processTerm('offensive')).toBe(processTerm('invasion'));
    expect(processTerm('offence')).not.toBe(processTerm('invasion'));
    expect(processTerm('offense')).not.toBe(processTerm('invasion'));
  });

  it('reads forces as troops, and who is "forced" to act as compelled', () => {
    expect(processTerm('forces')).toBe(processTerm('troops'));
    expect(processTerm('forced')).not.toBe(processTerm('troops'));
    expect(processTerm('forcing')).toBe(processTerm('compelled'));
  });
});

describe('words that stem as a synonym group does', () => {
  it('are not read as it: "quite" is no resignation, "détente" no detention', () => {
    expect(processTerm('quite')).not.toBe(processTerm('quit'));
    expect(processTerm('détente')).not.toBe(processTerm('detention'));
    expect(processTerm('quit')).toBe(processTerm('resigned'));
  });
});

describe('words the stemmer would fold onto another', () => {
  it('keep their own term: news is not new, important not imports, an executive no execution', () => {
    for (const [word, other] of [
      ['news', 'new'],
      ['important', 'imports'],
      ['executives', 'execution'],
      ['securities', 'security'],
      ['officers', 'office'],
      ['international', 'intern'],
      ['united', 'units'],
      ['based', 'base'],
      ['ads', 'added'],
      ['cities', 'citi'],
      ['ratings', 'rates'],
      ['eve', 'EV'],
    ]) {
      expect(processTerm(word as string), word).not.toBe(processTerm(other as string));
    }
    // Forms of one word still meet.
    expect(processTerm('executive')).toBe(processTerm('executives'));
    expect(processTerm('authorities')).toBe(processTerm('authority'));
    expect(processTerm('city')).toBe(processTerm('cities'));
    expect(processTerm('ad')).toBe(processTerm('advertising'));
  });
});
