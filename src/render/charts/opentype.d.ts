/** The part of opentype.js (which ships no type declarations) that chart layout uses: glyph advances and kerning. */
declare module 'opentype.js' {
  /** A glyph of a parsed font. */
  export interface Glyph {
    readonly index: number;
    /** Advance width in font units. */
    readonly advanceWidth?: number;
  }
  /** A parsed font. */
  export interface Font {
    readonly unitsPerEm: number;
    /** The glyph the font's character map gives a character (the missing-glyph glyph when none). */
    charToGlyph(char: string): Glyph;
    /** Kerning between two glyphs, in font units. */
    getKerningValue(left: Glyph, right: Glyph): number;
  }
  /** Parses a TrueType or OpenType font file. */
  export function parse(buffer: ArrayBuffer): Font;
  const opentype: { parse: typeof parse };
  export default opentype;
}
