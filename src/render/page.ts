import type { Answer, AnswerSection, Conflict } from '../answers/index.ts';

/** One line of an answer for paging: an item of a section, or a whole disagreement (kept together). */
type Unit = { readonly section: number; readonly item: number } | { readonly conflict: number };

/** How many pages an answer makes at `size` lines per page. */
export function pageCount(answer: Answer, size: number): number {
  const units = answer.sections.reduce((n, s) => n + s.items.length, 0) + answer.conflicts.length;
  return Math.max(1, Math.ceil(units / Math.max(1, size)));
}

/**
 * Page `page` (1-based) of an answer at `size` lines per page, for the text front doors: the disagreements first
 * (each one line, never split), then the sections' items in order, with only the sources that page cites (their
 * numbers unchanged). A note says where the page sits and how to see the next; a page past the end says so.
 */
export function pageOf(answer: Answer, page: number, size: number, next: (page: number) => string): Answer {
  const pages = pageCount(answer, size);
  if (pages === 1 && page === 1) return answer;
  const units: Unit[] = [
    ...answer.conflicts.map((_, conflict) => ({ conflict })),
    ...answer.sections.flatMap((s, section) => s.items.map((_, item) => ({ section, item }))),
  ];
  const chosen = units.slice((page - 1) * size, page * size);
  const conflicts: Conflict[] = chosen.flatMap((u) =>
    'conflict' in u ? [answer.conflicts[u.conflict] as Conflict] : [],
  );
  const sections: AnswerSection[] = [];
  for (const u of chosen) {
    if ('conflict' in u) continue;
    const source = answer.sections[u.section] as AnswerSection;
    const item = source.items[u.item];
    if (!item) continue;
    const last = sections.at(-1);
    if (last && last.heading === source.heading)
      sections[sections.length - 1] = { ...last, items: [...last.items, item] };
    else sections.push({ ...source, items: [item] });
  }
  const cited = new Set([
    ...sections.flatMap((s) => s.items.map((i) => i.citation)),
    ...conflicts.flatMap((c) => c.claims.map((claim) => claim.citation)),
  ]);
  const where =
    page > pages
      ? `There are only ${pages} page(s) of ${size} lines.`
      : `Page ${page} of ${pages} (${size} lines a page).${page < pages ? ` Next: ${next(page + 1)}` : ''}`;
  return {
    ...answer,
    sections,
    conflicts,
    citations: answer.citations.filter((c) => cited.has(c.n)),
    notes: [where, ...answer.notes],
  };
}
