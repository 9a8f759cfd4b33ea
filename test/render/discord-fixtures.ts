/**
 * Answers for the Discord renderer's tests: a small realistic one, and a fast-check arbitrary producing any Answer
 * (huge, empty, Markdown-laden, mention-laden, astral characters) with consistent citation numbers.
 */
import fc from 'fast-check';
import type { Answer, Citation } from '../../src/answers/types.ts';

/** One citation with every field set. */
export function citation(n: number, overrides: Partial<Citation> = {}): Citation {
  return {
    n,
    article: `article-${n}`,
    paragraph: n + 1,
    title: `Title ${n}`,
    publisher: 'Daily Planet',
    byline: ['Lois Lane', 'Clark Kent'],
    date: '2022-02-10',
    url: `https://example.com/news/${n}`,
    ...overrides,
  };
}

/** A small answer: two sections, one conflict, two sources (one without URL). */
export function smallAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: 'estimates',
    title: 'Estimates: troops',
    query: { subject: 'troops' },
    sections: [
      {
        heading: 'troops on the border',
        items: [{ snippet: 'There are over 100,000 troops on the border.', citation: 1, label: 'over 100,000 troops' }],
      },
      { heading: 'warships', items: [{ snippet: 'Six warships arrived on Wednesday night.', citation: 2 }] },
    ],
    conflicts: [
      {
        subject: 'troops in Belarus',
        claims: [
          { value: '30,000 troops', claimant: 'NATO', citation: 1, snippet: 'NATO expects 30,000 troops.' },
          { value: 'a few thousand', claimant: null, citation: 2, snippet: 'Estimates say only a few thousand.' },
        ],
      },
    ],
    notes: [],
    citations: [citation(1), citation(2, { url: null, title: null, byline: [] })],
    empty: false,
    suggestions: [],
    ...overrides,
  };
}

/** Text with the characters that break naive renderers: Markdown, mentions, newlines, astral symbols. */
const nasty = fc.constantFrom(
  '*',
  '_',
  '~',
  '`',
  '|',
  '\\',
  '>',
  '#',
  '-',
  '[',
  ']',
  '(',
  ')',
  '@everyone',
  '<@123456789012345678>',
  '\n',
  ' ',
  '😀',
  'é',
);
const word = fc.string({ minLength: 1, maxLength: 12, unit: fc.constantFrom(...'abcdefghij KLMNOP'.split('')) });
/** Free text from 0 to `max` pieces. */
export const text = (max: number) => fc.array(fc.oneof(word, nasty), { maxLength: max }).map((parts) => parts.join(''));

/** Any answer whose items, claims and citations agree on numbering. */
export const anyAnswer: fc.Arbitrary<Answer> = fc.integer({ min: 1, max: 40 }).chain((count) => {
  const cite = fc.integer({ min: 1, max: count });
  const url = fc.oneof(fc.constant(null), fc.webUrl(), fc.constant('not a url'), fc.constant('https://x.org/a_(b)'));
  const citations = fc.tuple(
    ...Array.from({ length: count }, (_, i) =>
      fc.record({
        n: fc.constant(i + 1),
        article: text(8).map((t) => t || `a${i}`),
        paragraph: fc.integer({ min: 1, max: 500 }),
        title: fc.oneof(fc.constant(null), text(80)),
        publisher: fc.oneof(fc.constant(null), text(20)),
        byline: fc.array(text(10), { maxLength: 12 }),
        date: fc.oneof(fc.constant(null), fc.constant('2022-02-10')),
        url,
      }),
    ),
  );
  const item = fc.record(
    { snippet: text(600), citation: cite, label: text(60) },
    { requiredKeys: ['snippet', 'citation'] },
  );
  const claim = fc.record({
    value: text(100),
    claimant: fc.oneof(fc.constant(null), text(100)),
    citation: cite,
    snippet: text(600),
  });
  return fc.record({
    command: fc.constantFrom('drills', 'quotes', 'estimates', 'search', 'brief'),
    title: text(120),
    query: fc.dictionary(fc.constantFrom('speaker', 'topic', 'subject'), text(20)),
    sections: fc.array(fc.record({ heading: text(120), items: fc.array(item, { maxLength: 25 }) }), { maxLength: 12 }),
    conflicts: fc.array(fc.record({ subject: text(120), claims: fc.array(claim, { maxLength: 8 }) }), { maxLength: 4 }),
    notes: fc.array(text(200), { maxLength: 6 }),
    citations,
    empty: fc.boolean(),
    suggestions: fc.array(text(10), { maxLength: 30 }),
  });
});
