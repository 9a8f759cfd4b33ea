/**
 * The one typeface of every chart, DejaVu Sans from the `dejavu-fonts-ttf` package, loaded by file path: text is laid
 * out with its real widths (glyph advances and kerning read by opentype.js) and drawn with the same files (resvg,
 * system fonts off), so a fresh machine draws the same picture and no label is measured with one font and drawn
 * with another.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import opentype, { type Font, type Glyph } from 'opentype.js';

/** The family name the font files declare, written into every SVG text element. */
export const FONT_FAMILY = 'DejaVu Sans';

const require = createRequire(import.meta.url);

/** Absolute paths of the regular and bold font files. */
export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
} as const;

let fonts: { regular: Font; bold: Font } | undefined;

function parseFile(path: string): Font {
  const bytes = readFileSync(path);
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/** Whether a CSS font weight is drawn with the bold file. */
function isBold(weight: string | number | undefined): boolean {
  if (weight === undefined) return false;
  if (typeof weight === 'number') return weight >= 600;
  return weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
}

/**
 * Width in pixels of `text` set in the chart font at `size` pixels (bold for a weight of 600 and more): the sum of
 * its glyphs' advances and kerning. opentype.js's own text shaping is left out: it stops on some of the font's
 * substitution tables, and Latin text in this font has no substitution that changes a width.
 */
export function textWidth(text: string, size: number, weight?: string | number): number {
  fonts ??= { regular: parseFile(FONT_FILES.regular), bold: parseFile(FONT_FILES.bold) };
  const font = isBold(weight) ? fonts.bold : fonts.regular;
  let units = 0;
  let previous: Glyph | null = null;
  for (const char of text) {
    const glyph = font.charToGlyph(char);
    units += (glyph.advanceWidth ?? 0) + (previous ? font.getKerningValue(previous, glyph) : 0);
    previous = glyph;
  }
  return (units * size) / font.unitsPerEm;
}
