import { PostingBuilder } from './builder.ts';
import { type DocKind, SEARCH_FIELDS, type SearchDoc, type StoredDoc } from './documents.ts';
import { detectIntent, type Intent, intentBoost, questionTopic } from './intent.ts';
import {
  type Field,
  MAX_QUERY_TERMS,
  type Place,
  PostingIndex,
  type QueryScope,
  type Scored,
  type TermQuery,
} from './postings.ts';
import { processTerm, TERMS_VERSION, tokenize } from './terms.ts';

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
  /**
   * Index terms that say the same as a query term ("protect" for "secur"), each matched as that term at a lower
   * weight. Default: none.
   */
  readonly alternatives?: (term: string) => readonly string[];
  /**
   * `OR` (default): any document holding any query term is a candidate, ranked by how many of the terms it holds
   * and how well. `AND`: only documents holding every term; when none does, the `OR` result (so a long question
   * never comes back empty just because one word is missing everywhere).
   */
  readonly combineWith?: 'AND' | 'OR';
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
export const INDEX_VERSION = `docs-8/terms-${TERMS_VERSION}/postings-1`;

/** Fuzzy edits allowed for a query term: none for short terms, where one edit turns a word into another. */
function fuzziness(term: string): number {
  return term.length >= 5 ? 0.2 : 0;
}

/** Documents indexed between two yields to the event loop in {@link SearchIndex.buildAsync}. */
const BUILD_CHUNK = 200;

/** The query terms of a text, with repeats, each expanded as MiniSearch would with the given options. */
function termQueries(
  text: string,
  fuzzy: (term: string) => number,
  prefix: (term: string, i: number, n: number) => boolean,
  alternatives?: (term: string) => readonly string[],
): TermQuery[] {
  const terms: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) terms.push(term);
  }
  return terms.map((term, i) => {
    const f = fuzzy(term);
    const others = alternatives?.(term) ?? [];
    return {
      term,
      prefix: prefix(term, i, terms.length),
      maxDistance: f > 0 ? Math.round(term.length * f) : 0,
      ...(others.length > 0 ? { alternatives: others } : {}),
    };
  });
}

/** Number of set bits. */
function popcount(mask: number): number {
  let m = mask - ((mask >>> 1) & 0x55555555);
  m = (m & 0x33333333) + ((m >>> 2) & 0x33333333);
  return (((m + (m >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/** A query's scored candidates (see {@link SearchIndex.candidates}). */
interface Ranked {
  readonly scored: Scored;
  /** Final score per scored document (0 for those not among the candidates). */
  readonly final: Float64Array;
  /** Positions in `scored` of the candidates. */
  readonly candidates: number[];
  /** The query's distinct index terms. */
  readonly wanted: ReadonlySet<string>;
  /** The id of the document at a position of `scored`, decoded once. */
  readonly idOf: (i: number) => string;
}

/**
 * The `k`-th largest value (1-based) of `values`, which it reorders: Hoare's selection, linear on average, where a
 * sort of every candidate's score would be n log n.
 */
export function kthLargest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  const target = values.length - k;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1] as number;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const t = values[i] as number;
        values[i] = values[j] as number;
        values[j] = t;
        i++;
        j--;
      }
    }
    if (target <= j) hi = j;
    else if (target >= i) lo = i;
    else break;
  }
  return values[target] as number;
}

/** Candidates ranked in full per round of {@link SearchIndex.search}; the rest wait below a score threshold. */
const RANK_WINDOW = 64;

/**
 * The index over sentences, quotes and figures. Build it with {@link SearchIndex.build}, persist it with
 * {@link SearchIndex.toBytes} and restore it with {@link SearchIndex.fromBytes}.
 */
export class SearchIndex {
  private constructor(
    private readonly postings: PostingIndex,
    /** Per article index: 1 when searched; null for all articles. A story's view of the one index. */
    private readonly within: Uint8Array | null = null,
  ) {}

  /** The same index seen through a set of articles (one story's): searches return only their documents. */
  scoped(articles: ReadonlySet<string>): SearchIndex {
    const mask = new Uint8Array(this.postings.articleCount);
    for (const [id, i] of this.postings.articleIndex()) if (articles.has(id) && (this.within?.[i] ?? 1)) mask[i] = 1;
    return new SearchIndex(this.postings, mask);
  }

  /**
   * Indexes the documents in one go (blocks the event loop for the whole build; see {@link buildAsync}). An iterable
   * lets the caller make documents as they are indexed, so they need not all be held at once.
   */
  static build(docs: Iterable<SearchDoc>): SearchIndex {
    const builder = new PostingBuilder();
    for (const doc of docs) builder.add(doc);
    return new SearchIndex(builder.finish());
  }

