import { ask } from '/work/wt/qa/src/answers/ask.ts';
import { createAnswerContext, people } from '/work/wt/qa/src/answers/index.ts';
import { extractAll } from '/work/wt/qa/src/extract/index.ts';
import { loadKnowledge } from '/work/wt/qa/src/knowledge/index.ts';
import { loadOrBuildIndex } from '/work/wt/qa/src/search/index.ts';

const [dir, ...qs] = process.argv.slice(2);
const { articles } = await loadKnowledge(dir);
const facts = await extractAll(articles, { cacheDir: '.cache/tune' });
const { index } = await loadOrBuildIndex(articles, facts, undefined);
const ctx = createAnswerContext(articles, facts, index);
for (const q of qs) {
  const a = ask(ctx, q, 3);
  console.log(
    q,
    '\n ',
    JSON.stringify(a.question.names),
    a.refusal,
    a.hits.map((h) => h.snippet.slice(0, 80) + ' {' + h.speakers.join(',') + '}'),
  );
}
console.log(
  people(ctx)
    .filter((p) => /sinema/i.test(p.name + p.aliases.join(' ')))
    .map((p) => [p.name, p.quotes.length, p.aliases]),
);
