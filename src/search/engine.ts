import MiniSearch, { type Options, type SearchResult } from 'minisearch';
import { type DocKind, SEARCH_FIELDS, type SearchDoc, STORED_FIELDS, type StoredDoc } from './documents.ts';
import { detectIntent, type Intent, intentBoost, questionTopic } from './intent.ts';
import { fold, processTerm, TERMS_VERSION, tokenize } from './terms.ts';

/** A search hit: the stored document plus how well it matched. */
export interface Hit extends StoredDoc {
  readonly id: string;
  readonly score: number;
  /** Query terms that matched this document (index terms, i.e. stemmed). */
  readonly matched: readonly string[];
}

/** Options of {@link SearchIndex.search}. */
export interface SearchOptions {
  /** Only documents of these kinds. Default: all. */
  readonly kinds?: readonly DocKind[];
  /** Only documents for which this returns true (e.g. one speaker's quotes). */
  readonly filter?: (doc: StoredDoc & { readonly id: string }) => boolean;
  /** Search only these fields (e.g. the quoted words, not the sentence around them). Default: all. */
  readonly fields?: readonly (typeof SEARCH_FIELDS)[number][];
  /** Reading of the question; default: detected from the query's question words. */
  readonly intent?: Intent;
  /** Maximum hits. Default 20. */
  readonly limit?: number;
}

/**
 * Field boosts. A speaker's or claimant's name is what a reader asks about most ("what did Peskov say"), so it
 * outweighs a passing word; the title is shared by every sentence of an article, so it barely counts.
 */
const BOOSTS: Record<(typeof SEARCH_FIELDS)[number], number> = {
  text: 1,
  context: 0.5,
  speaker: 2,
  claimant: 1.5,
  subject: 1.2,
  title: 0.2,
};

/** Version of the document schema and ranking inputs; part of every snapshot key. */
export const INDEX_VERSION = `docs-4/terms-${TERMS_VERSION}`;

const options: Options<SearchDoc> = {
  fields: [...SEARCH_FIELDS],
  storeFields: [...STORED_FIELDS],
  tokenize,
  processTerm,
};

/** Fuzzy edits allowed for a query term: none for short terms, where one edit turns a word into another. */
function fuzziness(term: string): number {
  return term.length >= 5 ? 0.2 : 0;
}

/** Documents indexed between two yields to the event loop in {@link SearchIndex.buildAsync}. */
const BUILD_CHUNK = 200;

/** Counts the written forms of each index term in the sentences (quotes and figures repeat them). */
function countSurfaceForms(docs: readonly SearchDoc[], counts: Map<string, Map<string, number>>): void {
  for (const doc of docs) {
    if (doc.kind !== 'sentence') continue;
    for (const token of tokenize(doc.text)) {
      const term = processTerm(token);
      if (term === null || /\d/.test(term)) continue;
      const forms = counts.get(term) ?? new Map<string, number>();
      const word = fold(token);
      forms.set(word, (forms.get(word) ?? 0) + 1);
      counts.set(term, forms);
    }
  }
}

/** The most frequent written form of each term (ties: alphabetical), so suggestions read as words. */
function mostFrequentForms(counts: ReadonlyMap<string, Map<string, number>>): Map<string, string> {
  const surface = new Map<string, string>();
  for (const [term, forms] of counts) {
    const best = [...forms].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) surface.set(term, best[0]);
  }
  return surface;
}

/** The shape written to disk: MiniSearch's own JSON and our term → surface-word map for suggestions. */
interface SnapshotShape {
  readonly version: string;
  readonly index: unknown;
  readonly surface: Record<string, string>;
}

/**
 * The MiniSearch index over sentences, quotes and figures. Build it with {@link SearchIndex.build}, persist it with
 * {@link SearchIndex.toJSON} and restore with {@link SearchIndex.fromJSON}.
 */
export class SearchIndex {
  private constructor(
    private readonly mini: MiniSearch<SearchDoc>,
    /** Most frequent written form of each index term, so suggestions read as words, not stems. */
    private readonly surface: ReadonlyMap<string, string>,
    /** Articles searched, or null for all: a story's view of the one index. */
    private readonly within: ReadonlySet<string> | null = null,
  ) {}

  /** The same index seen through a set of articles (one story's): searches return only their documents. */
  scoped(articles: ReadonlySet<string>): SearchIndex {
    return new SearchIndex(this.mini, this.surface, articles);
  }

  /** Indexes the documents in one go (blocks the event loop for the whole build; see {@link buildAsync}). */
  static build(docs: readonly SearchDoc[]): SearchIndex {
    const mini = new MiniSearch<SearchDoc>(options);
    mini.addAll(docs);
    const counts = new Map<string, Map<string, number>>();
    countSurfaceForms(docs, counts);
    return new SearchIndex(mini, mostFrequentForms(counts));
  }

