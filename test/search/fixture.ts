import { extractFacts } from '../../src/extract/pipeline.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';
import { parseArticle } from '../../src/knowledge/load.ts';
import type { Article } from '../../src/knowledge/types.ts';

/** Parses an inline article (Markdown with front matter or plain text) and extracts its facts. */
export function article(file: string, text: string): { article: Article; facts: ArticleFacts } {
  const parsed = parseArticle(file, new TextEncoder().encode(text));
  if (!('article' in parsed)) throw new Error(`fixture ${file} does not parse: ${JSON.stringify(parsed.problems)}`);
  return { article: parsed.article, facts: extractFacts(parsed.article) };
}

/** Two small articles about a made-up exercise, worded differently, for search tests. */
export function smallCorpus(): { articles: Article[]; facts: ArticleFacts[] } {
  const a = article(
    'alpha.md',
    `---
title: Navy holds exercises off the coast
publisher: Example Wire
byline: [Jo Writer]
date: 2023-05-04
---

The navy began five days of exercises near Port Wren on Monday, officials said.

"We are ready for anything," Admiral Rosa Kent told reporters.

About 2,000 sailors and twelve ships take part, according to the navy.
`,
  );
  const b = article(
    'beta.txt',
    `Analysts said the maneuvers were the largest in a decade.

The harbour at Port Wren was closed to fishing boats for the week.
`,
  );
  return { articles: [a.article, b.article], facts: [a.facts, b.facts] };
}
