/**
 * `npm run bench [-- --sizes 100,1000,10000] [--json FILE] [--quick] [--seed N] [--keep]`
 *
 * Builds synthetic archives of each size from the real sentences in `knowledge/`, measures extraction, indexing,
 * snapshots, start-up, memory, per-command latency and event-loop stalls, side by side with a plain MiniSearch
 * baseline, and prints the tables on stdout (progress goes to stderr). See BENCHMARKS.md.
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { sourceMaterial } from './bench/corpus.ts';
import { compareHitRates, type HitRateComparison } from './bench/hitrate.ts';
import { readQuestions } from './bench/questions.ts';
import { type BenchReport, checkGoals, renderReport } from './bench/report.ts';
import { type Effort, measureSize, type SizeResult } from './bench/run-size.ts';

const FULL: Effort = {
  serialSample: 200,
  callsPerCommand: 300,
  msPerCommand: 3000,
  burst: 1000,
  burstMs: 60_000,
  startups: 2,
};
const QUICK: Effort = {
  serialSample: 50,
  callsPerCommand: 40,
  msPerCommand: 500,
  burst: 200,
  burstMs: 10_000,
  startups: 1,
};

/**
 * How hard to measure one size. A large archive gets one start-up instead of two (each reads the whole archive
 * and its snapshot), which keeps a full run near ten minutes on two cores.
 */
function effortFor(size: number, quick: boolean): Effort {
  const base = quick ? QUICK : FULL;
  return size >= 5000 ? { ...base, startups: 1 } : base;
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
  const sizes = text.split(',').map((s) => Number(s.trim().replace(/_/g, '')));
  if (sizes.some((n) => !Number.isInteger(n) || n < 1 || n > 100_000)) {
    throw new Error(`--sizes must be whole numbers from 1 to 100000, comma-separated; got "${text}"`);
  }
  return [...new Set(sizes)].sort((a, b) => a - b);
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      sizes: { type: 'string' },
      json: { type: 'string' },
      quick: { type: 'boolean', default: false },
      seed: { type: 'string', default: '7' },
      knowledge: { type: 'string', default: 'knowledge' },
      questions: { type: 'string', default: '../shared/eval/questions.json' },
      'eval-articles': { type: 'string', default: '../shared/eval/articles' },
      keep: { type: 'boolean', default: false },
      commit: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run bench -- [--sizes 100,1000,10000] [--json FILE] [--quick] [--seed N] [--knowledge DIR] [--keep]\n' +
        '  [--questions FILE] [--eval-articles DIR] [--commit SHA (label for a frozen copy of the tree)]\n',
    );
    return 0;
  }
  const quick = values.quick ?? false;
  const sizes = parseSizes(values.sizes ?? (quick ? '100,1000' : '100,1000,10000'));
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number; got "${values.seed}"`);
  const started = performance.now();
  const progress = (m: string) =>
    process.stderr.write(`bench ${((performance.now() - started) / 1000).toFixed(0).padStart(4)}s: ${m}\n`);
  const loadAtStart = loadavg()[0] ?? 0;

  const { articles } = await loadKnowledge(values.knowledge);
  const source = sourceMaterial(articles);
  progress(`${source.paragraphs.length} source paragraphs from ${articles.length} article(s) in ${values.knowledge}`);
  const questions = await readQuestions(values.questions);
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
    const largest = results.at(-1);
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
      goals: largest ? checkGoals(largest) : [],
    };
  };
  try {
    progress('hit rate on the labelled questions');
    const evalDir =
      (await loadKnowledge(values['eval-articles'])).articles.length > 0 ? values['eval-articles'] : values.knowledge;
    hitRate = questions.length > 0 ? await compareHitRates(evalDir, questions) : null;
    let report = await reportNow();
    for (const size of sizes) {
      results.push(
        await measureSize(size, { workDir, source, seed, questions, effort: effortFor(size, quick), progress }),
      );
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
