import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** Latency summary of many timed calls, in milliseconds. */
export interface LatencySummary {
  readonly n: number;
  readonly p50: number;
  readonly p99: number;
  readonly max: number;
  readonly mean: number;
}

/** The value at quantile `q` (0…1) of sorted samples, by the nearest-rank method; 0 for no samples. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

/** Summarises samples in milliseconds. */
export function summarise(samples: readonly number[]): LatencySummary {
  const sorted = [...samples].sort((a, b) => a - b);
  const total = sorted.reduce((sum, v) => sum + v, 0);
  return {
    n: sorted.length,
    p50: quantile(sorted, 0.5),
    p99: quantile(sorted, 0.99),
    max: sorted[sorted.length - 1] ?? 0,
    mean: sorted.length === 0 ? 0 : total / sorted.length,
  };
}

/** CPU time the whole process (every thread, workers included) has used, in milliseconds. */
function cpuNow(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * Runs `fn` and returns its result with the milliseconds it took and the CPU milliseconds the process spent
 * meanwhile. On a machine shared with other work, wall time stretches with the load while CPU time does not, so
 * CPU time gives an estimate of the same work on an idle machine.
 */
export function timed<T>(fn: () => T): { value: T; ms: number; cpuMs: number } {
  const cpu = cpuNow();
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start, cpuMs: cpuNow() - cpu };
}

/** Awaits `fn` and returns its result with its wall and CPU milliseconds (see {@link timed}). */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number; cpuMs: number }> {
  const cpu = cpuNow();
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start, cpuMs: cpuNow() - cpu };
}

let collector: (() => void) | null | undefined;

/**
 * A full garbage collection, so heap figures measure what is retained rather than what happens to be
 * uncollected. `--expose-gc` cannot be passed through `npm run`, so the flag is set at run time and the function
 * taken from a fresh context, where V8 installs it.
 */
export function collectGarbage(): void {
  if (collector === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      collector = runInNewContext('gc') as () => void;
    } catch {
      collector = null;
    }
  }
  if (collector) {
    collector();
    collector();
  }
}

/** Heap in use and resident set size, in bytes, after a full collection. */
export function memory(): { heapUsed: number; rss: number } {
  collectGarbage();
  const usage = process.memoryUsage();
  return { heapUsed: usage.heapUsed, rss: usage.rss };
}

/**
 * Measures the longest event-loop stall while `work` runs: how long a timer that was due had to wait, which is
 * how long an interaction arriving then would have waited before the bot could even start on it.
 */
export async function longestStall<T>(work: () => Promise<T>): Promise<{ value: T; stallMs: number }> {
  const resolution = 5;
  const histogram = monitorEventLoopDelay({ resolution });
  histogram.enable();
  // Let the monitor's timer arm before the work starts, or a synchronous block right away goes unseen.
  await new Promise((resolve) => setTimeout(resolve, 20));
  const value = await work();
  // And give it a turn after the work, so a stall that ends with the work is recorded.
  await new Promise((resolve) => setTimeout(resolve, 20));
  histogram.disable();
  // The histogram records, in nanoseconds, the time between samples, which includes the sampling interval itself.
  return { value, stallMs: Math.max(0, histogram.max / 1e6 - resolution) };
}

/** Yields to the event loop, letting timers and I/O run, as between two interactions arriving. */
export function yieldToLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
