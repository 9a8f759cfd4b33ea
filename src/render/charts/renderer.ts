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
  /**
   * Milliseconds one chart may take, from the request to the picture, including a cold start of the worker when
   * none is running. Default {@link CHART_TIME_LIMIT_MS}.
   */
  readonly timeLimitMs?: number;
}

/** Default time limit of a chart: a cold worker loads its libraries in about a second on a small machine. */
export const CHART_TIME_LIMIT_MS = 8000;

/** Why a chart was not drawn. */
export class ChartError extends Error {
  override readonly name = 'ChartError';
  constructor(
    message: string,
    /** `timeout`: over the time limit; `failed`: the drawing threw; `stopped`: the renderer was closed or the worker died. */
    readonly reason: 'timeout' | 'failed' | 'stopped',
  ) {
    super(message);
  }
}

/** Draws charts in a worker thread, each within a time limit. */
export interface ChartRenderer {
  /** The chart as PNG, SVG and alt text; rejects with a {@link ChartError} when it fails or takes too long. */
  render(chart: ChartData): Promise<RenderedChart>;
  /** Starts the worker now (loading the chart libraries), so the first chart is not slowed by a cold start. */
  warm(): void;
  /** Stops the worker; charts still pending are rejected. */
  close(): Promise<void>;
}

interface Pending {
  readonly resolve: (chart: RenderedChart) => void;
  readonly reject: (error: ChartError) => void;
  readonly timer: NodeJS.Timeout;
}

/** A renderer whose worker starts on first use (or {@link ChartRenderer.warm}) and is replaced after a failure. */
export function createChartRenderer(options: ChartRendererOptions = {}): ChartRenderer {
  const limit = options.timeLimitMs ?? CHART_TIME_LIMIT_MS;
  const pending = new Map<number, Pending>();
  let worker: Worker | null = null;
  let next = 1;

  /** Ends the current worker and fails whatever it still had to draw. */
  const drop = (error: ChartError) => {
    const current = worker;
    worker = null;
    for (const [id, job] of pending) {
      clearTimeout(job.timer);
      pending.delete(id);
      job.reject(error);
    }
    return current ? current.terminate().then(() => undefined) : Promise.resolve();
  };

  const start = (): Worker => {
    if (worker) return worker;
    const started = startModuleWorker(new URL('./worker.ts', import.meta.url).href, { workerData: CHART_WORKER_MARK });
    started.on('message', (message: WorkerMessage) => {
      if ('ready' in message) return;
      const job = pending.get(message.id);
      if (!job) return;
      pending.delete(message.id);
      clearTimeout(job.timer);
      if ('chart' in message) job.resolve(message.chart);
      else job.reject(new ChartError(`chart drawing failed: ${message.error}`, 'failed'));
    });
    started.on('error', (error) => {
      if (worker === started) void drop(new ChartError(`chart worker failed: ${error.message}`, 'stopped'));
    });
    started.on('exit', (code) => {
      if (worker === started) void drop(new ChartError(`chart worker exited with code ${code}`, 'stopped'));
    });
    // An idle worker must not keep a command-line run alive; a pending chart's timer does while it waits.
    started.unref();
    worker = started;
    return started;
  };

  return {
    render(chart) {
      const id = next++;
      const current = start();
      return new Promise<RenderedChart>((resolve, reject) => {
        const timer = setTimeout(() => {
          // A drawing over its limit may never end: replace the worker rather than queue behind it.
          if (pending.has(id)) void drop(new ChartError(`chart took longer than ${limit} ms`, 'timeout'));
        }, limit);
        pending.set(id, { resolve, reject, timer });
        const request: ChartRequest = { id, chart };
        current.postMessage(request);
      });
    },
    warm() {
      start();
    },
    close() {
      return drop(new ChartError('chart renderer closed', 'stopped'));
    },
  };
}
