/**
 * What a chart shows, read from an {@link Answer}'s structured fields: the estimate claims of each comparable subject,
 * or the dated lines of a timeline. Pure and light (no chart library), so a front door can tell at once whether an
 * answer has a chart and what its alt text says, before anything is drawn.
 */
import type { Answer, AnswerItem, ConflictClaim, FigureValue } from '../../answers/index.ts';

/** One claim set on a subject's axis. */
export interface EstimateMark {
  /** The claim as the text answer words it: the value as written and who states it. */
  readonly label: string;
  readonly citation: number;
  /** Lower bound, or null when open below ("up to"). */
  readonly low: number | null;
  /** Upper bound, or null when open above ("over", "at least"). */
  readonly high: number | null;
  /** An approximate figure ("about", "a few"): drawn hollow or dashed. Open bounds are shown by arrows instead. */
  readonly hedged: boolean;
}

/** The claims about one subject, drawn on one axis. */
export interface EstimatePanel {
  readonly subject: string;
  /** The thing counted ("troops"), shown on the axis, or null. */
  readonly unit: string | null;
  readonly marks: readonly EstimateMark[];
}

/** Estimate claims per subject: a point for an exact figure, a bar for a range, an arrow for an open bound. */
export interface EstimatesChart {
  readonly kind: 'estimates';
  readonly title: string;
  readonly panels: readonly EstimatePanel[];
  /** Subjects with something to compare that did not fit in the picture. */
  readonly omittedPanels: number;
  /** Claims of the drawn subjects that did not fit. */
  readonly omittedMarks: number;
}

/** One dated line on the time axis. */
export interface TimelineEvent {
  /** Start, `YYYY-MM-DD`. */
  readonly date: string;
  /** End of a range, or null. */
  readonly endDate: string | null;
  readonly planned: boolean;
  /** The cited sentence, from which the short label is cut. */
  readonly text: string;
  /** The date phrase as written in `text`, around which the label is cut, or null. */
  readonly phrase: string | null;
  readonly citation: number;
}

/** A story's dated lines on a time axis. */
export interface TimelineChart {
  readonly kind: 'timeline';
  readonly title: string;
  readonly events: readonly TimelineEvent[];
  /** Dated lines of the answer that did not fit. */
  readonly omitted: number;
}

/** Everything a chart shows: platform-neutral data, drawn by `draw.ts` and described by {@link altText}. */
export type ChartData = EstimatesChart | TimelineChart;

/** The kinds of chart, named as the commands that have one. */
export const CHART_KINDS: readonly ChartData['kind'][] = ['estimates', 'timeline'];

/** Fewest claims or dated events worth a picture: one alone has nothing to be compared with. */
export const MIN_TO_COMPARE = 2;
/** Subjects drawn in one picture, so it stays readable at chat width; the rest are counted in the alt text. */
export const MAX_PANELS = 3;
/** Claims drawn per subject. */
export const MAX_MARKS = 10;
/** Dated events drawn in one timeline. */
export const MAX_EVENTS = 30;

/** Shown for a claim in the reporter's own voice (the text answer says the same in its own words). */
const REPORTER = 'the reporter';

function drawable(figure: FigureValue | undefined): figure is FigureValue {
  if (!figure) return false;
  const { low, high } = figure;
  const finite = (n: number | null) => n === null || Number.isFinite(n);
  return (
    (low !== null || high !== null) && finite(low) && finite(high) && (low === null || high === null || low <= high)
  );
}

function mark(label: string, citation: number, figure: FigureValue): EstimateMark {
  const open = figure.low === null || figure.high === null;
  return { label, citation, low: figure.low, high: figure.high, hedged: figure.hedge !== null && !open };
}

function claimMark(claim: ConflictClaim): EstimateMark | null {
  if (!drawable(claim.figure)) return null;
  return mark(`${claim.value} — ${claim.claimant ?? REPORTER}`, claim.citation, claim.figure);
}

function itemMark(item: AnswerItem): EstimateMark | null {
  if (!drawable(item.figure)) return null;
  return mark(item.label ?? item.snippet, item.citation, item.figure);
}

function unitOf(figures: readonly (FigureValue | undefined)[]): string | null {
  const units = new Set(figures.map((f) => f?.unit ?? null));
  return units.size === 1 ? ([...units][0] ?? null) : null;
}

function panel(subject: string, marks: readonly (EstimateMark | null)[], unit: string | null): EstimatePanel | null {
  const kept = marks.filter((m): m is EstimateMark => m !== null);
  return kept.length >= MIN_TO_COMPARE ? { subject, unit, marks: kept } : null;
}

