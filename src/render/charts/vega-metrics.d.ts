/**
 * Vega exports the text measurer its layout uses (from vega-scenegraph) but its typings leave it out. Charts replace
 * its `width` with the chart font's real widths, as vega's own documentation allows for non-browser renderers.
 */
export {};

declare module 'vega' {
  /** A text item as the measurer sees it. */
  export interface MeasuredText {
    readonly fontSize?: number;
    readonly fontWeight?: string | number;
  }
  /** Vega's text measurement, shared by every view of the process. */
  export const textMetrics: {
    width: (item: MeasuredText, text: unknown) => number;
  };
}
