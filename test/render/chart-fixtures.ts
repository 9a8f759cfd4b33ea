/**
 * Answers made to stress charts: many claims about one subject with long claimants, many dated lines with long
 * sentences. Built from generated words (no article text), with every kind of mark: exact, range, open, hedged,
 * planned, several events on one day.
 */
import type { Answer, AnswerItem, Citation, ConflictClaim } from '../../src/answers/types.ts';

const WORDS = [
  'officials',
  'regional',
  'council',
  'said',
  'the',
  'convoy',
  'reached',
  'harbour',
  'before',
  'talks',
  'resumed',
  'according',
  'to',
  'statement',
  'published',
  'overnight',
  'ministry',
  'spokesperson',
  'confirmed',
  'delegation',
];

/** Deterministic words for case `i`: `n` of them, varied so labels differ in length. */
export function words(i: number, n: number): string {
  return Array.from({ length: n }, (_, j) => WORDS[(i * 7 + j * 3) % WORDS.length]).join(' ');
}

function citations(n: number): Citation[] {
  return Array.from({ length: n }, (_, i) => ({
    n: i + 1,
    article: `generated-${i}`,
    paragraph: i + 1,
    title: `Generated article ${i + 1}`,
    publisher: 'Test Wire',
    byline: [],
    date: '2024-01-01',
    url: null,
  }));
}

function answer(command: string, parts: Partial<Answer>, cited: number): Answer {
  return {
    command,
    title: `Generated ${command}`,
    query: {},
    sections: [],
    conflicts: [],
    notes: [],
    citations: citations(cited),
    empty: false,
    suggestions: [],
    ...parts,
  };
}

/** The shapes claims cycle through: exact, range, open above, open below, hedged exact, hedged range. */
const FIGURES = [
  { low: 12_000, high: 12_000, hedge: null },
  { low: 4_000, high: 9_500, hedge: null },
  { low: 20_000, high: null, hedge: 'over' },
  { low: null, high: 15_000, hedge: 'up to' },
  { low: 7_000, high: 7_000, hedge: 'about' },
  { low: 1_000, high: 6_000, hedge: 'few' },
] as const;

/** An `/estimates` answer whose one disputed subject has `n` claims, claimants long enough to need shortening. */
export function estimatesWith(n: number): Answer {
  const claims: ConflictClaim[] = Array.from({ length: n }, (_, i) => {
    const figure = FIGURES[i % FIGURES.length] ?? FIGURES[0];
    const bounds = [figure.low, figure.high].filter((b, j, all) => b !== null && all.indexOf(b) === j);
    return {
      value: `${figure.hedge ?? ''} ${bounds.map((b) => b?.toLocaleString('en-US')).join(' to ')} vehicles`.trim(),
      claimant: `Claimant ${i + 1}, ${words(i, 4 + (i % 5) * 3)}`,
      citation: i + 1,
      snippet: words(i, 20),
      figure: { ...figure, unit: 'vehicles' },
    };
  });
  return answer('estimates', { conflicts: [{ subject: 'vehicles at the crossing', claims }] }, n);
}

/** A `/timeline` answer of `n` dated lines over about two months, several on one day, some planned or ranges. */
export function timelineWith(n: number): Answer {
  const items: AnswerItem[] = Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2024, 2, 1 + Math.floor((i * 61) / n) - (i % 4 === 1 ? 1 : 0)));
    const date = day.toISOString().slice(0, 10);
    const end = i % 7 === 3 ? new Date(day.getTime() + 5 * 86_400_000).toISOString().slice(0, 10) : null;
    const phrase = i % 3 === 0 ? null : 'on Tuesday';
    const snippet = `${words(i, 6 + (i % 9))} ${phrase ?? ''} ${words(i + 1, 10)}`.replace(/\s+/g, ' ').trim();
    return {
      snippet,
      citation: i + 1,
      label: date,
      when: { date, endDate: end, planned: i % 5 === 4, phrase },
    };
  });
  items.sort((a, b) => (a.when?.date ?? '').localeCompare(b.when?.date ?? ''));
  return answer('timeline', { sections: [{ heading: 'Timeline', items }] }, n);
}
