import { foldText } from './terms.ts';

/** Longest automatic story slug, in characters: long enough to read, short enough to travel with the other options in a paging button's 100-character id. */
export const SLUG_MAX = 40;

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

/** Length of a {@link storyCode}. */
export const STORY_CODE_LENGTH = 8;

/**
 * A short, stable code for a story id (8 characters of base 36, from two 32-bit FNV-1a hashes): what a paging
 * button carries to reopen the same story, where Discord leaves no room for a whole slug beside the other options.
 */
export function storyCode(id: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x811c9dc5) >>> 0;
  }
  const high = (a % 36 ** 4).toString(36).padStart(4, '0');
  const low = (b % 36 ** 4).toString(36).padStart(4, '0');
  return `${high}${low}`;
}
