/**
 * Chooses the question-ranking weights (`RANKING` in src/answers/ask.ts) on labelled question sets, by coordinate
 * search: each weight in turn takes the value from its grid that most improves hit@1 (then hit@3 and honest
 * no-answers) summed over the sets, until nothing improves. Then it prints the same figures for the check sets,
 * which took no part in the choice.
 *
 *   npx tsx scripts/tune-ranking.ts --dev QUESTIONS.json:KNOWLEDGE_DIR … [--check QUESTIONS.json:KNOWLEDGE_DIR …] [--rounds N]
 *
 * Question files are in the format of ../shared/eval (`[{"q", "expect": [[article-stem, paragraph], …]}]`).
 */
import { readFileSync } from 'node:fs';
import { basename, extname } from 'node:path';
import { ask } from '../src/answers/ask.ts';
import { type AnswerContext, createAnswerContext } from '../src/answers/index.ts';
import { RANKING, type RankingWeights } from '../src/answers/ranking.ts';
import { extractAll } from '../src/extract/index.ts';
import { loadKnowledge } from '../src/knowledge/index.ts';
import { loadOrBuildIndex } from '../src/search/index.ts';

interface LabelledQuestion {
  readonly q: string;
  readonly expect: readonly (readonly [string, number])[];
}

interface QuestionSet {
  readonly name: string;
  readonly ctx: AnswerContext;
  readonly questions: readonly LabelledQuestion[];
  /** Article id → file stem (the labels name stems). */
  readonly stems: ReadonlyMap<string, string>;
}

async function load(spec: string): Promise<QuestionSet> {
  const [file, dir] = spec.split(':');
  if (!file || !dir) throw new Error(`expected QUESTIONS.json:KNOWLEDGE_DIR, got ${spec}`);
  const { articles } = await loadKnowledge(dir);
  const facts = await extractAll(articles, { cacheDir: '.cache/tune' });
  const { index } = await loadOrBuildIndex(articles, facts, undefined);
  return {
    name: `${basename(dir.replace(/\/knowledge\/?$/, ''))}`,
    ctx: createAnswerContext(articles, facts, index),
    questions: JSON.parse(readFileSync(file, 'utf8')) as LabelledQuestion[],
    stems: new Map(articles.map((a) => [a.id, basename(a.file, extname(a.file))])),
  };
}

interface Score {
  readonly hit1: number;
  readonly hit3: number;
  readonly answerable: number;
  readonly honest: number;
  readonly unanswerable: number;
}

function score(set: QuestionSet, weights: RankingWeights): Score {
  let hit1 = 0;
  let hit3 = 0;
  let answerable = 0;
  let honest = 0;
  let unanswerable = 0;
  for (const q of set.questions) {
    const hits = ask(set.ctx, q.q, 3, weights).hits;
    if (q.expect.length === 0) {
      unanswerable++;
      if (hits.length === 0) honest++;
      continue;
    }
    answerable++;
    const right = hits.map((h) => q.expect.some(([stem, p]) => set.stems.get(h.article) === stem && h.paragraph === p));
    if (right[0]) hit1++;
    if (right.some(Boolean)) hit3++;
  }
  return { hit1, hit3, answerable, honest, unanswerable };
}

function total(sets: readonly QuestionSet[], weights: RankingWeights): number {
  let value = 0;
  for (const set of sets) {
    const s = score(set, weights);
    value += s.hit1 + 0.5 * s.hit3 + s.honest;
  }
  return value;
}

function report(label: string, sets: readonly QuestionSet[], weights: RankingWeights): void {
  const ratio = (n: number, d: number) => (d === 0 ? '-' : (n / d).toFixed(2));
  const sum = { hit1: 0, hit3: 0, answerable: 0, honest: 0, unanswerable: 0 };
  for (const set of sets) {
    const s = score(set, weights);
    for (const k of Object.keys(sum) as (keyof typeof sum)[]) sum[k] += s[k];
    console.log(
      `${label} ${set.name.padEnd(12)} hit@1 ${ratio(s.hit1, s.answerable)} hit@3 ${ratio(s.hit3, s.answerable)} no-answer ${s.honest}/${s.unanswerable}`,
    );
  }
  // The sets together, in counts, so that one question won or lost shows.
  console.log(
    `${label} ${'all'.padEnd(12)} hit@1 ${sum.hit1}/${sum.answerable} hit@3 ${sum.hit3}/${sum.answerable} no-answer ${sum.honest}/${sum.unanswerable}`,
  );
}

const GRID: Readonly<Record<keyof RankingWeights, readonly number[]>> = {
  spoken: [1, 1.25, 1.5, 2],
  name: [1, 1.2, 1.35, 1.6, 2],
  speaker: [1, 1.3, 1.6, 2],
  counted: [1, 1.2, 1.4, 1.8],
  predicate: [1, 1.2, 1.4, 1.8],
  subject: [1, 1.25, 1.5, 2],
  future: [0.5, 0.7, 0.85, 1],
  lead: [0, 0.15, 0.3, 0.5, 0.8],
  floor: [0.3, 0.45, 0.6],
  time: [1, 1.25, 1.5, 2],
  percent: [1, 1.3, 1.6],
  cover: [0, 0.5, 1, 1.5, 3],
  money: [1, 1.4, 2],
  coverFloor: [0, 0.2, 0.3, 0.4],
  verbless: [0.5, 0.6, 0.75, 1],
  asking: [0.25, 0.5, 0.75, 1],
  change: [0.25, 0.5, 0.75, 1],
  sharpness: [0.5, 0.65, 0.8, 1],
};

const args = process.argv.slice(2);
const dev: string[] = [];
const check: string[] = [];
const variants: Partial<RankingWeights>[] = [];
let rounds = 3;
let into = dev;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--dev') into = dev;
  else if (a === '--check') into = check;
  else if (a === '--try') variants.push(JSON.parse(args[++i] ?? '{}') as Partial<RankingWeights>);
  else if (a === '--rounds') rounds = Number(args[++i] ?? rounds);
  else into.push(a);
}
const devSets = await Promise.all(dev.map(load));
const checkSets = await Promise.all(check.map(load));
if (variants.length > 0) {
  // Only report the given variants of the current weights (no search).
  for (const v of variants) {
    console.log(JSON.stringify(v));
    report('     ', [...devSets, ...checkSets], { ...RANKING, ...v });
  }
  process.exit(0);
}
let weights: RankingWeights = RANKING;
let best = total(devSets, weights);
report('before', [...devSets, ...checkSets], weights);
for (let round = 0; round < rounds; round++) {
  let improved = false;
  for (const key of Object.keys(GRID) as (keyof RankingWeights)[]) {
    for (const value of GRID[key]) {
      const trial = { ...weights, [key]: value };
      const t = total(devSets, trial);
      if (t > best + 1e-9) {
        best = t;
        weights = trial;
        improved = true;
      }
    }
  }
  if (!improved) break;
}
console.log(JSON.stringify(weights));
report('dev  ', devSets, weights);
report('check', checkSets, weights);
