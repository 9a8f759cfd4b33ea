#!/usr/bin/env node
/**
 * `npm run bench:cli [-- --knowledge DIR] [--runs N] [--question TEXT] [--command NAME]`
 *
 * Times one CLI answer as a reader types it (`bin/briefing.mjs search … --knowledge DIR`), with a warm cache: the
 * wall time from spawning the process to its exit, and its peak resident memory (the kernel's high-water mark,
 * reported by the child itself as it exits). Without `--knowledge`, the 1,917 real articles of
 * `../shared/corpus/news.jsonl` are written once to a folder under the system's temp folder.
 *
 * The first run fills the cache (extraction of every article: a minute or more when the cache is empty) and is
 * reported apart as `first` (the cold answer when `cacheWasEmpty`); the warm figures are the runs after it. Plain
 * JavaScript, so it runs with `node` alone; it measures whatever `bin/briefing.mjs` runs (compiled `dist/` when it
 * is built, else TypeScript through tsx), and says which.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: {
    knowledge: { type: 'string' },
    cache: { type: 'string' },
    runs: { type: 'string', default: '5' },
    command: { type: 'string', default: 'search' },
    question: { type: 'string', default: 'how far is Kyiv from the border' },
    help: { type: 'boolean', default: false },
  },
});
if (values.help) {
  process.stdout.write(
    'npm run bench:cli -- [--knowledge DIR] [--cache DIR] [--runs N] [--command NAME] [--question TEXT]\n',
  );
  process.exit(0);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number from 1; got ${values.runs}`);

/** The real corpus as a knowledge folder, written once (the files never change, so their cache stays warm). */
function corpusFolder() {
  const dir = join(tmpdir(), 'briefing-news-1917');
  if (!existsSync(join(dir, 'articles'))) {
    const writer = resolve(root, '../shared/corpus/to-knowledge.mjs');
    process.stderr.write(`writing the real corpus to ${dir}\n`);
    execFileSync(process.execPath, [writer, join(dir, 'articles')], { stdio: ['ignore', 'ignore', 'inherit'] });
  }
  return dir;
}

const knowledge = values.knowledge ?? corpusFolder();
const cache = values.cache ?? join(knowledge, '.bench-cache');
const usageHook = pathToFileURL(join(root, 'scripts/bench/report-usage.mjs')).href;
const { compiled: isCompiled } = await import(pathToFileURL(join(root, 'bin/run.mjs')).href);
const compiled = isCompiled();

/** One CLI answer: wall milliseconds, peak RSS in bytes, exit code. */
function runOnce() {
  const usageDir = mkdtempSync(join(tmpdir(), 'briefing-usage-'));
  const usageFile = join(usageDir, 'usage.json');
  const args = [join(root, 'bin/briefing.mjs'), values.command, values.question, '--knowledge', knowledge];
  if (values.command !== 'search') args.splice(2, 1);
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', usageHook, ...args], {
    env: { ...process.env, CACHE_DIR: cache, BRIEFING_USAGE_FILE: usageFile, LOG_LEVEL: 'silent' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  return new Promise((resolveRun, reject) => {
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      try {
        const usage = JSON.parse(readFileSync(usageFile, 'utf8'));
        resolveRun({ wallMs, rss: usage.maxRSS * 1024, code, lines: out.split('\n').length });
      } catch {
        reject(new Error(`the CLI exited with ${code} without reporting its memory`));
      } finally {
        rmSync(usageDir, { recursive: true, force: true });
      }
    });
  });
}

const cacheWasEmpty = !existsSync(cache);
const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
process.stderr.write(`warming the cache (${cache}); the first run extracts every article\n`);
const first = await runOnce();
process.stderr.write(
  `first run: ${(first.wallMs / 1000).toFixed(1)} s, ${mb(first.rss)} peak RSS, exit ${first.code}\n`,
);
const results = [];
for (let i = 0; i < runs; i++) {
  const r = await runOnce();
  results.push(r);
  process.stderr.write(`run ${i + 1}/${runs}: ${r.wallMs.toFixed(0)} ms, ${mb(r.rss)} peak RSS, exit ${r.code}\n`);
}
const walls = results.map((r) => r.wallMs).sort((a, b) => a - b);
const rss = results.map((r) => r.rss).sort((a, b) => a - b);
const median = (xs) => xs[Math.floor((xs.length - 1) / 2)];
const summary = {
  command: `briefing ${values.command} ${values.command === 'search' ? JSON.stringify(values.question) : ''} --knowledge ${knowledge}`,
  runs,
  cacheWasEmpty,
  first: { wallMs: first.wallMs, peakRssBytes: first.rss, code: first.code },
  code: compiled ? 'compiled dist/' : 'TypeScript through tsx',
  wallMs: { best: walls[0], median: median(walls), worst: walls.at(-1) },
  peakRssBytes: { best: rss[0], median: median(rss), worst: rss.at(-1) },
  exitCodes: [...new Set(results.map((r) => r.code))],
};
process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
