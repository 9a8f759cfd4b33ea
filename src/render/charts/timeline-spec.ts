/**
 * The Vega-Lite specification of a timeline: dated events on a time axis, one row each in date order, each labelled
 * beside its point with a short excerpt of its sentence and its citation number. A label goes to whichever side of
 * its point has more room and is cut to that room, so labels never overlap each other or leave the picture.
 */
import type { TopLevelSpec } from 'vega-lite';
import { excerpt, headingLines } from './labels.ts';
import type { TimelineChart, TimelineEvent } from './model.ts';
import { BASE_CONFIG, COLOURS, PLOT_WIDTH, TONE, TYPE } from './theme.ts';

/** Pixels between two events: one line of label text. */
const ROW_STEP = 20;
/** Gap between a point and its label. */
const LABEL_GAP = 8;
const DAY_MS = 86_400_000;

interface Row {
  readonly row: string;
  readonly start: number;
  readonly end: number | null;
  readonly label: string;
  readonly side: 'left' | 'right';
  readonly tone: 'firm' | 'loose';
}

function day(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

/** The axis' first and last instants: whole days, with a margin so no point sits on the plot's edge. */
function domain(events: readonly TimelineEvent[]): [number, number] {
  const starts = events.map((e) => day(e.date));
  const ends = events.map((e) => day(e.endDate ?? e.date));
  const first = Math.min(...starts);
  const last = Math.max(...ends);
  const margin = Math.max(1, Math.ceil(((last - first) / DAY_MS) * 0.04));
  return [first - margin * DAY_MS, last + margin * DAY_MS];
}

/** Days between axis ticks, so about six dates are written whatever the span. */
function tickStep(span: number): number {
  const days = span / DAY_MS;
  return [1, 2, 7, 14, 30, 61, 91, 182, 365].find((step) => days / step <= MAX_TICKS) ?? Math.ceil(days / MAX_TICKS);
}

function row(e: TimelineEvent, i: number, [d0, d1]: [number, number]): Row {
  const px = (t: number) => ((t - d0) / (d1 - d0)) * PLOT_WIDTH;
  const start = day(e.date);
  const end = e.endDate && e.endDate > e.date ? day(e.endDate) : null;
  const roomRight = PLOT_WIDTH - px(end ?? start) - LABEL_GAP;
  const roomLeft = px(start) - LABEL_GAP;
  const side = roomRight >= roomLeft ? 'right' : 'left';
  const label = excerpt(e.text, e.phrase, ` [${e.citation}]`, Math.max(roomRight, roomLeft), TYPE.label);
  return { row: String(i), start, end, label, side, tone: e.planned ? 'loose' : 'firm' };
}

function labels(side: Row['side']) {
  return {
    name: `labels_${side}`,
    transform: [{ filter: `datum.side === '${side}'` }],
    mark: {
      type: 'text',
      align: side === 'right' ? 'left' : 'right',
      baseline: 'middle',
      dx: side === 'right' ? LABEL_GAP : -LABEL_GAP,
      fontSize: TYPE.label,
    },
    encoding: {
      x: { field: side === 'right' ? 'anchor' : 'start', type: 'quantitative' },
      text: { field: 'label' },
      color: { value: COLOURS.text },
    },
  };
}

/** Dates the axis writes at most: about 60 pixels each. */
const MAX_TICKS = Math.floor(PLOT_WIDTH / 60);

/**
 * Where the axis writes a date: the days the events happened when they are few enough, so each point sits under a
 * written date; otherwise midnights at a regular step.
 */
function ticks(events: readonly TimelineEvent[], [d0, d1]: [number, number]): number[] {
  const days = [...new Set(events.flatMap((e) => [day(e.date), ...(e.endDate ? [day(e.endDate)] : [])]))];
  days.sort((a, b) => a - b);
  if (days.length <= MAX_TICKS) return days;
  // From the first event's day, which the axis margin keeps half a date's width from the plot's edge.
  const step = tickStep(d1 - d0) * DAY_MS;
  const out: number[] = [];
  for (let t = days[0] ?? d0; t <= (days.at(-1) ?? d1); t += step) out.push(t);
  return out;
}

/**
 * The time axis, written as dates at the top where a reader starts. Timestamps on a linear scale with the ticks set
 * here: whole days only, at a step that keeps about six dates whatever the span.
 */
function timeAxis(events: readonly TimelineEvent[], span: [number, number]) {
  const years = new Set(events.map((e) => e.date.slice(0, 4))).size;
  const format = years > 1 ? '%b %-d, %Y' : '%b %-d';
  return {
    field: 'start',
    type: 'quantitative',
    scale: { domain: span, nice: false, zero: false },
    axis: {
      orient: 'top',
      title: null,
      values: ticks(events, span),
      labelExpr: `utcFormat(datum.value, '${format}')`,
      // Dates at the plot's ends stay inside the picture.
      labelFlush: true,
      grid: true,
    },
  } as const;
}

/** The Vega-Lite specification of a timeline chart. */
export function timelineSpec(chart: TimelineChart): TopLevelSpec {
  const span = domain(chart.events);
  const rows = chart.events.map((e, i) => row(e, i, span));
  const x = timeAxis(chart.events, span);
  const planned = chart.events.some((e) => e.planned);
  const ranged = rows.some((r) => r.end !== null);
  const key = ['● dated', planned ? '○ planned' : '', ranged ? '━ range of days' : '', '[n]: source in the answer']
    .filter((p) => p !== '')
    .join(' · ');
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    title: { text: headingLines(chart.title, PLOT_WIDTH, TYPE.title), subtitle: key },
    config: BASE_CONFIG,
    width: PLOT_WIDTH,
    height: { step: ROW_STEP },
    data: { values: rows },
    transform: [{ calculate: 'datum.end === null ? datum.start : datum.end', as: 'anchor' }],
    encoding: {
      // The domain is given so rows keep the events' order whichever layer draws them.
      y: {
        field: 'row',
        type: 'ordinal',
        axis: null,
        scale: { type: 'point', padding: 0.6, domain: rows.map((r) => r.row) },
      },
      x,
    },
    layer: [
      {
        transform: [{ filter: 'datum.end !== null' }],
        mark: { type: 'rule', strokeWidth: 4, strokeCap: 'round' },
        encoding: { x2: { field: 'end' }, color: TONE },
      },
      {
        transform: [{ filter: "datum.tone === 'firm'" }],
        mark: { type: 'point', filled: true, size: 60, opacity: 1 },
        encoding: { color: TONE },
      },
      {
        transform: [{ filter: "datum.tone === 'loose'" }],
        mark: { type: 'point', filled: false, size: 60, strokeWidth: 2, opacity: 1 },
        encoding: { color: TONE },
      },
      labels('right'),
      labels('left'),
    ],
  } as TopLevelSpec;
}