  /**
   * Indexes the documents in chunks, yielding to the event loop between them, so a bot rebuilding its index
   * after an article changes keeps answering (and heartbeating) meanwhile. Same result as {@link build}.
   */
  static async buildAsync(docs: readonly SearchDoc[], chunkSize = BUILD_CHUNK): Promise<SearchIndex> {
    const mini = new MiniSearch<SearchDoc>(options);
    await mini.addAllAsync(docs, { chunkSize });
    const counts = new Map<string, Map<string, number>>();
    for (let i = 0; i < docs.length; i += chunkSize) {
      countSurfaceForms(docs.slice(i, i + chunkSize), counts);
      await new Promise((resolve) => setImmediate(resolve));
    }
    return new SearchIndex(mini, mostFrequentForms(counts));
  }

  /** Restores an index saved by {@link toJSON}; throws when the snapshot was made by another version. */
  static fromJSON(json: string): SearchIndex {
    const shape = JSON.parse(json) as SnapshotShape;
    if (shape.version !== INDEX_VERSION) {
      throw new Error(`index snapshot version ${String(shape.version)} does not match ${INDEX_VERSION}`);
    }
    const mini = MiniSearch.loadJSON<SearchDoc>(JSON.stringify(shape.index), options);
    return new SearchIndex(mini, new Map(Object.entries(shape.surface)));
  }

  /** Serialises the index for a snapshot on disk. */
  toJSON(): string {
    const shape: SnapshotShape = {
      version: INDEX_VERSION,
      index: this.mini.toJSON(),
      surface: Object.fromEntries(this.surface),
    };
    return JSON.stringify(shape);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.mini.documentCount;
  }

  /**
   * Best documents for a query, best first. Ranking is MiniSearch's BM25 with field boosts and typo tolerance,
   * multiplied by the share of the query's terms a document covers (a sentence matching "shipping routes" beats
   * one matching "shipping" twice) and by the question's intent.
   */
  search(query: string, opts: SearchOptions = {}): Hit[] {
    const intent = opts.intent ?? detectIntent(query);
    const topic = questionTopic(query);
    const wanted = new Set(queryTerms(topic));
    if (wanted.size === 0) return [];
    const kinds = opts.kinds ? new Set(opts.kinds) : null;
    const results = this.mini.search(topic, {
      boost: BOOSTS,
      ...(opts.fields ? { fields: [...opts.fields] } : {}),
      fuzzy: fuzziness,
      prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
      combineWith: 'OR',
      filter: (r) =>
        (this.within === null || this.within.has(r.article)) &&
        (kinds === null || kinds.has(r.kind)) &&
        (opts.filter?.(r as unknown as StoredDoc & { readonly id: string }) ?? true),
      boostDocument: (_id, _term, stored) => intentBoost(intent, stored as unknown as StoredDoc),
    });
    // Score everything cheaply, then build hit objects for the best only: a common word matches thousands of
    // documents in a large knowledge.
    const scored = results.map((r) => ({ r, score: r.score * (0.5 + coverage(r.queryTerms, wanted)) ** 2 }));
    scored.sort((a, b) => b.score - a.score || String(a.r.id).localeCompare(String(b.r.id)));
    return scored.slice(0, opts.limit ?? 20).map(({ r, score }) => toHit(r, score, wanted));
  }

  /**
   * Close words the index does know, for a query that matched nothing ("drils" → "drills"), as readable words.
   */
  suggest(query: string, limit = 5): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    // autoSuggest processes its query itself, so it gets the raw words, one at a time.
    for (const token of tokenize(query)) {
      if (processTerm(token) === null) continue;
      const s = this.mini.autoSuggest(token, { fuzzy: 0.34, prefix: true, combineWith: 'OR' });
      for (const suggestion of s) {
        for (const t of suggestion.terms) {
          const word = this.surface.get(t);
          if (word === undefined || seen.has(word)) continue;
          seen.add(word);
          out.push(word);
        }
      }
    }
    return out.slice(0, limit);
  }

  /** Whether the index holds this term (after processing), e.g. to tell which words of a query are unknown. */
  knows(token: string): boolean {
    const term = processTerm(token);
    return term !== null && this.surface.has(term);
  }
}

/** The distinct index terms of a query. */
export function queryTerms(query: string): string[] {
  const out = new Set<string>();
  for (const token of tokenize(query)) {
    const term = processTerm(token);
    if (term !== null) out.add(term);
  }
  return [...out];
}

/** Share of the query's distinct terms a result matched (fuzzy and prefix matches count for their query term). */
function coverage(matched: readonly string[], wanted: ReadonlySet<string>): number {
  if (wanted.size === 0) return 0;
  let n = 0;
  matched.forEach((t, i) => {
    if (wanted.has(t) && matched.indexOf(t) === i) n++;
  });
  return n / wanted.size;
}

function toHit(r: SearchResult, score: number, wanted: ReadonlySet<string>): Hit {
  const matched = [...new Set(r.queryTerms)].filter((t) => wanted.has(t));
  const stored = r as unknown as StoredDoc;
  return { ...stored, id: String(r.id), score, matched };
}
