/**
 * Page furniture that scrapes leave in article bodies (navigation lists, newsletter prompts, "live coverage"
 * banners) repeats word for word across unrelated articles of one site. Two articles of one story rarely share a
 * whole paragraph three times over, so a paragraph seen in {@link BOILERPLATE_MIN_ARTICLES} articles is furniture.
 */
export const BOILERPLATE_MIN_ARTICLES = 3;

/** Furniture repeats byte for byte (it comes from one page template), so the trimmed text is the key. */
function key(paragraph: string): string {
  return paragraph.trim();
}

/** Counts paragraphs across articles as they are added, and tells furniture from text. */
export class BoilerplateDetector {
  private readonly seen = new Map<string, number>();

  /** Counts an article's distinct paragraphs. */
  add(paragraphs: readonly string[]): void {
    for (const k of new Set(paragraphs.map(key))) this.seen.set(k, (this.seen.get(k) ?? 0) + 1);
  }

  /** Forgets an article's paragraphs (it was removed or replaced). */
  remove(paragraphs: readonly string[]): void {
    for (const k of new Set(paragraphs.map(key))) {
      const n = (this.seen.get(k) ?? 0) - 1;
      if (n > 0) this.seen.set(k, n);
      else this.seen.delete(k);
    }
  }

  /** Whether a paragraph repeats across enough articles to be furniture. */
  readonly isBoilerplate = (paragraph: string): boolean =>
    (this.seen.get(key(paragraph)) ?? 0) >= BOILERPLATE_MIN_ARTICLES;
}
