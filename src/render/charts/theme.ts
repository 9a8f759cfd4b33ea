/**
 * Sizes, colours and type of every chart, named once. Sized for Discord's embed (about 520 px wide) and drawn at
 * twice that for sharp text on high-density screens.
 */
import { FONT_FAMILY } from './font.ts';

/** Width of the whole picture in CSS pixels. */
export const CHART_WIDTH = 520;
/** Pixels per CSS pixel in the PNG. */
export const PNG_SCALE = 2;
/** Space around the plot, for the title and the axis labels at its ends. */
export const PADDING = 14;
/** Width of a plot: the picture less its padding. */
export const PLOT_WIDTH = CHART_WIDTH - 2 * PADDING;

/** Font sizes in CSS pixels. */
export const TYPE = { title: 15, subtitle: 11, heading: 12, label: 11, axis: 10 } as const;

/**
 * Colours from the Okabe–Ito palette, which stays distinct under every common colour-vision deficiency; hedged and
 * planned marks also differ in shape (hollow, dashed), so colour is never the only cue.
 */
export const COLOURS = {
  /** Exact figures and dated events. */
  firm: '#0072B2',
  /** Hedged figures and planned events. */
  loose: '#D55E00',
  text: '#222222',
  muted: '#555555',
  grid: '#e6e6e6',
  background: '#ffffff',
} as const;

/** Vega-Lite configuration shared by every chart: the font, the colours of text and axes, no interactivity. */
export const BASE_CONFIG = {
  font: FONT_FAMILY,
  background: COLOURS.background,
  padding: PADDING,
  // Screen-reader attributes on every mark would only bloat the file: the alt text describes the picture.
  aria: false,
  view: { stroke: null },
  title: {
    anchor: 'start',
    fontSize: TYPE.title,
    color: COLOURS.text,
    subtitleFontSize: TYPE.subtitle,
    subtitleColor: COLOURS.muted,
    offset: 10,
  },
  axis: {
    labelFontSize: TYPE.axis,
    titleFontSize: TYPE.axis,
    labelColor: COLOURS.muted,
    titleColor: COLOURS.muted,
    titleFontWeight: 'normal',
    gridColor: COLOURS.grid,
    domainColor: COLOURS.muted,
    tickColor: COLOURS.muted,
    labelOverlap: 'greedy',
  },
  text: { font: FONT_FAMILY, fontSize: TYPE.label, color: COLOURS.text },
} as const;

/** Colour by a row's `tone` field: firm (exact, dated) or loose (hedged, planned); no legend, the subtitle is one. */
export const TONE = {
  field: 'tone',
  type: 'nominal',
  scale: { domain: ['firm', 'loose'], range: [COLOURS.firm, COLOURS.loose] },
  legend: null,
} as const;
