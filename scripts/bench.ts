/**
 * `npm run bench [-- --archive 10000] [--json FILE] [--quick] [--seed N] [--keep]`
 *
 * Measures the bot on real text: the seed articles of `knowledge/`, the 1,917 real news articles of
 * `../shared/corpus/news.jsonl`, and larger archives made from them (real paragraphs, each copy with its own id,
 * date and names: see `bench/archive.ts`). For each: extraction, story grouping, indexing, snapshots, start-up to
 * first answer, memory, per-command latency on distinct questions with the answer memo off (memo hits apart),
 * event-loop stalls, side by side with plain MiniSearch over paragraphs; on the 1,917 articles also one CLI answer,
 * cold and warm. Tables go to stdout, progress to stderr. See BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { archive, archiveItem, type NewsItem, newsFile, readNews, writeNews } from './bench/archive.ts';
import { compareHitRates, type HitRateComparison } from './bench/hitrate.ts';
import { readQuestions } from './bench/questions.ts';
import { type BenchReport, checkGoals, renderReport } from './bench/report.ts';
import { type CorpusSpec, type Effort, measureCorpus, type SizeResult } from './bench/run-size.ts';

const FULL: Effort = {
  serialSample: 100,
  callsPerCommand: 300,
  msPerCommand: 3000,
  burst: 1000,
  burstMs: 10_000,
  startups: 2,
  cliRuns: 3,
};
const QUICK: Effort = {
  serialSample: 50,
  callsPerCommand: 40,
  msPerCommand: 500,
  burst: 200,
  burstMs: 5_000,
  startups: 1,
  cliRuns: 2,
};

/**
 * How hard to measure one corpus. A large archive gets one start-up instead of two (each reads the whole archive
 * and its snapshot), which keeps a full run near ten minutes on two cores.
 */
function effortFor(articles: number, quick: boolean): Effort {
  const base = quick ? QUICK : FULL;
  return articles >= 5000 ? { ...base, startups: 1 } : base;
}

/** The corpora of a run: the seeds, the real news (unless quick) and an archive of each size. */
function corpora(knowledge: string, news: readonly NewsItem[], sizes: readonly number[], seed: number, quick: boolean) {
  /** An article beyond the end of the archive, written to time a reload. */
  const extra = () => newsFile(archiveItem(news, news.length * 50 + 1, seed));
  const specs: CorpusSpec[] = [
    {
      label: 'seeds',
      write: async (dir) => {
        await cp(join(knowledge, 'articles'), join(dir, 'articles'), { recursive: true });
        const files = await readdir(join(dir, 'articles'), { recursive: true, withFileTypes: true });
        const sizes = await Promise.all(
          files.filter((f) => f.isFile()).map(async (f) => (await stat(join(f.parentPath, f.name))).size),
        );
        return sizes.reduce((a, b) => a + b, 0);
      },
      size: 0,
      extra,
      cli: false,
    },
  ];
  if (!quick)
    specs.push({
      label: `news ${news.length}`,
      write: (dir) => writeNews(dir, news),
      extra,
      cli: true,
      size: news.length,
    });
  for (const size of sizes) {
    specs.push({
      label: `archive ${size}`,
      write: (dir) => writeNews(dir, archive(news, size, seed)),
      extra,
      cli: false,
      size,
    });
  }
  return specs;
}

/** A hash of every source file under src/: if it changes mid-run, caches keyed by the code were invalidated. */
async function codeFingerprint(): Promise<string> {
  const hash = createHash('sha256');
  for (const entry of (await readdir('src', { recursive: true })).sort()) {
    if (/\.(ts|js|json)$/.test(entry)) hash.update(entry).update(await readFile(join('src', entry)).catch(() => ''));
  }
  return hash.digest('hex').slice(0, 16);
}

/** The commit being measured, or null outside a Git checkout. */
function gitCommit(): Promise<string | null> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--short', 'HEAD'], (error, stdout) => resolve(error ? null : stdout.trim()));
  });
}

async function cpuModel(): Promise<string> {
  try {
    const info = await readFile('/proc/cpuinfo', 'utf8');
    return /^model name\s*:\s*(.+)$/m.exec(info)?.[1]?.trim() ?? cpus()[0]?.model ?? 'unknown';
  } catch {
    return cpus()[0]?.model ?? 'unknown';
  }
}

