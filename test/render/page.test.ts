import { describe, expect, it } from 'vitest';
import type { Answer } from '../../src/answers/index.ts';
import { pageCount, pageOf } from '../../src/render/index.ts';

function citation(n: number) {
  return { n, article: `a${n}`, paragraph: 1, title: null, publisher: null, byline: [], date: null, url: null };
}

/** A conflict citing [1] and [2], then a section of 5 items citing [3]…[7]. */
const answer: Answer = {
  command: 'timeline',
  title: 'Timeline',
  query: {},
  sections: [
    {
      heading: 'Timeline',
      items: [3, 4, 5, 6, 7].map((n) => ({ snippet: `line ${n}`, citation: n })),
      // A section's own fields (here: its figures compare on one axis) stay on each page of it.
      comparable: true,
    },
  ],
  conflicts: [
    {
      subject: 'troops',
      claims: [
        { value: '1', claimant: 'A', citation: 1, snippet: 'one' },
        { value: '2', claimant: 'B', citation: 2, snippet: 'two' },
      ],
    },
  ],
  notes: ['kept note'],
  citations: [1, 2, 3, 4, 5, 6, 7].map(citation),
  empty: false,
  suggestions: [],
};

describe('pageOf', () => {
  it('counts a disagreement as one line and each item as one', () => {
    expect(pageCount(answer, 2)).toBe(3);
    expect(pageCount(answer, 100)).toBe(1);
  });

  it('keeps a disagreement whole on the first page, then pages the items with only the sources each page cites', () => {
    const first = pageOf(answer, 1, 2, (n) => `--page ${n}`);
    expect(first.conflicts).toHaveLength(1);
    expect(first.sections[0]?.items.map((i) => i.snippet)).toEqual(['line 3']);
    expect(first.citations.map((c) => c.n)).toEqual([1, 2, 3]);
    expect(first.notes).toEqual(['Page 1 of 3 (2 lines a page). Next: --page 2', 'kept note']);
    const last = pageOf(answer, 3, 2, (n) => `page:${n}`);
    expect(last.conflicts).toEqual([]);
    expect(last.sections[0]?.items.map((i) => i.snippet)).toEqual(['line 6', 'line 7']);
    expect(last.sections[0]?.comparable).toBe(true);
    expect(last.citations.map((c) => c.n)).toEqual([6, 7]);
    expect(last.notes[0]).toBe('Page 3 of 3 (2 lines a page).');
  });

  it('says when a page is past the end, and leaves a one-page answer as it is', () => {
    const past = pageOf(answer, 9, 2, (n) => `--page ${n}`);
    expect(past.sections).toEqual([]);
    expect(past.notes[0]).toBe('There are only 3 page(s) of 2 lines.');
    expect(pageOf(answer, 1, 50, (n) => `--page ${n}`)).toBe(answer);
  });

  it('lists every line exactly once over all pages, whatever the page size', () => {
    for (let size = 1; size <= 7; size++) {
      const pages = Array.from({ length: pageCount(answer, size) }, (_, i) => pageOf(answer, i + 1, size, String));
      const lines = pages.flatMap((p) => [
        ...p.conflicts.map((c) => c.subject),
        ...p.sections.flatMap((s) => s.items.map((i) => i.snippet)),
      ]);
      expect(lines).toEqual(['troops', 'line 3', 'line 4', 'line 5', 'line 6', 'line 7']);
    }
  });
});
