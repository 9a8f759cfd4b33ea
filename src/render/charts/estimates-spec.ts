/**
 * The Vega-Lite specification of an estimates chart: one panel per subject, one row per claim, each row labelled
 * above its mark with the claim as the text answer words it and its citation number. An exact figure is a point,
 * a range a bar, an open bound ("over", "up to") a bar running to the axis end with an arrowhead there; hedged
 * figures are hollow or dashed and drawn in a second colour.
 */
import type { TopLevelSpec } from 'vega-lite';
import { fitLabel, headingLines } from './labels.ts';
import type { EstimateMark, EstimatePanel, EstimatesChart } from './model.ts';
import { BASE_CONFIG, COLOURS, PLOT_WIDTH, TONE, TYPE } from './theme.ts';

/** Pixels between two claims: a label line above a mark. */
const ROW_STEP = 36;
/** Where a label's baseline sits above its mark. */
const LABEL_RISE = 10;
/** Thickness of range bars. */
const BAR_WIDTH = 6;
/** Pixels from an axis end to the centre of an arrowhead there: its half width. */
const ARROW_INSET = 7;

/** How a claim is drawn. */
type Shape = 'point' | 'range' | 'above' | 'below';

interface Row {
  readonly row: string;
  readonly label: string;
  readonly shape: Shape;
  readonly tone: 'firm' | 'loose';
  /** Start and end of the bar, or the point's position. */
  readonly x1: number;
  readonly x2: number;
  /** The finite bound of an open claim, marked with a tick. */
  readonly bound: number | null;
  /** Where the arrowhead of an open claim sits, and which way it points. */
  readonly arrowAt: number | null;
  readonly arrow: 'right' | 'left' | null;
}

/** The smallest round number (1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8 × a power of ten) at or above `v`. */
export function niceCeiling(v: number): number {
  if (!(v > 0)) return 1;
  const power = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10]) if (m * power >= v * (1 - 1e-12)) return m * power;
  return 10 * power;
}

/** The axis end of a panel: past every finite bound, with room for open bounds to read as open. */
function axisEnd(marks: readonly EstimateMark[]): number {
  const bounds = marks.flatMap((m) => [m.low, m.high]).filter((n): n is number => n !== null);
  const top = Math.max(0, ...bounds);
  const openAbove = marks.some((m) => m.high === null);
  return niceCeiling(top * (openAbove ? 1.25 : 1.05));
}

/** Claims from the lowest to the highest, so the picture reads as a scale: by lower bound, then upper. */
function byPosition(a: EstimateMark, b: EstimateMark): number {
  return (a.low ?? 0) - (b.low ?? 0) || (a.high ?? Number.POSITIVE_INFINITY) - (b.high ?? Number.POSITIVE_INFINITY);
}

function shapeOf(m: EstimateMark): Shape {
  if (m.high === null) return 'above';
  if (m.low === null) return 'below';
  return m.low === m.high ? 'point' : 'range';
}

function row(m: EstimateMark, i: number, end: number): Row {
  const shape = shapeOf(m);
  // Arrowheads sit just inside the axis ends, so no mark reaches past the plot.
  const inset = (ARROW_INSET / PLOT_WIDTH) * end;
  const label = fitLabel(m.label, ` [${m.citation}]`, PLOT_WIDTH, TYPE.label);
  const base = { row: String(i), label, shape, tone: m.hedged ? 'loose' : 'firm' } as const;
  if (shape === 'above') {
    const low = m.low ?? 0;
    return { ...base, x1: low, x2: end - inset, bound: low, arrowAt: end - inset, arrow: 'right' };
  }
  if (shape === 'below') {
    const high = m.high ?? 0;
    return { ...base, x1: inset, x2: high, bound: high, arrowAt: inset, arrow: 'left' };
  }
  return { ...base, x1: m.low ?? 0, x2: m.high ?? 0, bound: null, arrowAt: null, arrow: null };
}