function estimatesChart(answer: Answer): EstimatesChart | null {
  // Disagreements first, as the text answer sets them first; then agreeing claims about one subject.
  const candidates = [
    ...answer.conflicts.map((c) =>
      panel(c.subject, c.claims.map(claimMark), unitOf(c.claims.map((claim) => claim.figure))),
    ),
    ...answer.sections
      .filter((s) => s.comparable === true)
      .map((s) => panel(s.heading, s.items.map(itemMark), unitOf(s.items.map((i) => i.figure)))),
  ].filter((p): p is EstimatePanel => p !== null);
  if (candidates.length === 0) return null;
  const shown = candidates.slice(0, MAX_PANELS);
  const panels = shown.map((p) => ({ ...p, marks: p.marks.slice(0, MAX_MARKS) }));
  return {
    kind: 'estimates',
    title: answer.title,
    panels,
    omittedPanels: candidates.length - shown.length,
    omittedMarks: shown.reduce((n, p) => n + Math.max(0, p.marks.length - MAX_MARKS), 0),
  };
}

function timelineChart(answer: Answer): TimelineChart | null {
  const events: TimelineEvent[] = answer.sections.flatMap((s) =>
    s.items.flatMap((i) =>
      i.when && /^\d{4}-\d{2}-\d{2}$/.test(i.when.date)
        ? [
            {
              date: i.when.date,
              endDate: i.when.endDate,
              planned: i.when.planned,
              text: i.snippet,
              phrase: i.when.phrase,
              citation: i.citation,
            },
          ]
        : [],
    ),
  );
  if (events.length < MIN_TO_COMPARE) return null;
  return {
    kind: 'timeline',
    title: answer.title,
    events: events.slice(0, MAX_EVENTS),
    omitted: Math.max(0, events.length - MAX_EVENTS),
  };
}

/**
 * The chart of an answer, or null when it has nothing to compare: `/estimates` needs a subject with two or more
 * claims that carry numbers, `/timeline` two or more dated lines. Other commands have no chart.
 */
export function chartOf(answer: Answer): ChartData | null {
  if (answer.empty) return null;
  if (answer.command === 'estimates') return estimatesChart(answer);
  if (answer.command === 'timeline') return timelineChart(answer);
  return null;
}

/** A number with thousands separators ("30,000"), as every chart label and axis writes it. */
export function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** A claim's bounds in words: "30,000", "8,000 to 14,000", "at least 100,000", "at most 30,000". */
export function boundsText(m: Pick<EstimateMark, 'low' | 'high'>): string {
  if (m.low === null) return `at most ${formatNumber(m.high ?? 0)}`;
  if (m.high === null) return `at least ${formatNumber(m.low)}`;
  return m.low === m.high ? formatNumber(m.low) : `${formatNumber(m.low)} to ${formatNumber(m.high)}`;
}

/** Characters of alt text: Discord's limit for an attachment description (Slack allows more). */
export const ALT_TEXT_MAX = 1024;

function clipText(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/**
 * What the chart shows, in words, for readers who cannot see it (Discord's attachment description, Slack's
 * `alt_text`) and for the console: each subject with its claims and bounds, or the span of the timeline.
 */
export function altText(chart: ChartData): string {
  if (chart.kind === 'estimates') {
    const panels = chart.panels.map((p) => {
      const claims = p.marks.map((m) => `${m.label} [${m.citation}] (${boundsText(m)})`).join('; ');
      return `${p.subject}${p.unit ? ` (${p.unit})` : ''}: ${claims}.`;
    });
    const more =
      chart.omittedPanels > 0 ? ` ${chart.omittedPanels} more subject(s) are in the text answer, not drawn.` : '';
    return clipText(`Chart of estimates on one axis per subject. ${panels.join(' ')}${more}`, ALT_TEXT_MAX);
  }
  const dates = chart.events.map((e) => e.date).sort();
  const days = new Set(chart.events.map((e) => e.date)).size;
  const span = dates[0] === dates.at(-1) ? `on ${dates[0]}` : `from ${dates[0]} to ${dates.at(-1)}`;
  const lines = chart.events.map((e) => `${e.date}${e.planned ? ' (planned)' : ''} [${e.citation}]`).join(', ');
  return clipText(
    `Timeline chart of ${chart.events.length} dated lines on ${days} day(s), ${span}, each labelled with its source number: ${lines}.`,
    ALT_TEXT_MAX,
  );
}
