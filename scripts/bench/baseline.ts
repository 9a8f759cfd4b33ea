import MiniSearch from 'minisearch';
import type { Article } from '../../src/knowledge/types.ts';

/** A raw paragraph as the baseline indexes it. */
interface ParagraphDoc {
  readonly id: string;
  readonly article: string;
  readonly paragraph: number;
  readonly text: string;
}

/** A baseline hit: where the paragraph is. */
export interface BaselineHit {
  readonly article: string;
  readonly paragraph: number;
}

/**
 * The yardstick: MiniSearch with its default options (only the field to index and the fields to return are
 * given) over raw paragraphs, with no fact extraction, stemming, synonyms or boosts. Whatever our index costs
 * beyond this, and whatever it gains in hit rate, is what the extra work buys.
 */
export class BaselineIndex {
  private constructor(private readonly mini: MiniSearch<ParagraphDoc>) {}

  /** Indexes every paragraph of the articles. */
  static build(articles: readonly Article[]): BaselineIndex {
    const mini = new MiniSearch<ParagraphDoc>({ fields: ['text'], storeFields: ['article', 'paragraph'] });
    mini.addAll(
      articles.flatMap((a) =>
        a.paragraphs.map((p) => ({ id: `${a.id}#${p.number}`, article: a.id, paragraph: p.number, text: p.text })),
      ),
    );
    return new BaselineIndex(mini);
  }

  /** Number of indexed paragraphs. */
  get size(): number {
    return this.mini.documentCount;
  }

  /** Best paragraphs for a query with MiniSearch's default search options, best first. */
  search(query: string, limit = 5): BaselineHit[] {
    return this.mini
      .search(query)
      .slice(0, limit)
      .map((r) => ({ article: String(r.article), paragraph: Number(r.paragraph) }));
  }

  /** The index serialised as MiniSearch writes it, for snapshot size and load time. */
  toJSON(): string {
    return JSON.stringify(this.mini);
  }

  /** Restores a serialised baseline index. */
  static fromJSON(json: string): BaselineIndex {
    return new BaselineIndex(
      MiniSearch.loadJSON<ParagraphDoc>(json, { fields: ['text'], storeFields: ['article', 'paragraph'] }),
    );
  }
}
