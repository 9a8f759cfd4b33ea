import { describe, expect, it } from 'vitest';
import { READ_COMMANDS } from '../../src/answers/catalogue.ts';
import { estimatesAnswer } from '../../src/answers/estimates.ts';
import { timelineAnswer } from '../../src/answers/timeline.ts';
import type { Answer } from '../../src/answers/types.ts';
import { drawSvg, type PlacedText, svgToPng } from '../../src/render/charts/draw.ts';
import { estimatesSpec } from '../../src/render/charts/estimates-spec.ts';
import { ALT_TEXT_MAX, altText, chartOf, renderChart } from '../../src/render/charts/index.ts';
import type { EstimatesChart, TimelineChart } from '../../src/render/charts/model.ts';
import { CHART_WIDTH, PNG_SCALE } from '../../src/render/charts/theme.ts';
import { seedContext } from '../answers/seed.ts';
import { estimatesWith, timelineWith, words } from './chart-fixtures.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Width and height from a PNG's IHDR chunk, which follows the signature. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The text of every `<text>` element of an SVG, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    (m[1] ?? '')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;|&apos;/g, "'")
      .replace(/&amp;/g, '&'),
  );
}

/** Pairs of texts whose boxes overlap by more than a hair (rounding). */
function overlaps(texts: readonly PlacedText[]): string[] {
  const out: string[] = [];
  for (const [i, a] of texts.entries()) {
    for (const b of texts.slice(i + 1)) {
      const x = Math.min(a.x2, b.x2) - Math.max(a.x1, b.x1);
      const y = Math.min(a.y2, b.y2) - Math.max(a.y1, b.y1);
      if (x > 0.5 && y > 0.5) out.push(`"${a.text}" and "${b.text}"`);
    }
  }
  return out;
}

/** The picture keeps Discord's embed width: a label too long for its room would widen it. */
function expectChatWidth(width: number): void {
  expect(width).toBeGreaterThanOrEqual(CHART_WIDTH);
  // Strokes on the plot's edge may reach a pixel past it.
  expect(width).toBeLessThanOrEqual(CHART_WIDTH + 4);
}

/** Texts that leave the picture. */
function outside(texts: readonly PlacedText[], width: number, height: number): string[] {
  return texts
    .filter((t) => t.x1 < -0.5 || t.y1 < -0.5 || t.x2 > width + 0.5 || t.y2 > height + 0.5)
    .map((t) => t.text);
}

function labels(texts: readonly PlacedText[]): PlacedText[] {
  return texts.filter((t) => t.mark.startsWith('labels'));
}

async function troops(): Promise<{ answer: Answer; chart: EstimatesChart }> {
  const answer = estimatesAnswer(await seedContext(), { subject: 'troops' });
  const chart = chartOf(answer);
  if (chart?.kind !== 'estimates') throw new Error('the seed troop estimates should have a chart');
  return { answer, chart };
}

async function seedTimeline(): Promise<{ answer: Answer; chart: TimelineChart }> {
  const answer = timelineAnswer(await seedContext(), {});
  const chart = chartOf(answer);
  if (chart?.kind !== 'timeline') throw new Error('the seed timeline should have a chart');
  return { answer, chart };
}

describe('chartOf', () => {
  it("sets the seed story's disputed troop estimates on one axis, disagreement first", async () => {
    const { answer, chart } = await troops();
    const belarus = answer.conflicts.find((c) => /Belarus/.test(c.subject));
    expect(chart.panels[0]?.subject).toBe(belarus?.subject);
    expect(chart.panels[0]?.unit).toBe('troops');
    expect(chart.panels[0]?.marks.map((m) => m.citation)).toEqual(belarus?.claims.map((c) => c.citation));
  });

  it('draws nothing for a subject with one claim, or claims without numbers', async () => {
    const ctx = await seedContext();
    const single = estimatesAnswer(ctx, { subject: 'warships' });
    expect(single.empty).toBe(false);
    expect(chartOf(single)).toBeNull();
    const { answer } = await troops();
    const numberless = {
      ...answer,
      sections: [],
      conflicts: answer.conflicts.map((c) => ({ ...c, claims: c.claims.map(({ figure: _, ...claim }) => claim) })),
    };
    expect(chartOf(numberless)).toBeNull();
  });

  it('draws nothing for a timeline with fewer than two dated lines, an empty answer, or another command', async () => {
    const { answer } = await seedTimeline();
    const section = answer.sections[0];
    if (!section) throw new Error('no timeline section');
    expect(chartOf({ ...answer, sections: [{ ...section, items: section.items.slice(0, 1) }] })).toBeNull();
    expect(chartOf({ ...answer, empty: true })).toBeNull();
    expect(chartOf({ ...answer, command: 'quotes' })).toBeNull();
  });

  it('leaves out figures it cannot draw: bounds reversed, not finite, or both missing', () => {
    const answer = estimatesWith(3);
    const [first, second, third] = answer.conflicts[0]?.claims ?? [];
    if (!first || !second || !third) throw new Error('fixture');
    const broken = (claim: typeof first, low: number | null, high: number | null) => ({
      ...claim,
      figure: { low, high, hedge: null, unit: 'vehicles' },
    });
    const subject = 'vehicles at the crossing';
    const claims = [broken(first, 9, 3), broken(second, Number.NaN, 4), broken(third, null, null)];
    expect(chartOf({ ...answer, conflicts: [{ subject, claims }] })).toBeNull();
    const chart = chartOf({ ...answer, conflicts: [{ subject, claims: [first, second, broken(third, 9, 3)] }] });
    expect(chart?.kind === 'estimates' && chart.panels[0]?.marks.length).toBe(2);
  });

  it('skips timeline lines whose date is not a calendar date', async () => {
    const answer = timelineWith(3);
    const items = answer.sections[0]?.items ?? [];
    const spoilt = items.map((i, n) => (n === 0 && i.when ? { ...i, when: { ...i.when, date: 'Thursday' } } : i));
    const chart = chartOf({ ...answer, sections: [{ heading: 'Timeline', items: spoilt }] });
    expect(chart?.kind === 'timeline' && chart.events.length).toBe(2);
  });
});

