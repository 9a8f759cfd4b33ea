/**
 * Drawing charts off the answering thread, within a time limit. A front door asks for a chart after (or while) it
 * sends the text answer; the chart comes back from a worker thread, or the request fails after the limit and the
 * worker is replaced, so a stuck or slow drawing never holds up an answer and never piles up behind another.
 */
import type { Worker } from 'node:worker_threads';
import { startModuleWorker } from '../../worker-thread.ts';
import type { RenderedChart } from './draw.ts';
import type { ChartData } from './model.ts';
import { CHART_WORKER_MARK, type ChartRequest, type WorkerMessage } from './protocol.ts';

/** Options of {@link createChartRenderer}. */
export interface ChartRendererOptions {
  /** Milliseconds one chart may take to draw once the worker is running. Default {@link CHART_TIME_LIMIT_MS}. */
  readonly timeLimitMs?: number;
  /**
   * Milliseconds a worker may take to start (load the chart libraries) before it is given up.
   * Default {@link CHART_START_LIMIT_MS}.
   */
  readonly startLimitMs?: number;
  /** Charts kept drawn, by what they show, so a chart asked again is not drawn again. Default 32. */
  readonly cacheSize?: number;
}

/** The libraries a chart worker loads, imported before the TypeScript loader to start faster. */
const CHART_LIBRARIES = ['vega-lite', 'vega', '@resvg/resvg-js', 'opentype.js'];

/** Default time limit of one drawing: a warm worker draws a seed chart in well under half a second. */
export const CHART_TIME_LIMIT_MS = 5000;
/** Default time limit of a worker's start: loading the libraries takes seconds on a small, busy machine. */
export const CHART_START_LIMIT_MS = 30_000;

/** Why a chart was not drawn. */
export class ChartError extends Error {
  override readonly name = 'ChartError';
  constructor(
    message: string,
    /** `timeout`: over a time limit; `failed`: the drawing threw; `stopped`: the renderer was closed or the worker died. */
    readonly reason: 'timeout' | 'failed' | 'stopped',
  ) {
    super(message);
  }
}

/** Draws charts in a worker thread, each within a time limit. */
export interface ChartRenderer {
  /** The chart as PNG, SVG and alt text; rejects with a {@link ChartError} when it fails or takes too long. */
  render(chart: ChartData): Promise<RenderedChart>;
  /** The chart if it has been drawn already (asked before and still cached), at once; null otherwise. */
  drawn(chart: ChartData): RenderedChart | null;
  /** Stops the worker; charts still pending are rejected. */
  close(): Promise<void>;
}

interface Job {
  readonly request: ChartRequest;
  readonly resolve: (chart: RenderedChart) => void;
  readonly reject: (error: ChartError) => void;
  /** Runs from when the worker can draw: a job waiting for the worker to start is not yet on the clock. */
  timer: NodeJS.Timeout | null;
}

/** One worker and whether it has loaded the libraries. */
interface Running {
  readonly worker: Worker;
  ready: boolean;
  readonly startTimer: NodeJS.Timeout;
}

/**
 * A renderer whose worker starts on first use and is replaced after a failure.
 * Drawn charts are kept by what they show (a channel asks the same few things), so only new charts cost a drawing.
 */
export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const limit = options.timeLimitMs ?? CHART_TIME_LIMIT_MS;
  const startLimit = options.startLimitMs ?? CHART_START_LIMIT_MS;
  const cacheSize = options.cacheSize ?? 32;
  const jobs = new Map<number, Job>();
  const drawn = new Map<string, Promise<RenderedChart>>();
  /** The finished drawings among {@link drawn}, to hand out without waiting. */
  const finished = new Map<string, RenderedChart>();
  let running: Running | null = null;
  let next = 1;

  /** Ends the current worker and fails whatever it still had to draw. */
  const drop = (error: ChartError) => {
    const current = running;
    running = null;
    if (current) clearTimeout(current.startTimer);
    for (const [id, job] of jobs) {
      if (job.timer) clearTimeout(job.timer);
      jobs.delete(id);
      job.reject(error);
    }
    return current ? current.worker.terminate().then(() => undefined) : Promise.resolve();
  };

  /** Puts a job on the clock and sends it to a worker that has started. */
  const send = (job: Job, worker: Worker) => {
    job.timer = setTimeout(() => {
      // A drawing over its limit may never end: replace the worker rather than queue behind it.
      if (jobs.has(job.request.id)) void drop(new ChartError(`chart took longer than ${limit} ms`, 'timeout'));
    }, limit);
    worker.postMessage(job.request);
  };

  const start = (): Running => {
    if (running) return running;
    const worker = startModuleWorker(
      new URL('./worker.ts', import.meta.url).href,
      { workerData: CHART_WORKER_MARK },
      // Test runners that transform modules may leave import.meta.resolve out: the worker then only starts slower.
      typeof import.meta.resolve === 'function' ? CHART_LIBRARIES.map((p) => import.meta.resolve(p)) : [],
    );
    const startTimer = setTimeout(() => {
      if (running?.worker === worker) {
        void drop(new ChartError(`chart worker did not start within ${startLimit} ms`, 'timeout'));
      }
    }, startLimit);
    const current: Running = { worker, ready: false, startTimer };
    worker.on('message', (message: WorkerMessage) => {
      if ('ready' in message) {
        current.ready = true;
        clearTimeout(startTimer);
        for (const job of jobs.values()) if (!job.timer) send(job, worker);
        return;
      }
      const job = jobs.get(message.id);
      if (!job) return;
      jobs.delete(message.id);
      if (job.timer) clearTimeout(job.timer);
      if ('chart' in message) job.resolve(message.chart);
      else job.reject(new ChartError(`chart drawing failed: ${message.error}`, 'failed'));
    });
    worker.on('error', (error) => {
      if (running === current) void drop(new ChartError(`chart worker failed: ${error.message}`, 'stopped'));
    });
    worker.on('exit', (code) => {
      if (running === current) void drop(new ChartError(`chart worker exited with code ${code}`, 'stopped'));
    });
    // An idle worker must not keep a command-line run alive; a pending chart's timer does while it waits.
    worker.unref();
    running = current;
    return current;
  };

  const draw = (chart: ChartData): Promise<RenderedChart> => {
    const current = start();
    return new Promise<RenderedChart>((resolve, reject) => {
      const job: Job = { request: { id: next++, chart }, resolve, reject, timer: null };
      jobs.set(job.request.id, job);
      if (current.ready) send(job, current.worker);
    });
  };

  return {
    render(chart) {
      const key = JSON.stringify(chart);
      const known = drawn.get(key);
      if (known) {
        // Most recently used last, so the oldest is the first to go.
        drawn.delete(key);
        drawn.set(key, known);
        return known;
      }
      const drawing = draw(chart);
      drawn.set(key, drawing);
      drawing.then(
        (result) => {
          if (drawn.get(key) === drawing) finished.set(key, result);
        },
        () => drawn.delete(key),
      );
      for (const oldest of drawn.keys()) {
        if (drawn.size <= cacheSize) break;
        drawn.delete(oldest);
        finished.delete(oldest);
      }
      return drawing;
    },
    drawn(chart) {
      return finished.get(JSON.stringify(chart)) ?? null;
    },
    close() {
      drawn.clear();
      finished.clear();
      return drop(new ChartError('chart renderer closed', 'stopped'));
    },
  };
}
