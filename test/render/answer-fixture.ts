import type { Answer } from '../../src/answers/types.ts';

/** A small answer with one attributed and one unattributed source, a conflict, a note and a suggestion. */
export function sampleAnswer(overrides: Partial<Answer> = {}): Answer {
  return {
    command: 'estimates',
    title: 'Estimates: troops',
    query: { subject: 'troops' },
    sections: [
      {
        heading: 'troops on the border',
        items: [
          {
            snippet: 'There are *over* 100,000 troops [sic] on the border.',
            citation: 1,
            label: 'over 100,000 troops',
          },
        ],
      },
    ],
    conflicts: [
      {
        subject: 'troops in the region',
        claims: [
          {
            value: '30,000 troops',
            claimant: 'Jane Roe',
            citation: 1,
            snippet: 'Jane Roe said 30,000 troops are there.',
          },
          { value: 'a few thousand', claimant: null, citation: 2, snippet: 'Only a few thousand remain.' },
        ],
      },
    ],
    notes: ['One note.'],
    citations: [
      {
        n: 1,
        article: 'wire-1',
        paragraph: 3,
        title: 'Troops gather',
        publisher: 'Example Wire',
        byline: ['A. Writer', 'B. Writer'],
        date: '2023-05-04',
        url: 'https://example.org/a',
      },
      { n: 2, article: 'pasted', paragraph: 7, title: null, publisher: null, byline: [], date: null, url: null },
    ],
    empty: false,
    suggestions: ['/estimates troops'],
    ...overrides,
  };
}