describe('altText', () => {
  it('names every claimant with its bounds and citation, within the attachment description limit', async () => {
    const { chart } = await troops();
    const alt = altText(chart);
    expect(alt.length).toBeLessThanOrEqual(ALT_TEXT_MAX);
    for (const who of ['Jens Stoltenberg', 'Oleksiy Reznikov', 'Janes', 'United States']) expect(alt).toContain(who);
    expect(alt).toContain('8,000 to 14,000');
    expect(alt).toContain('at most 30,000');
    expect(altText(chartOf(estimatesWith(10)) as EstimatesChart).length).toBeLessThanOrEqual(ALT_TEXT_MAX);
  });

  it("gives a timeline's span and each line's date and source", async () => {
    const { chart } = await seedTimeline();
    const alt = altText(chart);
    const dates = chart.events.map((e) => e.date).sort();
    expect(alt).toContain(`from ${dates[0]} to ${dates.at(-1)}`);
    for (const e of chart.events) expect(alt).toContain(`[${e.citation}]`);
  });
});

describe('estimatesSpec', () => {
  it('draws a point for an exact figure, a bar for a range, arrows for open bounds and marks hedged claims', async () => {
    const { chart } = await troops();
    const spec = estimatesSpec(chart) as unknown as { vconcat: { data: { values: Record<string, unknown>[] } }[] };
    const rows = spec.vconcat[0]?.data.values ?? [];
    const of = (value: string) => rows.find((r) => String(r.label).startsWith(value));
    expect(of('30,000 combat troops')).toMatchObject({ shape: 'point', tone: 'firm', arrow: null });
    expect(of('8,000 to 14,000 troops')).toMatchObject({ shape: 'range', x1: 8000, x2: 14000, tone: 'firm' });
    expect(of('up to 30,000')).toMatchObject({ shape: 'below', bound: 30000, arrow: 'left' });
    expect(of('a few thousand')).toMatchObject({ shape: 'range', tone: 'loose' });
    // Lowest claims first, so the panel reads as a scale.
    const starts = rows.map((r) => Number(r.x1));
    expect(starts.slice(1).every((x, i) => x >= (starts[i] ?? 0) - 1000)).toBe(true);
  });
});

