/**
 * `npm run bench:charts [-- --runs N]`
 *
 * How long the seed story's charts take to draw: in process (what the CLI and the console do) and through the chart
 * worker (what Discord does), cold (libraries loading) and warm, p50 and p99 over N draws of each chart. Prints a
 * Markdown table for BENCHMARKS.md on stdout; progress goes to stderr.
 */
import { cpus, loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { createAnswerContext, estimatesAnswer, timelineAnswer } from '../../src/answers/index.ts';
import { extractAll } from '../../src/extract/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { type ChartData, chartOf, createChartRenderer, renderChart } from '../../src/render/charts/index.ts';
import { buildIndex } from '../../src/search/snapshot.ts';
import { type LatencySummary, summarise, timedAsync } from './measure.ts';

/** The charts measured: every seed answer that has one. */
const CASES = [
  ['/estimates troops', estimatesAnswer, { subject: 'troops' }],
  ['/estimates', estimatesAnswer, {}],
  ['/timeline', timelineAnswer, {}],
] as const;

interface Row {
  readonly label: string;
  /** The chart's first draw, or null for the summary row. */
  readonly cold: number | null;
  readonly warm: LatencySummary;
  readonly cpu: LatencySummary;
  readonly samples: { readonly wall: readonly number[]; readonly cpu: readonly number[] };
}

async function seedCharts(): Promise<{ label: string; chart: ChartData }[]> {
  const { articles } = await loadKnowledge('knowledge');
  const facts = await extractAll(articles);
  const ctx = createAnswerContext(articles, facts, buildIndex(articles, facts));
  return CASES.flatMap(([label, answer, options]) => {
    const chart = chartOf(answer(ctx, options));
    return chart ? [{ label, chart }] : [];
  });
}

/** Draws each chart once cold, then `runs` times warm, with `draw`; one row per chart. */
async function measure(
  charts: readonly { label: string; chart: ChartData }[],
  runs: number,
  draw: (chart: ChartData) => Promise<unknown>,
): Promise<Row[]> {
  const rows: Row[] = [];
  for (const [i, { label, chart }] of charts.entries()) {
    // Only the first chart pays for loading the libraries; later "cold" draws are each chart's first.
    const cold = await timedAsync(() => draw(chart));
    const wall: number[] = [];
    const cpu: number[] = [];
    for (let n = 0; n < runs; n++) {
      const t = await timedAsync(() => draw(chart));
      wall.push(t.ms);
      cpu.push(t.cpuMs);
    }
    const first = i === 0 ? ' (its first draw loads the libraries)' : '';
    rows.push({ label: `${label}${first}`, cold: cold.ms, ...stats(wall, cpu) });
    process.stderr.write(`  ${label}: ${runs} draws\n`);
  }
  const wall = rows.flatMap((r) => r.samples.wall);
  const cpu = rows.flatMap((r) => r.samples.cpu);
  return [...rows, { label: '**all seed charts**', cold: null, ...stats(wall, cpu) }];
}

function stats(wall: readonly number[], cpu: readonly number[]) {
  return { warm: summarise(wall), cpu: summarise(cpu), samples: { wall, cpu } };
}

const ms = (n: number) => n.toFixed(0);

function table(title: string, rows: readonly Row[]): string {
  const lines = [
    `#### ${title}`,
    '',
    '| chart | first draw (ms) | p50 (ms) | p99 (ms) | CPU p50 (ms) | draws |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.label} | ${r.cold === null ? '' : ms(r.cold)} | ${ms(r.warm.p50)} | ${ms(r.warm.p99)} | ${ms(r.cpu.p50)} | ${r.warm.n} |`,
    ),
  ];
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { runs: { type: 'string', default: '30' } } });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number, not "${values.runs}"`);
  const charts = await seedCharts();
  process.stderr.write('in process\n');
  const inProcess = await measure(charts, runs, renderChart);
  process.stderr.write('in the chart worker\n');
  // No cache, so every draw is a drawing; the process's CPU time counts the worker's thread too.
  const renderer = createChartRenderer({ cacheSize: 0 });
  const inWorker = await measure(charts, runs, (chart) => renderer.render(chart));
  await renderer.close();
  process.stdout.write(
    [
      `Node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'unknown'}), 1-minute load ${loadavg()[0]?.toFixed(1)}; ${runs} warm draws of each chart after its first.`,
      '',
      table('In process (CLI, console)', inProcess),
      '',
      table('Through the chart worker (Discord)', inWorker),
      '',
    ].join('\n'),
  );
}

await main();
