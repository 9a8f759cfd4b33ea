/** Messages between the chart worker and the thread that asks it for charts. */
import type { RenderedChart } from './draw.ts';
import type { ChartData } from './model.ts';

/** Marks a worker started to draw charts. */
export const CHART_WORKER_MARK = 'briefing-chart-worker';

/** A chart to draw. */
export interface ChartRequest {
  readonly id: number;
  readonly chart: ChartData;
}

/** The drawn chart, or why it could not be drawn. */
export type ChartReply =
  | { readonly id: number; readonly chart: RenderedChart }
  | { readonly id: number; readonly error: string };

/** Anything the worker posts: a reply, or word that it has loaded the chart libraries. */
export type WorkerMessage = ChartReply | { readonly ready: true };
