import type { Citation } from '../answers/index.ts';

/** What a citation of an article with no publisher says: honest, never an invented outlet or date. */
export const UNATTRIBUTED_SOURCE = 'unattributed article';

/**
 * The parts of a footnote, in reading order: publisher (or "unattributed article"), byline, date (or "undated"),
 * paragraph, title, article id, and the story when an answer spans several. Shared by the plain-text and Markdown renderers so both cite alike.
 */
export function citationParts(c: Citation): string[] {
  const parts = [c.publisher ?? UNATTRIBUTED_SOURCE];
  if (c.byline.length > 0) parts.push(c.byline.join(', '));
  parts.push(c.date ?? 'undated');
  parts.push(`¶${c.paragraph}`);
  if (c.title) parts.push(`“${c.title}”`);
  parts.push(c.article);
  if (c.story) parts.push(`story: ${c.story}`);
  return parts;
}

/** Who states a claim, for side-by-side comparisons: the claimant, or the reporter's own voice. */
export function claimantName(claimant: string | null): string {
  return claimant ?? 'the reporter';
}