function parseSizes(text: string): number[] {
  if (text.trim() === '') return [];
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000)) {
    throw new Error(`--archive must be whole numbers from 1 to 100000, comma-separated; got "${text}"`);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      archive: { type: 'string' },
      news: { type: 'string', default: '../shared/corpus/news.jsonl' },
      json: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '7' },
      knowledge: { type: 'string', default: 'knowledge' },
      questions: { type: 'string', default: '../shared/eval/questions.json,../shared/eval/stories/questions.json' },
      'eval-articles': { type: 'string', default: '../shared/eval/articles' },
      keep: { type: 'boolean', default: false },
      commit: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run bench -- [--archive 10000 (sizes, comma-separated; "" for none)] [--json FILE] [--quick] [--seed N]\n' +
        '  [--knowledge DIR (seeds)] [--news FILE] [--questions FILE,FILE] [--eval-articles DIR] [--keep]\n' +
        '  [--commit SHA (label for a frozen copy of the tree)]\n',
    );
    return 0;
  }
  const quick = values.quick ?? false;
  const sizes = parseSizes(values.archive ?? (quick ? '300' : '10000'));
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number; got "${values.seed}"`);
  const started = performance.now();
  const progress = (m: string) =>
    process.stderr.write(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s: ${m}\n`);
  const loadAtStart = loadavg()[0] ?? 0;

  const news = await readNews(values.news);
  progress(`${news.length} real articles in ${values.news}`);
  const labelled = (await Promise.all(values.questions.split(',').map((f) => readQuestions(f.trim())))).flat();
  const questions = [...new Set(labelled.map((x) => x.q))];
  progress(`${questions.length} distinct questions from ${values.questions}`);
  const workDir = await mkdtemp(join(tmpdir(), 'briefing-bench-'));
  progress(`working in ${workDir}`);

  const results: SizeResult[] = [];
  const codeAtStart = await codeFingerprint();
  const machine = {
    cpu: await cpuModel(),
    cores: availableParallelism(),
    node: process.version,
    memoryBytes: totalmem(),
  };
  let hitRate: HitRateComparison | null = null;
  /** The report so far: written after every size, so a long run that is stopped still leaves its results. */
  const reportNow = async (): Promise<BenchReport> => {
    const changed = (await codeFingerprint()) !== codeAtStart;
    if (changed) progress('warning: source files changed during the run; caches were invalidated mid-run');
    return {
      date: new Date().toISOString(),
      machine: { ...machine, loadAverage: [loadAtStart, loadavg()[0] ?? 0] },
      commit: values.commit ?? (await gitCommit()),
      codeChanged: changed,
      seed,
      quick,
      totalMs: performance.now() - started,
      sizes: results,
      hitRate,
      goals: checkGoals(results),
    };
  };
  try {
    progress('hit rate on the labelled questions');
    const evalDir =
      (await loadKnowledge(values['eval-articles'])).articles.length > 0 ? values['eval-articles'] : values.knowledge;
    const firstSet = await readQuestions(values.questions.split(',')[0]?.trim() ?? '');
    hitRate = firstSet.length > 0 ? await compareHitRates(evalDir, firstSet) : null;
    let report = await reportNow();
    for (const spec of corpora(values.knowledge, news, sizes, seed, quick)) {
      results.push(await measureCorpus(spec, { workDir, questions, effort: effortFor(spec.size, quick), progress }));
      report = await reportNow();
      if (values.json) await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
    }
    process.stdout.write(renderReport(report));
    if (values.json) progress(`wrote ${values.json}`);
    progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  } finally {
    if (!values.keep) await rm(workDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  // Bad options (ours and parseArgs's) read best as one line; anything else keeps its stack for debugging.
  const usage = error instanceof TypeError || (error instanceof Error && error.message.startsWith('--'));
  const text = error instanceof Error ? (usage ? error.message : (error.stack ?? error.message)) : String(error);
  process.stderr.write(`bench: ${text}\n`);
  process.exitCode = 1;
}