describe('drawing a chart', () => {
  it("carries every claimant, figure and citation number of the seed troop estimates, as a PNG of Discord's width", async () => {
    const { answer, chart } = await troops();
    const drawn = await renderChart(chart);
    const texts = svgTexts(drawn.svg);
    const drawnClaims = answer.conflicts.flatMap((c) => c.claims).filter((c) => c.figure);
    expect(drawnClaims.length).toBeGreaterThanOrEqual(4);
    for (const claim of drawnClaims) {
      const name = claim.claimant?.split(',')[0] ?? 'the reporter';
      const label = texts.find((t) => t.includes(name) && t.includes(claim.value));
      expect(label, `${claim.value} — ${name}`).toBeDefined();
      expect(label).toContain(`[${claim.citation}]`);
    }
    // Axis numbers are written with thousands separators.
    expect(texts).toContain('10,000');
    expect([...drawn.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
    expect(pngSize(drawn.png)).toEqual({ width: drawn.width, height: drawn.height });
    expect(drawn.width).toBeGreaterThanOrEqual(CHART_WIDTH * PNG_SCALE);
    expect(drawn.width).toBeLessThanOrEqual((CHART_WIDTH + 4) * PNG_SCALE);
    expect(drawn.height).toBeGreaterThan(300);
    expect(drawn.height).toBeLessThan(2400);
    expect(drawn.png.length).toBeGreaterThan(10_000);
    expect(drawn.png.length).toBeLessThan(1_000_000);
  });

  it('draws the seed timeline with every line labelled by its citation number, no labels overlapping', async () => {
    const { chart } = await seedTimeline();
    const { svg, texts, width, height } = await drawSvg(chart);
    const drawnLabels = labels(texts);
    expect(drawnLabels.map((t) => /\[(\d+)\]$/.exec(t.text)?.[1]).sort()).toEqual(
      chart.events.map((e) => String(e.citation)).sort(),
    );
    for (const label of drawnLabels) expect(svgTexts(svg)).toContain(label.text);
    expect(overlaps(texts)).toEqual([]);
    expect(outside(texts, width, height)).toEqual([]);
    expectChatWidth(width);
    const png = svgToPng(svg);
    expect([...png.png.slice(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it('lays out 10 claims with long claimants without overlapping labels, each keeping its citation', async () => {
    const chart = chartOf(estimatesWith(10));
    if (chart?.kind !== 'estimates') throw new Error('no chart');
    const { texts, width, height } = await drawSvg(chart);
    const drawnLabels = labels(texts);
    expect(drawnLabels).toHaveLength(10);
    for (const n of Array.from({ length: 10 }, (_, i) => i + 1)) {
      expect(drawnLabels.filter((t) => t.text.endsWith(`[${n}]`))).toHaveLength(1);
    }
    expect(drawnLabels.some((t) => t.text.includes('…'))).toBe(true);
    expect(overlaps(texts)).toEqual([]);
    expect(outside(texts, width, height)).toEqual([]);
    expectChatWidth(width);
  });

  it('lays out 30 dated events (same days, ranges, planned) without overlapping labels', async () => {
    const chart = chartOf(timelineWith(30));
    if (chart?.kind !== 'timeline') throw new Error('no chart');
    const { texts, width, height } = await drawSvg(chart);
    expect(labels(texts)).toHaveLength(30);
    expect(overlaps(texts)).toEqual([]);
    expect(outside(texts, width, height)).toEqual([]);
    expectChatWidth(width);
  });

  it("draws a story's timeline at chat width, its title naming the command above the story", async () => {
    const timeline = READ_COMMANDS.find((c) => c.spec.name === 'timeline');
    const answer = timeline?.answer(await seedContext(), {});
    const story = answer?.story?.title;
    if (!answer || !story) throw new Error('the seed timeline should name its story');
    const chart = chartOf(answer);
    if (chart?.kind !== 'timeline') throw new Error('the seed timeline should have a chart');
    expect(chart.title).toBe(answer.title);
    const { texts, width, height } = await drawSvg(chart);
    expectChatWidth(width);
    expect(outside(texts, width, height)).toEqual([]);
    const title = texts.find((t) => t.mark === 'title-text')?.text ?? '';
    expect(title.startsWith('Timeline ')).toBe(true);
    expect(title).toContain(story.split(' ').slice(0, 3).join(' '));
  });

  it('draws one panel per story when subjects name their stories, each heading within chat width', async () => {
    // As /estimates groups figures across stories: one subject per story, named "subject · story title".
    const base = estimatesWith(4);
    const claims = base.conflicts[0]?.claims ?? [];
    const stories = [words(1, 14), words(2, 14)];
    const answer: Answer = {
      ...base,
      conflicts: stories.map((story, i) => ({
        subject: `vehicles at the crossing · ${story}`,
        claims: claims.slice(2 * i, 2 * i + 2),
      })),
    };
    const chart = chartOf(answer);
    if (chart?.kind !== 'estimates') throw new Error('no chart');
    expect(chart.panels.map((p) => p.subject)).toEqual(answer.conflicts.map((c) => c.subject));
    const { texts, width, height } = await drawSvg(chart);
    expectChatWidth(width);
    expect(outside(texts, width, height)).toEqual([]);
    expect(overlaps(texts)).toEqual([]);
    const headings = texts.filter((t) => t.text.startsWith('vehicles at the crossing'));
    expect(headings).toHaveLength(2);
    for (const [i, story] of stories.entries()) {
      expect(headings[i]?.text).toContain(story.split(' ').slice(0, 2).join(' '));
    }
  });

  it('draws the same picture every time', async () => {
    const { chart } = await troops();
    const [a, b] = await Promise.all([renderChart(chart), renderChart(chart)]);
    expect(Buffer.from(a.png).equals(Buffer.from(b.png))).toBe(true);
  });
});
