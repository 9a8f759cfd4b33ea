/**
 * Charts of answers: `/estimates` claims on one axis per subject and `/timeline` events on a time axis, drawn in
 * process as SVG and PNG (Vega-Lite → Vega → SVG → resvg), with alt text. The render layer's door for pictures:
 * front doors decide with {@link chartOf} whether an answer has one, then draw it with a {@link ChartRenderer}
 * (a worker with a time limit: Discord, Slack) or {@link renderChart} (in process: the CLI, the bench).
 *
 * The chart libraries load only when something is drawn, never when this module is imported.
 */
import type { Answer } from '../../answers/index.ts';
import type { RenderedChart } from './draw.ts';
import { CHART_KINDS, type ChartData, chartOf } from './model.ts';
import type { ChartRenderer } from './renderer.ts';

export type { RenderedChart } from './draw.ts';
export {
  ALT_TEXT_MAX,
  altText,
  CHART_KINDS,
  type ChartData,
  chartOf,
  type EstimateMark,
  type EstimatePanel,
  type EstimatesChart,
  MAX_EVENTS,
  MAX_MARKS,
  MAX_PANELS,
  MIN_TO_COMPARE,
  type TimelineChart,
  type TimelineEvent,
} from './model.ts';
export {
  CHART_START_LIMIT_MS,
  CHART_TIME_LIMIT_MS,
  ChartError,
  type ChartRenderer,
  type ChartRendererOptions,
  createChartRenderer,
} from './renderer.ts';

/** Draws a chart on the calling thread, with no time limit: for the CLI and the bench. */
export async function renderChart(chart: ChartData): Promise<RenderedChart> {
  const { drawChart } = await import('./draw.ts');
  return drawChart(chart);
}

/** A chart as a chat platform takes it: PNG bytes, a file name, and alt text. */
export interface ChartImage {
  readonly png: Uint8Array;
  /** File name to upload it under ("estimates.png"). */
  readonly filename: string;
  readonly alt: string;
  readonly width: number;
  readonly height: number;
}

/** The file name of an answer's chart: the command's name, so a reader knows what the picture is. */
export function chartFilename(chart: Pick<ChartData, 'kind'>): string {
  return `${chart.kind}.png`;
}

/** Whether a file name is one {@link chartFilename} gives (to recognise a chart already attached to a message). */
export function isChartFilename(name: string): boolean {
  return CHART_KINDS.some((kind) => name === chartFilename({ kind }));
}

/**
 * The picture of an answer for a chat front door, drawn by `renderer` within its time limit: null when the answer
 * has nothing to compare; rejects with a `ChartError` when drawing fails or is too slow (the text answer stands
 * alone then). This is what a Slack front door uploads (`files.uploadV2` with `alt_text`) or shows in an image
 * block; Discord attaches it to the answer's embed.
 */
export async function chartImage(answer: Answer, renderer: ChartRenderer): Promise<ChartImage | null> {
  const chart = chartOf(answer);
  if (chart === null) return null;
  const drawn = await renderer.render(chart);
  return { png: drawn.png, filename: chartFilename(chart), alt: drawn.alt, width: drawn.width, height: drawn.height };
}
