import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findQuoteSpans, maskQuotes } from '../../src/extract/language/quote-spans.ts';
import { sentencesOf } from '../../src/extract/language/sentences.ts';
import { extractFacts } from '../../src/extract/pipeline.ts';
import { extractQuotes, quoteKind } from '../../src/extract/speakers/quotes.ts';
import type { Quote } from '../../src/extract/types.ts';
import type { Article } from '../../src/knowledge/types.ts';

function articleOf(...paragraphs: string[]): Article {
  return {
    id: 'q',
    file: 'q.md',
    format: 'markdown',
    meta: { title: null, publisher: null, byline: [], date: null, url: null, language: null, tags: [] },
    paragraphs: paragraphs.map((text, i) => ({ number: i + 1, text })),
    contentHash: 'h',
  };
}

function quotesOf(...paragraphs: string[]): Quote[] {
  const a = articleOf(...paragraphs);
  return extractQuotes(a, sentencesOf(a.id, a.paragraphs), []);
}

function only(paragraphs: string[], text: string): Quote {
  const hit = quotesOf(...paragraphs).find((q) => q.text === text);
  if (!hit) throw new Error(`no quote ${JSON.stringify(text)} in ${JSON.stringify(quotesOf(...paragraphs))}`);
  return hit;
}

describe('findQuoteSpans', () => {
  it('pairs curly marks and leaves the trailing comma out of the words', () => {
    const spans = findQuoteSpans('“The road is shut,” she said.');
    expect(spans.map((s) => [s.text, s.shape])).toEqual([['The road is shut', 'paired']]);
  });

  it('pairs straight marks by position', () => {
    const spans = findQuoteSpans('He called it "a mess" and "a scandal".');
    expect(spans.map((s) => s.text)).toEqual(['a mess', 'a scandal']);
  });

  it('repairs a quotation opened with a closing mark glued to the previous sentence', () => {
    const text = 'The mayor spoke last.”Nobody will be left behind,” she said.';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => [s.text, s.shape])).toEqual([['Nobody will be left behind', 'reversed-open']]);
  });

  it('turns a stray closing mark into a quotation that starts at its sentence', () => {
    const text = 'Duarte warned that “the river is rising.” The next flood could come within days.”';
    const spans = findQuoteSpans(text);
    expect(spans.map((s) => [s.text, s.shape])).toEqual([
      ['the river is rising.', 'paired'],
      ['The next flood could come within days.', 'stray-close'],
    ]);
  });

  it('leaves a quotation that runs on to the next paragraph open-ended', () => {
    const spans = findQuoteSpans('The captain said: “We sailed at dawn.');
    expect(spans.map((s) => [s.text, s.shape])).toEqual([['We sailed at dawn.', 'open-ended']]);
  });

  it('keeps nested single quotes inside the double-quoted span', () => {
    const spans = findQuoteSpans('“He told us: ‘Go home.’ We stayed,” Ali said.');
    expect(spans.map((s) => s.text)).toEqual(['He told us: ‘Go home.’ We stayed']);
  });

  it('finds nothing in text without quotation marks, and ignores empty marks', () => {
    expect(findQuoteSpans('No quotes here at all.')).toEqual([]);
    expect(findQuoteSpans('An empty pair “ ” stays out.')).toEqual([]);
  });

  it('on any text, spans are ordered, disjoint, verbatim slices with their marks around them', () => {
    const pieces = fc.constantFrom('“', '”', '"', ' ', 'a', 'B', '.', ',', ' said X.', '’');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        let last = 0;
        for (const s of findQuoteSpans(text)) {
          expect(s.outerStart).toBeGreaterThanOrEqual(last);
          expect(s.outerStart).toBeLessThanOrEqual(s.start);
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(s.outerEnd);
          expect(text.slice(s.start, s.end)).toBe(s.text);
          last = s.outerEnd;
        }
        expect(maskQuotes(text)).toHaveLength(text.length);
      }),
    );
  });

  it('masks quotations character for character', () => {
    const text = 'She said “yes” twice.';
    const masked = maskQuotes(text);
    expect(masked).toHaveLength(text.length);
    expect(masked).toBe('She said       twice.');
  });
});

