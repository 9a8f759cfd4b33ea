/**
 * Charts from the command line and the console: an answer's chart written as PNG or SVG to a file, drawn on the
 * calling thread (a person waiting at a terminal has no 3 s deadline).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import type { Answer } from '../answers/index.ts';
import { CHART_KINDS, chartOf, renderChart } from '../render/charts/index.ts';
import { UsageError } from './commands.ts';

/** Formats a chart is written in, chosen by the file's extension. */
export type ChartFormat = 'png' | 'svg';

/** Whether a command's answers can have a chart. */
export function hasChart(command: string): boolean {
  return (CHART_KINDS as readonly string[]).includes(command);
}

/**
 * Checks a `--chart` request before anything is answered: the command must draw charts and the file must end in
 * `.png` or `.svg`. Throws a {@link UsageError} that says what to type.
 */
export function chartFormat(command: string, file: string): ChartFormat {
  if (!hasChart(command)) {
    throw new UsageError(`${command} draws no chart (charts: ${CHART_KINDS.join(', ')}).`);
  }
  const ext = extname(file).toLowerCase();
  if (ext === '.png' || ext === '.svg') return ext.slice(1) as ChartFormat;
  throw new UsageError(`--chart takes a file ending in .png or .svg, not "${file.slice(0, 60)}".`);
}

/** A chart written to a file. */
export interface WrittenChart {
  readonly path: string;
  readonly bytes: number;
  /** What the chart shows, in words. */
  readonly alt: string;
}

/** Why an answer has no chart, in a line a person understands. */
export function noChartReason(answer: Answer): string {
  if (answer.empty) return 'nothing matched, so there is nothing to draw';
  return answer.command === 'timeline'
    ? 'fewer than two dated lines to set on a time axis'
    : 'no subject has two or more claims with numbers to compare';
}

/**
 * Draws an answer's chart and writes it to `path` (PNG or SVG by its extension, folders created as needed). Resolves
 * to what was written, or null when the answer has nothing to compare.
 */
export async function writeChart(answer: Answer, path: string): Promise<WrittenChart | null> {
  const chart = chartOf(answer);
  if (chart === null) return null;
  const drawn = await renderChart(chart);
  const data = extname(path).toLowerCase() === '.svg' ? Buffer.from(drawn.svg, 'utf8') : drawn.png;
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, data);
  return { path, bytes: data.length, alt: drawn.alt };
}

/**
 * Where the console writes an answer's chart in `dir`: named after the command and what was asked
 * ("estimates-troops.png"), so asking again replaces the picture instead of piling up files.
 */
export function chartPathIn(dir: string, answer: Answer): string {
  const asked = Object.values(answer.query)
    .filter((v) => typeof v === 'string' || typeof v === 'number')
    .join(' ')
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  return join(dir, `${answer.command}${asked ? `-${asked}` : ''}.png`);
}
