/**
 * `npm run bench [-- --sizes 100,1000,10000] [--json FILE] [--quick] [--seed N] [--keep]`
 *
 * Builds synthetic archives of each size from the real sentences in `knowledge/`, measures extraction, indexing,
 * snapshots, start-up, memory, per-command latency and event-loop stalls, side by side with a plain MiniSearch
 * baseline, and prints the tables on stdout (progress goes to stderr). See BENCHMARKS.md.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../src/knowledge/load.ts';
import { sourceMaterial } from './bench/corpus.ts';
import { compareHitRates } from './bench/hitrate.ts';
import { readQuestions } from './bench/questions.ts';
import { type BenchReport, checkGoals, renderReport } from './bench/report.ts';
import { type Effort, measureSize, type SizeResult } from './bench/run-size.ts';

const FULL: Effort = { serialSample: 200, callsPerCommand: 300, msPerCommand: 3000, burst: 1000, startups: 2 };
const QUICK: Effort = { serialSample: 50, callsPerCommand: 40, msPerCommand: 500, burst: 200, startups: 1 };

/**
 * How hard to measure one size. A large archive gets one start-up instead of two (each reads the whole archive
 * and its snapshot), which keeps a full run near ten minutes on two cores.
 */
function effortFor(size: number, quick: boolean): Effort {
  const base = quick ? QUICK : FULL;
  return size >= 5000 ? { ...base, startups: 1 } : base;
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
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(
      'npm run bench -- [--sizes 100,1000,10000] [--json FILE] [--quick] [--seed N] [--knowledge DIR] [--keep]\n',
    );
    return 0;
  }
  const quick = values.quick ?? false;
  const sizes = parseSizes(values.sizes ?? (quick ? '100,1000' : '100,1000,10000'));
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) throw new Error(`--seed must be a whole number; got "${values.seed}"`);
  const progress = (m: string) => process.stderr.write(`bench: ${m}\n`);
  const started = performance.now();
  const loadAtStart = loadavg()[0] ?? 0;

  const { articles } = await loadKnowledge(values.knowledge);
  const source = sourceMaterial(articles);
  progress(`${source.paragraphs.length} source paragraphs from ${articles.length} article(s) in ${values.knowledge}`);
  const questions = await readQuestions(values.questions);
  const workDir = await mkdtemp(join(tmpdir(), 'briefing-bench-'));
  progress(`working in ${workDir}`);

  const results: SizeResult[] = [];
  try {
    progress('hit rate on the labelled questions');
    const evalDir =
      (await loadKnowledge(values['eval-articles'])).articles.length > 0 ? values['eval-articles'] : values.knowledge;
    const hitRate = questions.length > 0 ? await compareHitRates(evalDir, questions) : null;
    for (const size of sizes) {
      results.push(
        await measureSize(size, { workDir, source, seed, questions, effort: effortFor(size, quick), progress }),
      );
    }
    const largest = results.at(-1);
    const report: BenchReport = {
      date: new Date().toISOString(),
      machine: {
        cpu: await cpuModel(),
        cores: availableParallelism(),
        node: process.version,
        memoryBytes: totalmem(),
        loadAverage: [loadAtStart, loadavg()[0] ?? 0],
      },
      seed,
      quick,
      totalMs: performance.now() - started,
      sizes: results,
      hitRate,
      goals: largest ? checkGoals(largest) : [],
    };
    const m = report.machine;
    process.stdout.write(
      `# Benchmark ${report.date.slice(0, 16)}Z: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${m.loadAverage
        .map((v) => v.toFixed(1))
        .join(' → ')}${quick ? ' (quick)' : ''}\n\n`,
    );
    process.stdout.write(renderReport(report));
    if (values.json) {
      await writeFile(values.json, `${JSON.stringify(report, null, 2)}\n`);
      progress(`wrote ${values.json}`);
    }
    progress(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
    return 0;
  } finally {
    if (!values.keep) await rm(workDir, { recursive: true, force: true });
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
}