describe('quoteKind', () => {
  it('tells a name after "called" from a partial and a direct quotation', () => {
    const text = 'The plan, called “Blue Sky,” will “cut costs sharply,” Reyes said. “It works.”';
    const [name, partial, direct] = findQuoteSpans(text);
    expect(quoteKind(text, name as never)).toBe('term');
    expect(quoteKind(text, partial as never)).toBe('partial');
    expect(quoteKind(text, direct as never)).toBe('direct');
  });

  it("reads a title inside the reporter's sentence as a term, not a partial quotation", () => {
    const text = 'Studios spend more on shows like “Severance,” and on a “Lord of the Rings” prequel, “cutting Costs.”';
    const [show, film, partial] = findQuoteSpans(text);
    expect(quoteKind(text, show as never)).toBe('term');
    expect(quoteKind(text, film as never)).toBe('term');
    expect(quoteKind(text, partial as never)).toBe('partial');
    const answer = 'Asked if he would go, he replied “Yes” at once.';
    expect(quoteKind(answer, findQuoteSpans(answer)[0] as never)).toBe('partial');
    const opening = '“Stop Now,” she said.';
    expect(quoteKind(opening, findQuoteSpans(opening)[0] as never)).toBe('direct');
  });
});

describe('extractQuotes: speaker rules', () => {
  it('"…, he said" after a new subject opens the paragraph: that subject, not the last speaker', () => {
    const paragraphs = [
      '"We are going ahead," Mr. Lund told staff on Monday.',
      'Mr. Brandt addressed concerns about his silence. "It took longer than we hoped," but he and Mr. Lund were bound by the rules to keep quiet, he said.',
    ];
    expect(only(paragraphs, 'It took longer than we hoped').speaker).toBe('Brandt');
    // A subject of the same sentence is no such opener: the speaker goes on ("because Ms. Holt had …, she said").
    const sameSentence = [
      '"The jury was careful," Ms. Varga said.',
      'They cleared Ms. Holt of two counts because "Ms. Holt had no say in it," she said.',
    ];
    expect(only(sameSentence, 'Ms. Holt had no say in it').speaker).toBe('Varga');
  });

  it('lets the text\'s "she" overrule the gender a given name usually has, when nobody else agrees', () => {
    const paragraphs = [
      'Traders were nervous, said Tom Reyes, a strategist at a fund.',
      '"This is only the start," he said.',
      'However, Dan Okafor, chief economist at Harbour Bank, does not expect the slowdown to last.',
      '"Supply lines are holding," she said.',
      '"Rates could fall," she added.',
    ];
    // The whole pipeline: the gender guess is made where the article's people are indexed.
    const speakerOf = (ps: string[], text: string) =>
      extractFacts(articleOf(...ps)).quotes.find((q) => q.text === text)?.speaker;
    expect(speakerOf(paragraphs, 'This is only the start')).toBe('Tom Reyes');
    expect(speakerOf(paragraphs, 'Supply lines are holding')).toBe('Dan Okafor');
    expect(speakerOf(paragraphs, 'Rates could fall')).toBe('Dan Okafor');
    // A woman named in between is still the one "she" stands for.
    const withWoman = [...paragraphs.slice(0, 3), 'Maria Lopez, a trader, disagreed.', paragraphs[3] as string];
    expect(speakerOf(withWoman, 'Supply lines are holding')).toBe('Maria Lopez');
    // A title that contradicts a guessed gender is somebody else of that surname (a couple), not him.
    const couple = ['Mariel and Matt Balaban rented for years.', '"We wanted a yard," Mrs. Balaban said.'];
    expect(speakerOf(couple, 'We wanted a yard')).not.toBe('Matt Balaban');
  });

  it('"Q," X said: the clause right after the closing mark, with role and canonical name', () => {
    const q = only(
      ['“The bridge will reopen next month,” Transport Minister Anna Kowalski said on Monday.'],
      'The bridge will reopen next month',
    );
    expect(q).toMatchObject({ speaker: 'Anna Kowalski', speakerRole: 'Transport Minister', rule: 'quote-then-verb' });
    expect(q.kind).toBe('direct');
  });

  it('X said: "Q", with a surname resolved to the full name given earlier', () => {
    const paragraphs = [
      'Transport Minister Anna Kowalski visited the site on Monday.',
      'Asked about the delay, Kowalski said: “We are doing everything we can.”',
    ];
    const q = only(paragraphs, 'We are doing everything we can.');
    expect(q.speaker).toBe('Anna Kowalski');
    expect(q.speakerAliases).toContain('Kowalski');
    expect(q.rule).toBe('verb-then-quote');
  });

  it('said X, with an appositive role after the name', () => {
    const q = only(['“Prices will rise,” said Marek Nowak, an economist at a bank in Gdansk.'], 'Prices will rise');
    expect(q.speaker).toBe('Marek Nowak');
  });

  it('according to X', () => {
    const q = only(
      ['The port handled “record volumes” last year, according to the Harbour Authority.'],
      'record volumes',
    );
    expect(q).toMatchObject({ speaker: 'Harbour Authority', rule: 'according-to', kind: 'partial' });
  });

  it('"the statement said" resolves to the body that issued the statement', () => {
    const q = only(
      [
        'The Environment Agency announced the closure on Friday in a statement.',
        '“The site poses a risk to walkers,” the statement said.',
      ],
      'The site poses a risk to walkers',
    );
    expect(q.speaker).toBe('Environment Agency');
  });

  it('"it wrote" resolves to the last body, for every quotation of the sentence', () => {
    const paragraphs = [
      'The Environment Agency listed the affected areas in a statement.',
      'Work covers the “northern section,” while the “old quay is also closed,” it wrote.',
    ];
    const quotes = quotesOf(...paragraphs);
    expect(quotes.map((q) => q.speaker)).toEqual(['Environment Agency', 'Environment Agency']);
  });

  it("a second quotation of the paragraph without a verb keeps the first one's speaker", () => {
    const q = only(
      ['“We agreed on a timetable,” Tom Reyes said after the talks. “Now we must keep to it.”'],
      'Now we must keep to it.',
    );
    expect(q).toMatchObject({ speaker: 'Tom Reyes', rule: 'same-paragraph' });
  });

  it("a paragraph that is only quotation continues the previous paragraph's speaker", () => {
    const q = only(
      ['“Our staff are ready,” says Lena Ortiz, who runs a bakery in the old town.', '“We have done this before.”'],
      'We have done this before.',
    );
    expect(q).toMatchObject({ speaker: 'Lena Ortiz', rule: 'continued-quote' });
  });

  it('a quotation left open at a paragraph end runs on with the same speaker', () => {
    const paragraphs = ['The captain, Leo Brandt, said: “We sailed at dawn.', '“By noon the storm had passed.”'];
    expect(only(paragraphs, 'We sailed at dawn.').speaker).toBe('Leo Brandt');
    expect(only(paragraphs, 'By noon the storm had passed.')).toMatchObject({
      speaker: 'Leo Brandt',
      rule: 'continued-quote',
    });
  });

  it('"she said" resolves to the last named woman, "he added" skips her for the last man', () => {
    const paragraphs = [
      '“We agreed on a timetable,” Tom Reyes said.',
      'Sara Lind, the council leader, disagreed with him.',
      '“It is far too slow,” she said.',
      '“We will see,” he added.',
    ];
    expect(only(paragraphs, 'It is far too slow').speaker).toBe('Sara Lind');
    expect(only(paragraphs, 'We will see').speaker).toBe('Tom Reyes');
  });

  it('a pronoun with nobody to refer to leaves the speaker null', () => {
    const q = only(['“It is far too slow,” she said.'], 'It is far too slow');
    expect(q.speaker).toBeNull();
    expect(q.rule).toBeNull();
  });

  it('a quotation opened with a closing mark is attributed by its own clause', () => {
    const q = only(
      ['Mayor Ines Duarte spoke last.”Nobody will be left behind,” she said.'],
      'Nobody will be left behind',
    );
    expect(q.speaker).toBe('Ines Duarte');
    expect(q.context).toBe('”Nobody will be left behind,” she said.');
  });

  it('a quotation closed by a stray mark keeps the speaker of the quotation before it', () => {
    const q = only(
      ['Councillor Ines Duarte warned on Friday that “the river is rising.” The next flood could come within days.”'],
      'The next flood could come within days.',
    );
    expect(q.speaker).toBe('Ines Duarte');
  });

  it('a sentence about a person introduces the quotation that follows it', () => {
    const q = only(
      ['Ruth Adler is already planning ahead: “We will open a second shop in spring.”'],
      'We will open a second shop in spring.',
    );
    expect(q).toMatchObject({ speaker: 'Ruth Adler', rule: 'lead-in' });
  });

  it('a spokesperson speaks for the body', () => {
    const q = only(
      ['A spokesperson for Nordic Rail said: “Services will resume tomorrow.”'],
      'Services will resume tomorrow.',
    );
    expect(q.speaker).toBe('Nordic Rail');
  });

  it('a definite description ("the airline", "the Prime Minister") resolves to the body or person named before', () => {
    const paragraphs = [
      'The Danish airline Skyline cancelled flights on Monday.',
      '“We regret the disruption,” the airline said.',
      'Defence Minister Ana Ruiz later met Prime Minister Tomas Holm.',
      '“We agreed on a plan,” the Prime Minister said.',
      '“We will respond,” the ministry said.',
    ];
    expect(only(paragraphs, 'We regret the disruption').speaker).toBe('Skyline');
    expect(only(paragraphs, 'We agreed on a plan').speaker).toBe('Tomas Holm');
    expect(only(paragraphs, 'We will respond').speaker).toBeNull();
  });

  it('a plural common noun opening the sentence speaks as a group', () => {
    expect(only(['Residents said they heard “loud bangs” overnight.'], 'loud bangs').speaker).toBe('Residents');
  });

  it('"Q," said + a lower-case role + the name: the verb is no part of the role', () => {
    const q = only(
      ['"Overall, the business was healthy," said chief financial officer Maren Lund on the earnings call.'],
      'Overall, the business was healthy',
    );
    expect(q).toMatchObject({ speaker: 'Maren Lund', speakerRole: 'chief financial officer' });
    const says = only(['"We grew," says finance chief Tom Reyes.'], 'We grew');
    expect(says).toMatchObject({ speaker: 'Tom Reyes', speakerRole: 'finance chief' });
  });

  it('"he" after a paragraph that introduces one man is that man, not an earlier speaker', () => {
    const paragraphs = [
      '"Prices will keep rising," said analyst Tom Kline.',
      'However, he added that talks with Iran could bring more oil to the market.',
      'Gas prices jumped after the pipeline was halted.',
      "That decision drew a swift response from Dmitry Orlov, the country's former president.",
      '"Welcome to the brave new world!" he tweeted.',
    ];
    expect(only(paragraphs, 'Welcome to the brave new world!').speaker).toBe('Dmitry Orlov');
    // The last paragraph's subject and speaker still come first.
    const kept = ['"We will appeal," said Anna Berg.', 'She met Tom Reyes on Monday.', '"It is unfair," she said.'];
    expect(only(kept, 'It is unfair').speaker).toBe('Anna Berg');
  });

  it('said + a lower-case description + the name ("said farmer Luca Moretti")', () => {
    const q = only(['“It’s a tragedy,” said farmer Luca Moretti, 61, standing by his barn.'], 'It’s a tragedy');
    expect(q).toMatchObject({ speaker: 'Luca Moretti', speakerRole: 'farmer' });
  });

  it('a body first named by a lower-case description issues the statement', () => {
    const paragraphs = [
      'The civil protection agency said in a statement that roads were closed.',
      '“Teams are working around the clock,” the statement said.',
    ];
    expect(only(paragraphs, 'Teams are working around the clock').speaker).toBe('civil protection agency');
  });

  it('"the Commission" is the one body named "… Commission"; a later clause after "as soon as" is not the speaker', () => {
    const paragraphs = [
      'The European Commission offered help on Monday.',
      'A spokesperson for the Commission said it would send “pumps and boats” as soon as Italy asked.',
    ];
    expect(only(paragraphs, 'pumps and boats').speaker).toBe('European Commission');
  });

  it('"States" in a name is no speech verb; "he added that…" keeps the pronoun\'s referent', () => {
    const paragraphs = [
      'President Ada Moreno spoke on Tuesday. She added that the United States would “stand by its allies.”',
    ];
    expect(only(paragraphs, 'stand by its allies.').speaker).toBe('Ada Moreno');
  });

  it('a verb of judgement quotes the agent written right before it', () => {
    const q = only(['Ministry spokeswoman Vera Lind dismissed the report as “fantasy.”'], 'fantasy.');
    expect(q.speaker).toBe('Vera Lind');
    expect(only(['The drills, dismissed as “theatre,” went ahead.'], 'theatre').speaker).toBeNull();
  });

  it('straight quotation marks work like curly ones', () => {
    const q = only(['"It is over," said Ruth Adler.'], 'It is over');
    expect(q.speaker).toBe('Ruth Adler');
  });

  it('an unnamed speaker after the quotation blocks the guess from the sentence before', () => {
    const q = only(['Tom Reyes arrived late. “It was chaos,” a witness said.'], 'It was chaos');
    expect(q.speaker).toBeNull();
  });

  it('leaves the speaker null when the article does not say who speaks', () => {
    const q = only(['“Enough is enough” was written on a banner outside the court.'], 'Enough is enough');
    expect(q.speaker).toBeNull();
  });

  it('gives each quotation its verbatim sentence as context, with offsets into the paragraph', () => {
    const text = 'The vote was close. “We lost by nine votes,” Tom Reyes said. Nobody else spoke.';
    const [q] = quotesOf(text);
    expect(q?.context).toBe('“We lost by nine votes,” Tom Reyes said.');
    expect(text).toContain(q?.context);
    expect(text.slice(q?.start, q?.end)).toBe(q?.text);
  });

  it('on any text, context is a substring of the paragraph and offsets slice back to the words', () => {
    const pieces = fc.constantFrom(
      '“',
      '”',
      '"',
      ' ',
      'Ann Lee',
      ' said',
      ' she',
      '.',
      ',',
      ':',
      'We won',
      ' he added',
    );
    fc.assert(
      fc.property(fc.array(fc.array(pieces, { maxLength: 25 }), { minLength: 1, maxLength: 3 }), (paras) => {
        const texts = paras.map((p) => p.join('')).map((t) => (t.trim() === '' ? 'x' : t));
        for (const q of quotesOf(...texts)) {
          const paragraph = texts[q.paragraph - 1] as string;
          expect(paragraph).toContain(q.context);
          expect(paragraph.slice(q.start, q.end)).toBe(q.text);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('X, a role, which…, told: past a relative clause the appositives lead back to the person', () => {
    const q = only(
      ['Jeff Miller, the chief executive of Halliburton, which drills wells, told analysts: "Demand is strong."'],
      'Demand is strong.',
    );
    expect(q.speaker).toBe('Jeff Miller');
  });

  it('X, the <place> state minister, who…, said: the person, never the place', () => {
    const q = only(
      ['Maria Lopez, the Brandenburg state economics minister, who lured the plant, said: "We are known now."'],
      'We are known now.',
    );
    expect(q.speaker).toBe('Maria Lopez');
    const r = only(['Peter Brown, the Ohio state treasurer, said: "We are ready."'], 'We are ready.');
    expect(r.speaker).toBe('Peter Brown');
  });

  it('returns nothing for an article without quotations', () => {
    expect(quotesOf('Trains ran late on Monday.', 'The line reopens next week.')).toEqual([]);
  });
});

describe('a body described by what it owns ("Facebook-owner Meta")', () => {
  it('is the body "the firm" stands for, not a rival named in passing', () => {
    const q = only(
      [
        'Photo-owner Lumino has warned of slowing growth, as audiences flock to rivals like ClipClop.',
        'In its forecast for investors on Wednesday, Lumino said it expected revenue growth of between 3% and 11%.',
        'As well as the threat from ClipClop, that slowdown reflects bigger economic issues, executives said.',
        '"We are hearing from advertisers that challenges are impacting budgets," the firm added.',
      ],
      'We are hearing from advertisers that challenges are impacting budgets',
    );
    expect(q.speaker).toBe('Lumino');
  });
});

describe('a pronoun opening a sentence after one that introduces a person', () => {
  it('is that person, before the speaker of the paragraph before', () => {
    const paragraphs = [
      '"Our concerns are not new," press secretary Jane Holm told reporters on Monday.',
      'That view was echoed by Sen. Ana Ruiz, a critic of big tech firms. She called the deal "dangerous for our democracy."',
    ];
    expect(only(paragraphs, 'dangerous for our democracy.').speaker).toBe('Ana Ruiz');
    // With no one introduced in the paragraph, "she" goes on with the speaker before.
    const on = [
      '"Our concerns are not new," press secretary Jane Holm told reporters.',
      'She called the deal "risky."',
    ];
    expect(only(on, 'risky.').speaker).toBe('Jane Holm');
  });
});

describe('a line of a transcript', () => {
  const interview = [
    'Economist Dana Whitlock joined the program on Tuesday to talk about growth.',
    'DANA WHITLOCK: If we cannot get control of the virus, growth will slow down.',
    'WHITLOCK: I think it will be a big year.',
    'KUDLOW: REPUBLICANS ARE ON THE VERGE OF GAINS',
    'CORRECTION: This article has been updated to fix a spelling.',
  ];

  it('is the words of the person named in capitals before the colon, whole or by surname', () => {
    const full = only(interview, 'If we cannot get control of the virus, growth will slow down.');
    expect([full.speaker, full.rule, full.kind]).toEqual(['Dana Whitlock', 'transcript', 'direct']);
    expect(only(interview, 'I think it will be a big year.').speaker).toBe('Dana Whitlock');
  });

  it('is not a headline in capitals, nor a label that names no one in the article', () => {
    const texts = quotesOf(...interview).map((q) => q.text);
    expect(texts.some((t) => t.includes('REPUBLICANS'))).toBe(false);
    expect(texts.some((t) => t.includes('This article has been updated'))).toBe(false);
  });
});
