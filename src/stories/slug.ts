import { foldText } from './terms.ts';

/** Longest story slug, in characters: long enough to read, short enough for a command option or a URL. */
export const SLUG_MAX = 60;

/**
 * A readable id from a headline: folded to ASCII, lower case, words joined by hyphens, cut at a word boundary
 * ("Credit Suisse boss Horta-Osório resigns" → "credit-suisse-boss-horta-osorio-resigns"). Empty for text with no
 * letters or digits.
 */
export function slugify(text: string): string {
  const words = foldText(text)
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > SLUG_MAX) break;
    slug = next;
  }
  return slug || (words[0] ?? '').slice(0, SLUG_MAX);
}
