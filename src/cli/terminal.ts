/**
 * Text the text front doors print that comes from a user (or an article) must not drive the terminal: escape
 * sequences could recolour, move the cursor or rewrite the title bar. Control characters are shown as visible
 * placeholders, and echoed input is cut to a length a reader can take in.
 */

/** Longest stretch of a user's input echoed back (in a transcript line or a message). */
export const ECHO_MAX = 200;

/** Replaces control characters (other than newline and tab) with a visible "␛"-style placeholder. */
export function printable(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this function's job.
  return text.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (c) =>
    c === '\u001b' ? '␛' : c.charCodeAt(0) < 0x20 ? String.fromCharCode(0x2400 + c.charCodeAt(0)) : '�',
  );
}

/** A user's input as echoed back: printable, and cut to {@link ECHO_MAX} characters with a note of the rest. */
export function echo(text: string): string {
  const shown = printable(text.length > ECHO_MAX ? text.slice(0, ECHO_MAX) : text);
  return text.length > ECHO_MAX ? `${shown}… (${text.length - ECHO_MAX} more characters)` : shown;
}
