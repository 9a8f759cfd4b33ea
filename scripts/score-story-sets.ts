/**
 * Scores story grouping on the question sets of `eval/question-sets/`, as `../shared/eval/score.mjs stories` scores
 * the shared stories set but in one process: each set's articles are written as a knowledge folder, loaded as the
 * bot loads them, grouped from scratch, and every pair of articles is judged against the set's stories (an article
 * of no labelled story is a story of its own). Prints pair precision, recall and F1 per set and over all pairs.
 *
 *   npx tsx scripts/score-story-sets.ts [--corpus FILE] [--within DAYS] [SET.json …]
 *
 * `--within DAYS` leaves out the labelled pairs further apart than that: the sets' writers grouped some
 * developments over weeks, which the grouping keeps apart by design (a story is days, not months).
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { groupStories } from '../src/answers/context.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { readCorpus, readSet, setFiles, writeSetKnowledge } from './question-set-knowledge.ts';

/** Pairs judged: same story in the labels and in the grouping, in the grouping only, in the labels only. */
interface PairCounts {
  together: number;
  joinedWrongly: number;
  splitWrongly: number;
}

function figures({ together, joinedWrongly, splitWrongly }: PairCounts): string {
  const precision = together + joinedWrongly > 0 ? together / (together + joinedWrongly) : 1;
  const recall = together + splitWrongly > 0 ? together / (together + splitWrongly) : 1;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return `precision ${precision.toFixed(3)}\trecall ${recall.toFixed(3)}\tF1 ${f1.toFixed(3)}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      corpus: { type: 'string', default: '../shared/corpus/news.jsonl' },
      within: { type: 'string' },
    },
  });
  const within = values.within === undefined ? Number.POSITIVE_INFINITY : Number(values.within);
  if (!(within >= 0)) throw new Error(`--within takes a number of days, got ${values.within}`);
  const corpus = readCorpus(values.corpus);
  const all: PairCounts = { together: 0, joinedWrongly: 0, splitWrongly: 0 };
  for (const file of setFiles(positionals)) {
    const set = readSet(file);
    const { articles } = await loadKnowledge(writeSetKnowledge(set, corpus));
    const stories = groupStories(articles);
    const labelled = new Map<string, string>();
    for (const story of set.stories) for (const id of story.articles) labelled.set(id, story.id);
    // Knowledge ids are the bot's own; the labels name corpus ids, which are the file names written.
    const corpusIds = new Map(articles.map((a) => [a.id, basename(a.file, '.md')]));
    const corpusId = (id: string) => corpusIds.get(id) ?? id;
    const ids = articles.map((a) => a.id);
    const counts: PairCounts = { together: 0, joinedWrongly: 0, splitWrongly: 0 };
    for (let i = 0; i < ids.length; i++) {
      for (let j = i + 1; j < ids.length; j++) {
        const [a, b] = [ids[i] as string, ids[j] as string];
        const [ca, cb] = [corpusId(a), corpusId(b)];
        const label = labelled.get(ca);
        const same = label !== undefined && label === labelled.get(cb);
        const days = Math.abs(Date.parse(corpus.get(ca)?.date ?? '') - Date.parse(corpus.get(cb)?.date ?? '')) / 864e5;
        if (same && days > within) continue;
        const grouped = stories.of(a)?.id === stories.of(b)?.id;
        if (same && grouped) counts.together++;
        else if (grouped) counts.joinedWrongly++;
        else if (same) counts.splitWrongly++;
      }
    }
    for (const k of Object.keys(all) as (keyof PairCounts)[]) all[k] += counts[k];
    console.log(`${set.name}\t${figures(counts)}`);
  }
  console.log(`all pairs\t${figures(all)}`);
}

await main();
