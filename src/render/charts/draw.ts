/**
 * Draws a chart in process, without a browser: Vega-Lite specification → Vega view (no renderer) → SVG text, then
 * SVG → PNG with resvg, both with the chart font loaded from its files and system fonts off. This module loads the
 * chart libraries; front doors reach it through a worker (`renderer.ts`) so drawing never blocks an answer.
 */
import { Resvg } from '@resvg/resvg-js';
import { type MeasuredText, parse, textMetrics, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { estimatesSpec } from './estimates-spec.ts';
import { FONT_FAMILY, FONT_FILES, textWidth } from './font.ts';
import { altText, type ChartData } from './model.ts';
import { COLOURS, PNG_SCALE } from './theme.ts';
import { timelineSpec } from './timeline-spec.ts';

// Vega measures text for layout (bounds, label overlap) with a rough per-character estimate when no canvas is
// installed; the chart font's real widths make its layout match what resvg draws.
textMetrics.width = (item: MeasuredText, text: unknown) =>
  textWidth(text === null || text === undefined ? '' : String(text).trim(), item.fontSize ?? 11, item.fontWeight);

/** A text the chart draws, with its box in picture coordinates (CSS pixels from the top left). */
export interface PlacedText {
  readonly text: string;
  /** Vega's name for the mark it belongs to: `labels_marks` for claim and event labels, axis and title roles otherwise. */
  readonly mark: string;
  readonly x1: number;
  readonly y1: number;
  readonly x2: number;
  readonly y2: number;
}

/** A chart ready to send: the picture as PNG and SVG, and what it shows in words. */
export interface RenderedChart {
  readonly kind: ChartData['kind'];
  readonly png: Uint8Array;
  readonly svg: string;
  /** Alt text: what the chart shows, for readers who cannot see it. */
  readonly alt: string;
  /** Size of the PNG in pixels. */
  readonly width: number;
  readonly height: number;
}

/** A chart drawn as SVG, with where each of its texts landed. */
export interface ChartSvg {
  readonly svg: string;
  /** Size of the picture in CSS pixels. */
  readonly width: number;
  readonly height: number;
  readonly texts: readonly PlacedText[];
}

/** The Vega-Lite specification of a chart. */
export function chartSpec(chart: ChartData): TopLevelSpec {
  return chart.kind === 'estimates' ? estimatesSpec(chart) : timelineSpec(chart);
}

interface SceneNode {
  readonly marktype?: string;
  readonly name?: string;
  readonly role?: string;
  readonly items?: readonly SceneNode[];
  readonly x?: number;
  readonly y?: number;
  readonly text?: unknown;
  readonly opacity?: number;
  readonly bounds?: { x1: number; y1: number; x2: number; y2: number };
}

/** Every text item of a scenegraph, its bounds moved from its group's coordinates into the picture's. */
function placedTexts(mark: SceneNode, dx: number, dy: number, out: PlacedText[]): PlacedText[] {
  for (const item of mark.items ?? []) {
    // Axis labels Vega hid to avoid overlaps stay in the scene with no opacity: they are not drawn.
    const shown = item.opacity !== 0 && item.text !== undefined && String(item.text) !== '';
    if (mark.marktype === 'text' && item.bounds && shown) {
      const b = item.bounds;
      const text = Array.isArray(item.text) ? item.text.join(' ') : String(item.text);
      const name = mark.name ?? mark.role ?? 'text';
      out.push({ text, mark: name, x1: b.x1 + dx, y1: b.y1 + dy, x2: b.x2 + dx, y2: b.y2 + dy });
    }
    if (mark.marktype === 'group') {
      for (const child of item.items ?? []) placedTexts(child, dx + (item.x ?? 0), dy + (item.y ?? 0), out);
    }
  }
  return out;
}

/** Lays a chart out and writes it as SVG. */
export async function drawSvg(chart: ChartData): Promise<ChartSvg> {
  const { spec } = compile(chartSpec(chart));
  const view = new View(parse(spec), { renderer: 'none', logLevel: 0 });
  try {
    await view.runAsync();
    const svg = await view.toSVG();
    const root = view.scenegraph() as unknown as { root: SceneNode };
    // Scene coordinates start at the view's origin, inside the padding; the picture's start at its corner.
    const [x, y] = view.origin();
    const padding = view.padding() as { left?: number; top?: number };
    const texts = placedTexts(root.root, x + (padding.left ?? 0), y + (padding.top ?? 0), []);
    return { svg, ...size(svg), texts };
  } finally {
    view.finalize();
  }
}

/** The picture's size from the SVG's own width and height attributes (the view's include no padding). */
function size(svg: string): { width: number; height: number } {
  const head = /<svg[^>]*>/.exec(svg)?.[0] ?? '';
  const attr = (name: string) => Number(new RegExp(`\\b${name}="([\\d.]+)"`).exec(head)?.[1] ?? Number.NaN);
  return { width: attr('width'), height: attr('height') };
}

/** Draws SVG as PNG at {@link PNG_SCALE}× with the chart font only, so every machine draws the same pixels. */
export function svgToPng(svg: string): { png: Buffer; width: number; height: number } {
  const resvg = new Resvg(svg, {
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    background: COLOURS.background,
    font: {
      loadSystemFonts: false,
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    logLevel: 'off',
  });
  const image = resvg.render();
  return { png: image.asPng(), width: image.width, height: image.height };
}

/** Draws a chart as SVG and PNG, with its alt text. */
export async function drawChart(chart: ChartData): Promise<RenderedChart> {
  const { svg } = await drawSvg(chart);
  return { kind: chart.kind, svg, alt: altText(chart), ...svgToPng(svg) };
}
