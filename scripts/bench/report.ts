import type { HitRateComparison } from './hitrate.ts';
import type { SizeResult } from './run-size.ts';

/** Everything one run measured, as written with `--json`. */
export interface BenchReport {
  readonly date: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly node: string;
    readonly memoryBytes: number;
    /** 1-minute load average at the start and end of the run: other work on the machine skews absolute times. */
    readonly loadAverage: readonly [number, number];
  };
  /** Commit measured (a frozen copy of the tree has none), and whether source files changed during the run. */
  readonly commit: string | null;
  readonly codeChanged: boolean;
  readonly seed: number;
  readonly quick: boolean;
  readonly totalMs: number;
  readonly sizes: readonly SizeResult[];
  readonly hitRate: HitRateComparison | null;
  readonly goals: readonly GoalCheck[];
}

/** One goal of the issue, checked against the largest corpus measured. */
export interface GoalCheck {
  readonly goal: string;
  readonly target: string;
  readonly measured: string;
  readonly met: boolean;
  /** How far off, as a factor of the target, when missed ("2.3× the target"). */
  readonly gap: string | null;
}

/** A duration or rate for the table; "n/a" for a figure an older report does not have. */
const ms = (v: number | undefined) =>
  v === undefined || !Number.isFinite(v) ? 'n/a' : v >= 100 ? v.toFixed(0) : v >= 10 ? v.toFixed(1) : v.toFixed(2);
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const int = (v: number) => Math.round(v).toLocaleString('en-US');
const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(1)}×` : 'n/a');

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  return [line(header), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n');
}

/**
 * The goals of issue 14: the CLI answer and the serving memory on the real news (the corpus with a CLI figure), the
 * rest on the largest corpus measured (they are stated for the 10,000-article archive).
 */
export function checkGoals(results: readonly SizeResult[]): GoalCheck[] {
  const checks: GoalCheck[] = [];
  const add = (goal: string, target: number, value: number, unit: string, higherIsBetter = false) => {
    const met = higherIsBetter ? value >= target : value <= target;
    const gap = met ? null : `${(higherIsBetter ? target / Math.max(value, 1e-9) : value / target).toFixed(1)}× off`;
    checks.push({
      goal,
      target: `${higherIsBetter ? '≥' : '≤'} ${target} ${unit}`,
      measured: `${ms(value)} ${unit}`,
      met,
      gap,
    });
  };
  const real = results.find((r) => r.cli !== null);
  if (real?.cli) {
    add(`one CLI answer, warm cache, ${real.label}: wall`, 1000, real.cli.warm.wallMs, 'ms');
    add(`one CLI answer, warm cache, ${real.label}: peak RSS`, 300, real.cli.warm.peakRss / 1e6, 'MB');
    add(`serving process, ${real.label}: peak RSS`, 300, real.memory.childPeakRss / 1e6, 'MB');
  }
  const result = results.at(-1);
  if (!result) return checks;
  const at = `(${result.label})`;
  const commands = Object.entries(result.latency);
  const worstP50 = commands.reduce((a, [c, l]) => (l.ours.p50 > a.v ? { c, v: l.ours.p50 } : a), { c: '', v: 0 });
  const worstP99 = commands.reduce((a, [c, l]) => (l.ours.p99 > a.v ? { c, v: l.ours.p99 } : a), { c: '', v: 0 });
  add('start-up to first answer from snapshot', 1000, result.startup.firstAnswerMs, 'ms');
  add(`distinct-question p50, every command (worst: ${worstP50.c}) ${at}`, 2, worstP50.v, 'ms');
  add(`distinct-question p99, every command (worst: ${worstP99.c}) ${at}`, 20, worstP99.v, 'ms');
  add(`longest stall while reloading ${at}`, 50, result.stalls.reloadStallMs, 'ms');
  add(`longest stall while grouping in slices, catalogue included ${at}`, 50, result.grouping.asyncStallMs, 'ms');
  add(`index build per 1,000 facts ${at}`, 25, result.index.msPer1000Facts, 'ms');
  const heapPer10k = result.facts.total === 0 ? 0 : (result.memory.childHeapUsed / result.facts.total) * 10_000;
  add(`serving heap per 10,000 facts ${at}`, 12, heapPer10k / 1e6, 'MB');
  add(`extraction on both cores ${at}`, 100, result.extraction.parallel.perSecond, 'articles/s', true);
  const slower = commands.filter(([, l]) => l.ours.p50 > l.baseline.p50).map(([c]) => c);
  checks.push({
    goal: `p50 faster than plain MiniSearch over paragraphs, every command ${at}`,
    target: 'every command',
    measured: slower.length === 0 ? 'every command' : `slower: ${slower.join(', ')}`,
    met: slower.length === 0,
    gap: slower.length === 0 ? null : `${slower.length} of ${commands.length} commands`,
  });
  return checks;
}

/** The report as Markdown tables, for stdout and for BENCHMARKS.md. */
export function renderReport(report: BenchReport): string {
  const m = report.machine;
  const title = `# Benchmark ${report.date.slice(0, 16)}Z${report.commit ? ` at ${report.commit}` : ''}: ${m.cpu}, ${m.cores} cores, Node ${m.node}, load average ${m.loadAverage.map((v) => v.toFixed(1)).join(' → ')}${report.quick ? ' (quick)' : ''}${report.codeChanged ? ' (WARNING: code changed during the run)' : ''}`;
  const sizes = report.sizes;
  const head = ['', ...sizes.map((s) => `${s.label} (${int(s.articles)} articles)`)];
  const row = (label: string, f: (s: SizeResult) => string) => [label, ...sizes.map(f)];
  const cli = (s: SizeResult, f: (c: NonNullable<SizeResult['cli']>) => string) => (s.cli ? f(s.cli) : '–');
  const main = table(head, [
    row(
      'corpus (MB, paragraphs, stories)',
      (s) => `${mb(s.corpusBytes)} MB, ${int(s.paragraphs)} ¶, ${int(s.stories)}`,
    ),
    row(
      'facts (quotes/figures/dates/entities/events)',
      (s) =>
        `${int(s.facts.total)} (${s.facts.quotes}/${s.facts.figures}/${s.facts.dates}/${s.facts.entities}/${s.facts.events})`,
    ),
    row('load: cold / from the manifest (ms)', (s) => `${ms(s.load.ms)} / ${ms(s.load.warmMs)}`),
    row(
      'extraction, this thread (articles/s)',
      (s) => `${ms(s.extraction.serial.perSecond)} (n=${s.extraction.serial.articles})`,
    ),
    row(
      'extraction, worker pool (articles/s; CPU-bound)',
      (s) =>
        `${ms(s.extraction.parallel.perSecond)}; ${ms(s.extraction.parallel.idlePerSecond)} (${s.extraction.parallel.workers} workers)`,
    ),
    row(
      'story grouping from scratch (ms; CPU; longest stall in slices, catalogue included)',
      (s) => `${ms(s.grouping.ms)}; ${ms(s.grouping.cpuMs)}; ${ms(s.grouping.asyncStallMs)}`,
    ),
    row('index documents / terms', (s) => `${int(s.index.documents)} / ${int(s.index.terms)}`),
    row(
      'index build (ms; per 1,000 facts; CPU per 1,000)',
      (s) => `${ms(s.index.buildMs)}; ${ms(s.index.msPer1000Facts)}; ${ms(s.index.cpuMsPer1000Facts)}`,
    ),
    row('index heap (MB; per 10,000 facts)', (s) => `${mb(s.index.heapBytes)}; ${mb(s.index.heapPer10000Facts)}`),
    row(
      'snapshot (MB; key ms; load ms)',
      (s) => `${mb(s.snapshot.bytes)}; ${ms(s.snapshot.keyMs)}; ${ms(s.snapshot.loadMs)}`,
    ),
    row('start-up to first answer (ms; of which imports; wall)', (s) =>
      [s.startup.firstAnswerMs, s.startup.importsMs, s.startup.wallMs].map(ms).join('; '),
    ),
    row('… code run', (s) => (s.startup.compiled ? 'dist/' : 'tsx')),
    row(
      'serving process heap / RSS / peak RSS (MB)',
      (s) => `${mb(s.memory.childHeapUsed)} / ${mb(s.memory.childRss)} / ${mb(s.memory.childPeakRss)}`,
    ),
    row('one CLI answer, cold: wall ms / peak RSS MB', (s) =>
      cli(s, (c) => `${ms(c.cold.wallMs)} / ${mb(c.cold.peakRss)}`),
    ),
    row('one CLI answer, warm: median wall ms (worst) / peak RSS MB', (s) =>
      cli(s, (c) => `${ms(c.warm.wallMs)} (${ms(c.warm.worstWallMs)}) / ${mb(c.warm.peakRss)} (${c.code})`),
    ),
    row(
      'reload after 1 new article (ms; longest stall)',
      (s) => `${ms(s.stalls.reloadMs)}; ${ms(s.stalls.reloadStallMs)}`,
    ),
    row(
      'index build stall: sync / in chunks (ms)',
      (s) => `${ms(s.stalls.syncBuildStallMs)} / ${ms(s.stalls.asyncBuildStallMs)}`,
    ),
    row('longest stall while idle: noise floor (ms)', (s) => ms(s.stalls.idleStallMs)),
    row(
      'longest stall in a burst of queries (ms)',
      (s) => `${ms(s.stalls.burstStallMs)} (${s.stalls.burstCalls} calls)`,
    ),
    row('memo hit, a repeated question: p50 / max (ms)', (s) => `${ms(s.memoHit.p50)} / ${ms(s.memoHit.max)}`),
    row('baseline: build (ms) / heap (MB)', (s) => `${ms(s.baseline.buildMs)} / ${mb(s.baseline.heapBytes)}`),
  ]);
  const commands = [...new Set(sizes.flatMap((s) => Object.keys(s.latency)))];
  const latencyRows = commands.map((c) => [
    c,
    ...sizes.map((s) => {
      const l = s.latency[c];
      if (!l) return '';
      return `${ms(l.ours.p50)} / ${ms(l.ours.p99)} / ${ms(l.ours.max)} (n=${l.distinct}; ${ratio(l.ours.p50, l.baseline.p50)})`;
    }),
  ]);
  const baselineRows = commands.map((c) => [
    c,
    ...sizes.map((s) => {
      const l = s.latency[c];
      return l ? `${ms(l.baseline.p50)} / ${ms(l.baseline.p99)} / ${ms(l.baseline.max)}` : '';
    }),
  ]);
  const latency = table(
    ['command: p50 / p99 / max ms (distinct calls; p50 ÷ baseline p50)', ...head.slice(1)],
    latencyRows,
  );
  const baseline = table(['same words, plain MiniSearch: p50 / p99 / max ms', ...head.slice(1)], baselineRows);
  const parts = [
    `## Corpora\n\n${main}`,
    `## Latency per command, distinct questions, answer memo off\n\n${latency}`,
    `## Baseline in the same run\n\n${baseline}`,
  ];
  if (report.hitRate) {
    const h = report.hitRate;
    const pct = (v: number) => `${(v * 100).toFixed(0)}%`;
    parts.push(
      `## Hit rate on ${h.ours.questions} labelled questions (${h.knowledge})\n\n${table(
        ['', 'hit@1', `hit@${h.k}`, 'MRR'],
        [
          ['ours (/search)', pct(h.ours.hitAt1), pct(h.ours.hitAtK), h.ours.mrr.toFixed(2)],
          [
            'baseline (MiniSearch defaults, raw paragraphs)',
            pct(h.baseline.hitAt1),
            pct(h.baseline.hitAtK),
            h.baseline.mrr.toFixed(2),
          ],
        ],
      )}`,
    );
  }
  if (report.goals.length > 0) {
    parts.push(
      `## Goals of issue 14\n\n${table(
        ['goal', 'target', 'measured', 'met'],
        report.goals.map((g) => [g.goal, g.target, g.measured, g.met ? 'yes' : `no, ${g.gap}`]),
      )}`,
    );
  }
  return `${title}\n\n${parts.join('\n\n')}\n`;
}
