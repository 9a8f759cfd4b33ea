/**
 * Per-feed keyword filters: an item passes when it contains one of the feed's `include` keywords (or the feed has
 * none) and none of its `exclude` keywords. Matching is on whole words or phrases, case and accents folded, over
 * the item's title, summary and categories: "NATO" matches "Nato's summit", never "senator".
 */

import { escapeRegExp } from '../../regexp.ts';
import { fold } from '../../search/index.ts';

/** True when `text` contains `keyword` as whole words. */
export function containsKeyword(text: string, keyword: string): boolean {
  const wanted = fold(keyword).trim();
  if (wanted === '') return false;
  const words = wanted.split(/\s+/).map(escapeRegExp).join('\\s+');
  return new RegExp(`(^|[^\\p{L}\\p{N}])${words}($|[^\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** Null when an item with `text` passes the filters; otherwise why it does not, in words. */
export function filterVerdict(text: string, include: readonly string[], exclude: readonly string[]): string | null {
  const excluded = exclude.find((k) => containsKeyword(text, k));
  if (excluded !== undefined) return `filtered out: mentions "${excluded}"`;
  if (include.length > 0 && !include.some((k) => containsKeyword(text, k))) {
    return `filtered out: mentions none of ${include.map((k) => `"${k}"`).join(', ')}`;
  }
  return null;
}

/** Keywords typed as one option: comma-separated, trimmed, empty ones dropped, each once. */
export function parseKeywords(text: string | undefined): string[] {
  if (text === undefined) return [];
  return [
    ...new Set(
      text
        .split(',')
        .map((k) => k.trim())
        .filter((k) => k !== ''),
    ),
  ];
}
