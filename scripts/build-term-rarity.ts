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
/** A word is a name when at least this share of its uses inside sentences are capitalised… */
const NAME_SHARE = 0.9;
/** …over at least this many such uses. */
const MIN_NAME_USES = 10;
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

// Which words are names: written with a capital inside sentences (not just opening them) nearly every time. A
// question typed in lower case ("what did zelensky say") can then tell a name it must find from an ordinary word.
const written = new Map<string, { capital: number; lower: number }>();
for (const a of articles) {
  for (const p of a.paragraphs) {
    if (boilerplate.isBoilerplate(p)) continue;
    // Camel-case names count too ("JPMorgan", "BlackRock", "PepsiCo"); a word in capitals only is an acronym, left out.
    for (const m of p.matchAll(/(?<=[a-z,;]\s)([A-Za-z](?=[A-Za-z]*[a-z])[A-Za-z]+)\b/g)) {
      // A plural acronym ("CEOs", "ETFs") is no name either.
      if (/^[A-Z]+s$/.test(m[1] ?? '')) continue;
      const word = (m[1] ?? '').toLowerCase();
      const seen = written.get(word) ?? { capital: 0, lower: 0 };
      if (/^[A-Z]/.test(m[1] ?? '')) seen.capital++;
      else seen.lower++;
      written.set(word, seen);
    }
  }
}
const names = kept
  .map(([word]) => word)
  .filter((word) => {
    const seen = written.get(word);
    return (
      seen !== undefined && seen.capital >= MIN_NAME_USES && seen.capital >= NAME_SHARE * (seen.capital + seen.lower)
    );
  });
writeFileSync(out, `${JSON.stringify({ documents: articles.length, df: Object.fromEntries(kept), names })}\n`);
console.log(`${kept.length} words (${names.length} of them names) from ${articles.length} articles → ${out.pathname}`);
