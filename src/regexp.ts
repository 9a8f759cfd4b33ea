/**
 * Text made safe to put inside a regular expression: every character with a meaning there is escaped, so a name
 * ("S&P 500", "U.S.") matches as written.
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
