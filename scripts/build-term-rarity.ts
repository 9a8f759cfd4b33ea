/**
 * Writes `src/stories/term-rarity.json`: in how many articles of a reference news set each word appears, so story
 * grouping can tell a telling word from a common one even in a small knowledge folder. Words only, and only
 * those in at least MIN_ARTICLES articles: no sentence, no rare name, nothing of any one article survives.
 *
 *   npx tsx scripts/build-term-rarity.ts [../shared/corpus/news.jsonl]
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { BoilerplateDetector, isNameTerm, termCounts } from '../src/stories/index.ts';

const MIN_ARTICLES = 5;
const source = process.argv[2] ?? '../shared/corpus/news.jsonl';
const out = new URL('../src/stories/term-rarity.json', import.meta.url);

interface CorpusLine {
  readonly id: string;
  readonly title: string;
  readonly date: string;
  readonly publisher: string;
  readonly paragraphs: readonly string[];
}

const articles = readFileSync(source, 'utf8')
  .split('\n')
  .filter((line) => line.trim() !== '')
  .map((line) => JSON.parse(line) as CorpusLine);
const boilerplate = new BoilerplateDetector();
for (const a of articles) boilerplate.add(a.paragraphs);
const df = new Map<string, number>();
for (const a of articles) {
  const counts = termCounts({ ...a, pinned: null }, boilerplate.isBoilerplate);
  for (const term of counts.keys()) if (!isNameTerm(term)) df.set(term, (df.get(term) ?? 0) + 1);
}
const kept = [...df].filter(([, n]) => n >= MIN_ARTICLES).sort((a, b) => (a[0] < b[0] ? -1 : 1));
writeFileSync(out, `${JSON.stringify({ documents: articles.length, df: Object.fromEntries(kept) })}\n`);
console.log(`${kept.length} words from ${articles.length} articles → ${out.pathname}`);