function only(shapes: readonly Shape[], tone?: Row['tone']): { filter: string } {
  const test = shapes.map((s) => `datum.shape === '${s}'`).join(' || ');
  return { filter: tone ? `(${test}) && datum.tone === '${tone}'` : test };
}

function panelSpec(panel: EstimatePanel, index: number) {
  const end = axisEnd(panel.marks);
  const rows = [...panel.marks].sort(byPosition).map((m, i) => row(m, i, end));
  const x = (field: keyof Row) => ({
    field,
    type: 'quantitative',
    scale: { domain: [0, end], nice: false, zero: true },
    axis: { format: ',~f', title: panel.unit ?? null, tickCount: 5, grid: true, labelFlush: true },
  });
  return {
    title: {
      text: headingLines(panel.subject, PLOT_WIDTH, TYPE.heading),
      fontSize: TYPE.heading,
      anchor: 'start',
      offset: 6,
    },
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: rows },
    // The domain is given so rows keep their order whichever layer draws them.
    encoding: {
      y: {
        field: 'row',
        type: 'ordinal',
        axis: null,
        scale: { type: 'point', padding: 0.7, domain: rows.map((r) => r.row) },
      },
    },
    layer: [
      {
        transform: [only(['range', 'above', 'below'])],
        mark: { type: 'rule', strokeWidth: BAR_WIDTH, strokeCap: 'butt' },
        encoding: {
          x: x('x1'),
          x2: { field: 'x2' },
          color: TONE,
          strokeDash: {
            field: 'tone',
            type: 'nominal',
            scale: {
              domain: ['firm', 'loose'],
              range: [
                [1, 0],
                [5, 3],
              ],
            },
            legend: null,
          },
        },
      },
      {
        transform: [only(['above', 'below'])],
        mark: { type: 'tick', thickness: 2, size: 16, orient: 'vertical' },
        encoding: { x: x('bound'), color: TONE },
      },
      {
        transform: [{ filter: 'datum.arrow !== null' }],
        mark: { type: 'point', filled: true, size: 130, opacity: 1 },
        encoding: {
          x: x('arrowAt'),
          color: TONE,
          shape: {
            field: 'arrow',
            type: 'nominal',
            scale: { domain: ['right', 'left'], range: ['triangle-right', 'triangle-left'] },
            legend: null,
          },
        },
      },
      {
        transform: [only(['point'], 'firm')],
        mark: { type: 'point', filled: true, size: 110, opacity: 1 },
        encoding: { x: x('x1'), color: TONE },
      },
      {
        transform: [only(['point'], 'loose')],
        mark: { type: 'point', filled: false, size: 110, strokeWidth: 2.5, opacity: 1 },
        encoding: { x: x('x1'), color: TONE },
      },
      {
        name: `labels_${index}`,
        mark: { type: 'text', align: 'left', baseline: 'alphabetic', dy: -LABEL_RISE, fontSize: TYPE.label },
        encoding: { x: { value: 0 }, text: { field: 'label' }, color: { value: COLOURS.text } },
      },
    ],
  };
}

/** The key under the title: only the kinds of mark the chart draws. */
function key(chart: EstimatesChart): string[] {
  const shapes = new Set(chart.panels.flatMap((p) => p.marks.map(shapeOf)));
  const parts = [
    shapes.has('point') ? '● exact figure' : '',
    shapes.has('range') ? '━ range' : '',
    shapes.has('above') || shapes.has('below') ? '◀ ▶ open-ended (up to, over)' : '',
  ].filter((p) => p !== '');
  const hedged = chart.panels.some((p) => p.marks.some((m) => m.hedged));
  return [parts.join(' · '), `${hedged ? 'Hollow or dashed, orange: approximate. ' : ''}[n]: source in the answer.`];
}

/** The Vega-Lite specification of an estimates chart. */
export function estimatesSpec(chart: EstimatesChart): TopLevelSpec {
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: headingLines(chart.title, PLOT_WIDTH, TYPE.title), subtitle: key(chart) },
    config: BASE_CONFIG,
    spacing: 22,
    vconcat: chart.panels.map(panelSpec),
  } as TopLevelSpec;
}
