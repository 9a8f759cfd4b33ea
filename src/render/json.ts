import type { Answer } from '../answers/index.ts';

/** One snippet of an answer, flattened with its citation: the shape `search --json` promises (text, article, paragraph). */
export interface JsonResult {
  readonly text: string;
  readonly article: string;
  readonly paragraph: number;
  readonly citation: number;
  readonly section: string;
  readonly label: string | null;
  readonly publisher: string | null;
  readonly byline: readonly string[];
  readonly date: string | null;
  readonly title: string | null;
  readonly url: string | null;
}

/** The JSON document printed by `--json`: the whole answer plus `results`, its snippets best first. */
export interface JsonAnswer extends Answer {
  readonly results: readonly JsonResult[];
}

/** Flattens an answer's snippets (sections in order, then conflict claims) into results with their citations. */
export function toJsonAnswer(answer: Answer): JsonAnswer {
  const byN = new Map(answer.citations.map((c) => [c.n, c]));
  const result = (text: string, n: number, section: string, label: string | null): JsonResult[] => {
    const c = byN.get(n);
    if (!c) return [];
    return [
      {
        text,
        article: c.article,
        paragraph: c.paragraph,
        citation: n,
        section,
        label,
        publisher: c.publisher,
        byline: c.byline,
        date: c.date,
        title: c.title,
        url: c.url,
      },
    ];
  };
  const results = [
    ...answer.sections.flatMap((s) =>
      s.items.flatMap((i) => result(i.snippet, i.citation, s.heading, i.label ?? null)),
    ),
    ...answer.conflicts.flatMap((c) =>
      c.claims.flatMap((claim) => result(claim.snippet, claim.citation, c.subject, claim.value)),
    ),
  ];
  return { ...answer, results };
}

/** Pretty-printed JSON of {@link toJsonAnswer}. */
export function renderJson(answer: Answer): string {
  return `${JSON.stringify(toJsonAnswer(answer), null, 2)}\n`;
}