  /**
   * Indexes the documents in chunks, yielding to the event loop between them, so a bot rebuilding its index
   * after an article changes keeps answering (and heartbeating) meanwhile. Same result as {@link build}.
   */
  static async buildAsync(docs: Iterable<SearchDoc>, chunkSize = BUILD_CHUNK): Promise<SearchIndex> {
    const builder = new PostingBuilder();
    let inChunk = 0;
    for (const doc of docs) {
      builder.add(doc);
      if (++inChunk < chunkSize) continue;
      inChunk = 0;
      await new Promise((resolve) => setImmediate(resolve));
    }
    return new SearchIndex(await builder.finishAsync());
  }

  /** Restores an index saved by {@link toBytes}; throws when the snapshot was made by another version. */
  static fromBytes(bytes: Uint8Array): SearchIndex {
    return new SearchIndex(PostingIndex.fromBytes(bytes, INDEX_VERSION));
  }

  /** Serialises the index for a snapshot on disk. */
  toBytes(): Buffer {
    return this.postings.toBytes(INDEX_VERSION);
  }

  /** Number of indexed documents. */
  get size(): number {
    return this.postings.size;
  }

  /** Number of distinct index terms. */
  get termCount(): number {
    return this.postings.termCount;
  }

  /**
   * Best documents for a query, best first. Ranking is BM25 with field boosts and typo tolerance (as MiniSearch
   * ranks), multiplied by the share of the query's terms a document covers (a sentence matching "shipping routes"
   * beats one matching "shipping" twice) and by the question's intent.
   */
  search(query: string, opts: SearchOptions = {}): Hit[] {
    const limit = opts.limit ?? 20;
    const ranked = limit > 0 ? this.candidates(query, opts) : null;
    if (ranked === null) return [];
    const { scored, final, wanted } = ranked;
    const terms = [...wanted].slice(0, MAX_QUERY_TERMS);
    const out: Hit[] = [];
    for (const i of this.inOrder(ranked, limit)) {
      const doc = scored.docs[i] as number;
      const stored = { ...this.postings.stored(doc), id: ranked.idOf(i) };
      if (opts.filter && !opts.filter(stored)) continue;
      const mask = scored.masks[i] as number;
      out.push({
        ...stored,
        score: final[i] as number,
        matched: terms.filter((_, bit) => (mask & (1 << bit)) !== 0),
      });
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * Where the documents {@link search} would return are (same documents, same order, no filter), read from the
   * index's columns: no snippet or id is decoded except to break ties in score, so a caller that wants many hits
   * only to look each up elsewhere (the sentences naming someone) does not pay for building them.
   */
  places(query: string, opts: Omit<SearchOptions, 'filter'> = {}): Place[] {
    const limit = opts.limit ?? 20;
    const ranked = limit > 0 ? this.candidates(query, opts) : null;
    if (ranked === null) return [];
    const out: Place[] = [];
    // No filter drops a candidate, so the first window need hold only `limit` of them.
    for (const i of this.inOrder(ranked, limit, limit)) {
      out.push(this.postings.placeOf(ranked.scored.docs[i] as number));
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The scored candidates of a query: every document holding a query term (or, with `AND`, every term when some
   * document does), with its final score — BM25 times the share of the query's terms it covers. Null when the
   * query has no terms.
   */
  private candidates(query: string, opts: Omit<SearchOptions, 'filter'>): Ranked | null {
    const intent = opts.intent ?? detectIntent(query);
    const topic = questionTopic(query);
    const wanted = new Set(queryTerms(topic));
    if (wanted.size === 0) return null;
    const queries = termQueries(topic, fuzziness, (term, i, n) => i === n - 1 && term.length >= 4, opts.alternatives);
    const kinds = opts.kinds
      ? ['sentence', 'quote', 'figure'].map((k) => opts.kinds?.includes(k as DocKind) ?? true)
      : null;
    const scope: QueryScope = {
      fields: (opts.fields ?? SEARCH_FIELDS).map((f) => [f as Field, BOOSTS[f as Field] || 1] as const),
      articles: this.within,
      kinds,
      boost: (doc) => intentBoost(intent, doc),
    };
    const scored = this.postings.score(queries, scope);
    const distinct = Math.min(wanted.size, MAX_QUERY_TERMS);
    const all = distinct >= 32 ? 0xffffffff : (1 << distinct) - 1;
    let candidates: number[] = [];
    if (opts.combineWith === 'AND') {
      for (let i = 0; i < scored.docs.length; i++) if (scored.masks[i] === all) candidates.push(i);
    }
    if (candidates.length === 0) candidates = Array.from(scored.docs.keys());
    // Score everything cheaply; build hit objects for the best only: a common word matches thousands of documents.
    const final = new Float64Array(scored.docs.length);
    for (const i of candidates) {
      const matched = popcount(scored.masks[i] as number);
      final[i] = (scored.scores[i] as number) * matched * (0.5 + matched / wanted.size) ** 2;
    }
    const ids = new Map<number, string>();
    const idOf = (i: number) => {
      let id = ids.get(i);
      if (id === undefined) {
        id = this.postings.idOf(scored.docs[i] as number);
        ids.set(i, id);
      }
      return id;
    };
    return { scored, final, candidates, wanted, idOf };
  }

  /**
   * Candidates best first (ties by id), enough of them for `limit` hits after a caller's filter. Only a window of
   * the best scores is sorted at a time, so a query matching thousands of documents sorts a few dozen; the next,
   * wider window is sorted only when the caller reads past the first.
   */
  private *inOrder(ranked: Ranked, limit: number, first = Math.max(RANK_WINDOW, limit * 4)): Generator<number> {
    const { final, idOf } = ranked;
    let rest = ranked.candidates;
    let window = Math.max(1, first);
    while (rest.length > 0) {
      let take = rest;
      let later: number[] = [];
      if (rest.length > window) {
        const threshold = kthLargest(
          Float64Array.from(rest, (i) => final[i] as number),
          window,
        );
        take = rest.filter((i) => (final[i] as number) >= threshold);
        later = rest.filter((i) => (final[i] as number) < threshold);
      }
      take.sort((a, b) => (final[b] as number) - (final[a] as number) || idOf(a).localeCompare(idOf(b)));
      yield* take;
      rest = later;
      window *= 4;
    }
  }

  /**
   * Close words the index does know, for a query that matched nothing ("drils" → "drills"), as readable words.
   */
  suggest(query: string, limit = 5): string[] {
    const out: string[] = [];
    const seen = new Set<string>();
    // Each raw word on its own, as MiniSearch's autoSuggest of that word would rank its completions and variants.
    for (const token of tokenize(query)) {
      if (processTerm(token) === null) continue;
      for (const { terms } of this.suggestionGroups(token)) {
        for (const t of terms) {
          const word = this.postings.surfaceOf(t);
          if (word === undefined || seen.has(word)) continue;
          seen.add(word);
          out.push(word);
        }
      }
    }
    return out.slice(0, limit);
  }

  /**
   * Groups of index terms a word suggests, best group first, with their score (the mean of the documents holding
   * them), as MiniSearch's `autoSuggest` of that word (fuzzy 0.34, prefix) ranks them.
   */
  suggestionGroups(word: string): { terms: string[]; score: number }[] {
    const queries = termQueries(
      word,
      () => 0.34,
      () => true,
    );
    return this.postings
      .matchGroups(queries)
      .map((g) => ({ terms: g.terms.map((t) => this.postings.term(t)), score: g.score / g.count }))
      .sort((a, b) => b.score - a.score);
  }

  /**
   * A misspelt word's nearest word in the sentences, as its index term and as written ("trainin": training): one
   * edit away from its index term for a word of five letters or more, two for seven or more (a stem may lose a
   * letter the misspelling kept). Undefined for a word the index holds, a
   * short word, or one with nothing near.
   */
  nearestWord(token: string): { term: string; word: string } | undefined {
    const term = processTerm(token);
    if (term === null || this.postings.surfaceOf(term) !== undefined) return undefined;
    const edits = token.length >= 7 ? 2 : token.length >= 5 ? 1 : 0;
    if (edits === 0) return undefined;
    const near = this.postings.nearestTerm(term, edits);
    const word = near === undefined ? undefined : this.postings.surfaceOf(near);
    return near === undefined || word === undefined ? undefined : { term: near, word };
  }

  /**
   * The articles where a word occurs (as its index term: "Kyiv" and "Kiev" alike), in any field; null when the word
   * makes no index term (a stop word), so it narrows nothing.
   */
  articlesUsing(word: string): ReadonlySet<string> | null {
    const term = processTerm(word);
    return term === null ? null : this.postings.articlesHolding(term);
  }

  /** Whether the index holds this term (after processing), e.g. to tell which words of a query are unknown. */
  knows(token: string): boolean {
    const term = processTerm(token);
    // A term with a digit ("5g", "2019") keeps no written form, but the articles still use it.
    return (
      term !== null && (this.postings.surfaceOf(term) !== undefined || (/\d/.test(term) && this.postings.holds(term)))
    );
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
