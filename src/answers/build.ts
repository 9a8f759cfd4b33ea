import type { AnswerContext } from './context.ts';
import type { Answer, AnswerItem, AnswerSection, Citation, Conflict, ConflictClaim } from './types.ts';

/** The source position of a snippet. */
export interface Source {
  readonly article: string;
  readonly paragraph: number;
}

/**
 * Collects the items of one answer and numbers their citations in order of first use. It is the only way answers
 * make items, and it refuses any snippet that is not verbatim in the cited paragraph: a wrong citation is worse
 * than a missing line.
 */
export class AnswerBuilder {
  private readonly citations: Citation[] = [];
  private readonly numbers = new Map<string, number>();
  private readonly sectionList: AnswerSection[] = [];
  private readonly conflictList: Conflict[] = [];
  readonly notes: string[] = [];
  readonly suggestions: string[] = [];

  constructor(
    private readonly ctx: AnswerContext,
    readonly command: string,
    readonly query: Answer['query'],
  ) {}

  /** The citation number of a paragraph, adding it on first use; null when the paragraph does not exist. */
  cite(source: Source): number | null {
    const key = `${source.article}\0${source.paragraph}`;
    const known = this.numbers.get(key);
    if (known !== undefined) return known;
    const article = this.ctx.article(source.article);
    if (!article || this.ctx.paragraph(source.article, source.paragraph) === undefined) return null;
    const n = this.citations.length + 1;
    this.citations.push({
      n,
      article: article.id,
      paragraph: source.paragraph,
      title: article.meta.title,
      publisher: article.meta.publisher,
      byline: article.meta.byline,
      date: article.meta.date,
      url: article.meta.url,
    });
    this.numbers.set(key, n);
    return n;
  }

  /** A cited item, or null when the snippet is not verbatim in the paragraph (then nothing is cited). */
  item(snippet: string, source: Source, label?: string): AnswerItem | null {
    const text = this.ctx.paragraph(source.article, source.paragraph);
    const trimmed = snippet.trim();
    if (text === undefined || trimmed.length === 0 || !text.includes(trimmed)) return null;
    const citation = this.cite(source);
    if (citation === null) return null;
    return label === undefined ? { snippet: trimmed, citation } : { snippet: trimmed, citation, label };
  }

  /**
   * Adds a section made of the items that passed the verbatim check; skipped when none did. `comparable` marks a
   * section whose figures measure one subject (see {@link AnswerSection.comparable}).
   */
  section(heading: string, items: ReadonlyArray<AnswerItem | null>, comparable = false): void {
    const kept = dedupe(items.filter((i): i is AnswerItem => i !== null));
    if (kept.length > 0)
      this.sectionList.push(comparable ? { heading, items: kept, comparable } : { heading, items: kept });
  }

  /** A claim for a conflict, or null when its snippet is not verbatim. */
  claim(value: string, claimant: string | null, snippet: string, source: Source): ConflictClaim | null {
    const item = this.item(snippet, source);
    return item ? { value, claimant, citation: item.citation, snippet: item.snippet } : null;
  }

  /** Adds a conflict when at least two claims survived the verbatim check. */
  conflict(subject: string, claims: ReadonlyArray<ConflictClaim | null>): void {
    const kept = claims.filter((c): c is ConflictClaim => c !== null);
    if (kept.length >= 2) this.conflictList.push({ subject, claims: kept });
  }

  /** Whether any section or conflict has been added. */
  get hasContent(): boolean {
    return this.sectionList.length > 0 || this.conflictList.length > 0;
  }

  /** The finished answer. `empty` is true exactly when no cited line made it in. */
  build(title: string): Answer {
    return {
      command: this.command,
      title,
      query: this.query,
      sections: this.sectionList,
      conflicts: this.conflictList,
      notes: this.notes,
      citations: this.citations,
      empty: !this.hasContent,
      suggestions: [...new Set(this.suggestions)],
    };
  }
}

/** Drops repeated snippets from the same paragraph, keeping the first (best-ranked). */
function dedupe(items: readonly AnswerItem[]): AnswerItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const key = `${i.citation}\0${i.snippet}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
