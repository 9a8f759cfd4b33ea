/**
 * End-anchored patterns tested on long texts. A pattern such as `/([\p{L}.]+)$/u` is tried at every start of
 * the text, so testing it before each word or period of a paragraph costs the square of the paragraph's length;
 * the match can only be near the end, so a short tail of the text is enough in almost every case.
 */

/** How much of the end of the text is tried first. */
const TAIL = 64;

/**
 * `pattern.exec(text)` for an end-anchored pattern whose matches are closed under suffixes (any suffix of a
 * match, cut after its first character, matches too: runs of letters, spaces, an optional leading mark). The
 * tail is tried first; only a match reaching the tail's first or second unit (which may be half of a letter
 * outside the basic plane) may go on further back, and only then is the whole text tried. The groups are the
 * whole text's; the match's `index` is not.
 */
export function execAtEnd(pattern: RegExp, text: string): RegExpExecArray | null {
  if (text.length <= TAIL) return pattern.exec(text);
  const m = pattern.exec(text.slice(-TAIL));
  return m && m.index <= 1 ? pattern.exec(text) : m;
}
