/**
 * The inverted index behind {@link SearchIndex}: terms, postings and stored document fields in typed arrays, so a
 * snapshot loads by reading one file into memory (no JSON of a million postings to parse, no map per term to
 * rebuild) and a query adds up scores in flat arrays instead of a map per document.
 *
 * Scoring is MiniSearch's, term for term: BM25+ (k 1.2, b 0.7, d 0.5) per field with the field's boost, fuzzy and
 * prefix variants of a query term weighted as MiniSearch weighs them, the document boost applied per match, and the
 * sum multiplied by the number of query terms a document matched. `test/search/postings.test.ts` checks the ranking
 * against MiniSearch itself.
 */
import SearchableMap from 'minisearch/SearchableMap';
import { boundedMemo } from '../memo.ts';
import { type DocKind, SEARCH_FIELDS, type StoredDoc } from './documents.ts';

/** A searched field's name. */
export type Field = (typeof SEARCH_FIELDS)[number];

/** Number of searched fields. */
export const FIELD_COUNT = SEARCH_FIELDS.length;
/** Document kinds, by their number in the index. */
export const KINDS: readonly DocKind[] = ['sentence', 'quote', 'figure'];
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
/** MiniSearch's weights of a prefix and a fuzzy variant of a query term (an exact match weighs 1). */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
/** MiniSearch's cap on edit distance. */
const MAX_FUZZY = 6;
/** Distinct query terms tracked per document (a 32-bit mask each); later terms of a longer query are ignored. */
export const MAX_QUERY_TERMS = 32;

/** Where a document is: its article's id, paragraph and sentence (null for a document that is not one sentence). */
export interface Place {
  readonly article: string;
  readonly paragraph: number;
  readonly sentence: number | null;
}

/** Flags of a document, one bit each. */
export const DOC_FLAGS = { figure: 1, distance: 2, date: 4, quote: 8 } as const;

/** What the index holds besides its typed arrays: small, so it travels as JSON in the snapshot's header. */
export interface Header {
  readonly terms: string[];
  /** Most frequent written form of each term in the sentences, or '' (numbers, or a term only in names). */
  readonly surface: string[];
  readonly averageFieldLength: number[];
  /** Per article: id, title, publisher, date. */
  readonly articles: [string, string, string | null, string | null][];
  /** Distinct speaker lists, the empty list first. */
  readonly speakerLists: string[][];
  /** Distinct claimants, '' first. */
  readonly claimants: string[];
  /** Distinct lists of event aspects, the empty list first. */
  readonly aspectLists: string[][];
}

/** One index term's postings in one field, with the parts of their BM25 score shared by the whole field. */
interface FieldPostings {
  readonly f: number;
  readonly start: number;
  readonly end: number;
  readonly idf: number;
  readonly averageLength: number;
}

/** The typed arrays of an index, in the order they are written. */
export interface Columns {
  /** Postings of term t in field f are [termFieldStart[t*F+f], termFieldStart[t*F+f+1]). */
  termFieldStart: Uint32Array;
  postDoc: Uint32Array;
  postFreq: Uint16Array;
  fieldLength: Uint16Array;
  docArticle: Uint32Array;
  docParagraph: Uint32Array;
  /** Sentence index + 1 (0: not one sentence). */
  docSentence: Uint32Array;
  docSpeakers: Uint32Array;
  docClaimant: Uint32Array;
  docKind: Uint8Array;
  docFlags: Uint8Array;
  docLocations: Uint8Array;
  /** Index into the header's aspect lists. */
  docAspects: Uint32Array;
  /** UTF-8 of each document's snippet and of its id after the article id, [textStart[2i], textStart[2i+1]) etc. */
  textStart: Uint32Array;
  text: Uint8Array;
}

const COLUMN_TYPES = {
  termFieldStart: Uint32Array,
  postDoc: Uint32Array,
  postFreq: Uint16Array,
  fieldLength: Uint16Array,
  docArticle: Uint32Array,
  docParagraph: Uint32Array,
  docSentence: Uint32Array,
  docSpeakers: Uint32Array,
  docClaimant: Uint32Array,
  docKind: Uint8Array,
  docFlags: Uint8Array,
  docLocations: Uint8Array,
  docAspects: Uint32Array,
  textStart: Uint32Array,
  text: Uint8Array,
} as const;
type ColumnName = keyof typeof COLUMN_TYPES;
const COLUMN_NAMES = Object.keys(COLUMN_TYPES) as ColumnName[];

/** A query term as MiniSearch expands it: exact, plus prefix and fuzzy variants when asked for. */
export interface TermQuery {
  readonly term: string;
  /** Whether words starting with the term match too. */
  readonly prefix: boolean;
  /** Most edits a fuzzy variant may be away (0: none). */
  readonly maxDistance: number;
  /**
   * Index terms that say the same thing in other words ("protect" for "secur"): matched as the term itself, at
   * {@link ALTERNATIVE_WEIGHT}, so a document holding either counts the term once.
   */
  readonly alternatives?: readonly string[];
}

/** Weight of a word matched for another that says the same thing: below an exact match, like a fuzzy one. */
export const ALTERNATIVE_WEIGHT = 0.5;

/** Which documents a query may score, checked before any scoring (cheap, per document). */
export interface QueryScope {
  /** Searched fields with their boosts, in order. */
  readonly fields: readonly (readonly [Field, number])[];
  /** Per article index: 1 when searched; null for every article. */
  readonly articles: Uint8Array | null;
  /** Per kind (0 sentence, 1 quote, 2 figure): searched or not; null for all. */
  readonly kinds: readonly boolean[] | null;
  /** A multiplier per document (MiniSearch's `boostDocument`), read through a view of its stored fields. */
  readonly boost: ((doc: StoredDoc) => number) | null;
}

/** Scored documents of a query: parallel arrays of document numbers, raw scores and matched-term masks. */
export interface Scored {
  readonly docs: Uint32Array;
  readonly scores: Float64Array;
  readonly masks: Uint32Array;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The most frequent written form (ties: alphabetical), or '' when there is none. */
export function mostFrequent(forms: ReadonlyMap<string, number> | undefined): string {
  if (!forms) return '';
  let best = '';
  let count = -1;
  for (const [word, n] of forms) {
    if (n > count || (n === count && word.localeCompare(best) < 0)) {
      best = word;
      count = n;
    }
  }
  return best;
}

/** Most query terms whose variants {@link PostingIndex.variants} remembers before its memo starts over. */
const VARIANT_MEMO_LIMIT = 20_000;

/** Magic bytes and layout version of a snapshot file. */
const MAGIC = 0x42524958; // "BRIX"
const LAYOUT = 1;

/** The frozen index: see the module comment. */
export class PostingIndex {
  private readonly termIndex: Map<string, number>;
  private fuzzyMap: SearchableMap<number> | null = null;
  /** Reused per query: raw scores and term masks per document, and the documents touched. */
  private scratch: { score: Float64Array; spec: Float64Array; mask: Uint32Array; touched: Uint32Array } | null = null;
  private readonly view: DocView;
  private readonly variantMemo = boundedMemo(
    VARIANT_MEMO_LIMIT,
    (q: TermQuery): readonly (readonly [number, number])[] => this.expand(q),
    (q: TermQuery) => `${q.term}\0${q.prefix ? 1 : 0}\0${q.maxDistance}\0${q.alternatives?.join(' ') ?? ''}`,
  );

  constructor(
    private readonly header: Header,
    private readonly col: Columns,
  ) {
    this.termIndex = new Map(header.terms.map((t, i) => [t, i]));
    this.view = new DocView(this);
  }

  /** Number of documents. */
  get size(): number {
    return this.col.docKind.length;
  }

  /** Number of distinct terms. */
  get termCount(): number {
    return this.header.terms.length;
  }

  /** Bytes held in typed arrays (outside the JavaScript heap's objects). */
  get bytes(): number {
    return COLUMN_NAMES.reduce((n, name) => n + this.col[name].byteLength, 0);
  }

  /** Index of an article id, or undefined when no document cites it. */
  articleIndex(): Map<string, number> {
    return new Map(this.header.articles.map((a, i) => [a[0], i]));
  }

  /** Number of articles with documents. */
  get articleCount(): number {
    return this.header.articles.length;
  }

  /** Whether any document holds the term, in any field. */
  holds(term: string): boolean {
    return this.termIndex.has(term);
  }

  /** Ids of the articles with a document that holds the term, in any field. */
  articlesHolding(term: string): Set<string> {
    const out = new Set<string>();
    const t = this.termIndex.get(term);
    if (t === undefined) return out;
    const starts = this.col.termFieldStart;
    const from = starts[t * FIELD_COUNT] as number;
    const to = starts[(t + 1) * FIELD_COUNT] as number;
    const seen = new Uint8Array(this.header.articles.length);
    for (let p = from; p < to; p++) {
      const a = this.col.docArticle[this.col.postDoc[p] as number] as number;
      if (seen[a]) continue;
      seen[a] = 1;
      out.add((this.header.articles[a] as Header['articles'][number])[0]);
    }
    return out;
  }

  /** The written form of a term for suggestions, or undefined when the term is not in any sentence. */
  surfaceOf(term: string): string | undefined {
    const i = this.termIndex.get(term);
    const s = i === undefined ? '' : (this.header.surface[i] as string);
    return s === '' ? undefined : s;
  }

  /** Kind of a document, as its index in sentence, quote, figure. */
  kindOf(doc: number): number {
    return this.col.docKind[doc] as number;
  }

  /** Article index of a document. */
  articleOf(doc: number): number {
    return this.col.docArticle[doc] as number;
  }

  /** The per-document arrays queries add up in, made once per index (each query leaves them zeroed). */
  private scratchArrays(): NonNullable<PostingIndex['scratch']> {
    const n = this.size;
    if (this.scratch === null || this.scratch.score.length < n) {
      this.scratch = {
        score: new Float64Array(n),
        spec: new Float64Array(n),
        mask: new Uint32Array(n),
        touched: new Uint32Array(n),
      };
    }
    return this.scratch;
  }

  /**
   * Scores every document matching any query term (OR), as MiniSearch does: per term, its exact, prefix and fuzzy
   * variants in every searched field; documents outside the scope are never scored.
   */
  score(queries: readonly TermQuery[], scope: QueryScope): Scored {
    const { score, spec, mask, touched } = this.scratchArrays();
    const specTouched: number[] = [];
    let touchedCount = 0;
    const distinct: string[] = [];
    const boostCache = new Map<number, number>();
    const docBoost = (doc: number): number => {
      if (scope.boost === null) return 1;
      let b = boostCache.get(doc);
      if (b === undefined) {
        this.view.doc = doc;
        b = scope.boost(this.view);
        boostCache.set(doc, b);
      }
      return b;
    };
    for (const q of queries) {
      let bit = distinct.indexOf(q.term);
      if (bit < 0) {
        if (distinct.length >= MAX_QUERY_TERMS) continue;
        bit = distinct.length;
        distinct.push(q.term);
      }
      specTouched.length = 0;
      for (const [term, weight] of this.variants(q)) {
        this.addTerm(term, weight, scope, docBoost, spec, specTouched);
      }
      // MiniSearch sums each query term's scores first, then adds them to the document's total.
      for (const doc of specTouched) {
        if (mask[doc] === 0) {
          touched[touchedCount++] = doc;
          score[doc] = spec[doc] as number;
        } else score[doc] = (score[doc] as number) + (spec[doc] as number);
        mask[doc] = (mask[doc] as number) | (1 << bit);
        spec[doc] = 0;
      }
    }
    const docs = touched.slice(0, touchedCount);
    const scores = new Float64Array(touchedCount);
    const masks = new Uint32Array(touchedCount);
    for (let i = 0; i < touchedCount; i++) {
      const doc = docs[i] as number;
      scores[i] = score[doc] as number;
      masks[i] = mask[doc] as number;
      score[doc] = 0;
      mask[doc] = 0;
    }
    return { docs, scores, masks };
  }

  /**
   * The index terms a query term matches, with MiniSearch's weight for each: exact 1, prefix and fuzzy less.
   * Remembered per index (a bounded memo; the list returned is shared): names and topics recur from question to
   * question, and a fuzzy lookup walks the vocabulary's tree.
   */
  variants(q: TermQuery): readonly (readonly [number, number])[] {
    return this.variantMemo(q);
  }

  private expand(q: TermQuery): [number, number][] {
    const out: [number, number][] = [];
    const exact = this.termIndex.get(q.term);
    if (exact !== undefined) out.push([exact, 1]);
    const prefixed = new Set<number>();
    if (q.prefix) {
      for (let t = this.lowerBound(q.term); t < this.header.terms.length; t++) {
        const term = this.header.terms[t] as string;
        if (!term.startsWith(q.term)) break;
        const distance = term.length - q.term.length;
        if (distance === 0) continue;
        prefixed.add(t);
        out.push([t, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance)]);
      }
    }
    const maxDistance = Math.min(MAX_FUZZY, q.maxDistance);
    if (maxDistance > 0) {
      for (const [term, [t, distance]] of this.fuzzy().fuzzyGet(q.term, maxDistance)) {
        if (distance === 0 || prefixed.has(t)) continue;
        out.push([t, (FUZZY_WEIGHT * term.length) / (term.length + distance)]);
      }
    }
    for (const alternative of q.alternatives ?? []) {
      const t = this.termIndex.get(alternative);
      if (t !== undefined && !out.some(([seen]) => seen === t)) out.push([t, ALTERNATIVE_WEIGHT]);
    }
    return out;
  }

  /** Adds one index term's BM25 scores, field by field, into `spec`. */
  private addTerm(
    t: number,
    weight: number,
    scope: QueryScope,
    docBoost: (doc: number) => number,
    spec: Float64Array,
    specTouched: number[],
  ): void {
    const { postDoc, docArticle, docKind } = this.col;
    for (const [field, boost] of scope.fields) {
      const postings = this.fieldPostings(t, SEARCH_FIELDS.indexOf(field));
      if (postings === null) continue;
      for (let p = postings.start; p < postings.end; p++) {
        const doc = postDoc[p] as number;
        if (scope.articles !== null && scope.articles[docArticle[doc] as number] === 0) continue;
        if (scope.kinds !== null && !scope.kinds[docKind[doc] as number]) continue;
        const b = docBoost(doc);
        if (!b) continue;
        const add = weight * boost * b * this.bm25(postings, p, doc);
        if (spec[doc] === 0) {
          spec[doc] = add;
          specTouched.push(doc);
        } else spec[doc] = (spec[doc] as number) + add;
      }
    }
  }

  /**
   * For suggestions (MiniSearch's `autoSuggest` of a word): the documents matching the queries, grouped by the
   * index terms each matched (in the order it matched them), with each group's summed score and size; groups in the
   * order their first document was met. A document's score is its BM25 over every field, no boosts, summed per
   * query; it counts once per query it matched (`score × queries matched`). Done in the index's flat arrays: a
   * common word matches thousands of documents, and an object per document made suggesting slower than searching.
   */
  matchGroups(queries: readonly TermQuery[]): { terms: number[]; score: number; count: number }[] {
    const { score: total, spec, mask: node, touched } = this.scratchArrays();
    const sources = new Map<number, number>();
    // Term lists as a tree: node k (from 1) adds term nodeTerm[k] to its parent's list; 0 is the empty list.
    const nodeTerm: number[] = [-1];
    const nodeParent: number[] = [0];
    const child = new Map<number, number>();
    const terms = this.termCount;
    let touchedCount = 0;
    const specTouched: number[] = [];
    const { postDoc } = this.col;
    for (const q of queries) {
      specTouched.length = 0;
      for (const [t, weight] of this.variants(q)) {
        for (let f = 0; f < FIELD_COUNT; f++) {
          const postings = this.fieldPostings(t, f);
          if (postings === null) continue;
          for (let p = postings.start; p < postings.end; p++) {
            const doc = postDoc[p] as number;
            const raw = this.bm25(postings, p, doc);
            // A BM25 score is positive: 0 means not met yet (in this query, or at all for the term list).
            if (spec[doc] === 0) specTouched.push(doc);
            spec[doc] = (spec[doc] as number) + weight * raw;
            const k = node[doc] as number;
            if (k === 0) touched[touchedCount++] = doc;
            let has = false;
            for (let a = k; a !== 0; a = nodeParent[a] as number) {
              if (nodeTerm[a] === t) {
                has = true;
                break;
              }
            }
            if (!has) {
              let next = child.get(k * terms + t);
              if (next === undefined) {
                next = nodeTerm.length;
                nodeTerm.push(t);
                nodeParent.push(k);
                child.set(k * terms + t, next);
              }
              node[doc] = next;
            }
          }
        }
      }
      for (const doc of specTouched) {
        sources.set(doc, (sources.get(doc) ?? 0) + 1);
        total[doc] = (total[doc] as number) + (spec[doc] as number);
        spec[doc] = 0;
      }
    }
    const groups = new Map<number, { terms: number[]; score: number; count: number }>();
    for (let i = 0; i < touchedCount; i++) {
      const doc = touched[i] as number;
      const k = node[doc] as number;
      const weighted = (total[doc] as number) * (sources.get(doc) as number);
      const g = groups.get(k);
      if (g) {
        g.score += weighted;
        g.count += 1;
      } else {
        const list: number[] = [];
        for (let a = k; a !== 0; a = nodeParent[a] as number) list.push(nodeTerm[a] as number);
        groups.set(k, { terms: list.reverse(), score: weighted, count: 1 });
      }
      total[doc] = 0;
      node[doc] = 0;
    }
    return [...groups.values()];
  }

  /**
   * The postings of index term `t` in field `f` (positions `start` to `end` of the posting columns) with the
   * field-wide parts of their BM25 score; null when no document has the term in that field.
   */
  private fieldPostings(t: number, f: number): FieldPostings | null {
    const { termFieldStart } = this.col;
    const start = termFieldStart[t * FIELD_COUNT + f] as number;
    const end = termFieldStart[t * FIELD_COUNT + f + 1] as number;
    const matching = end - start;
    if (matching === 0) return null;
    const idf = Math.log(1 + (this.size - matching + 0.5) / (matching + 0.5));
    return { f, start, end, idf, averageLength: this.header.averageFieldLength[f] as number };
  }

  /** BM25 score (MiniSearch's variant) of the posting at position `p`, which is of document `doc`. */
  private bm25(postings: FieldPostings, p: number, doc: number): number {
    const { idf, averageLength, f } = postings;
    const tf = this.col.postFreq[p] as number;
    const length = this.col.fieldLength[doc * FIELD_COUNT + f] as number;
    return idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + BM25.k * (1 - BM25.b + (BM25.b * length) / averageLength)));
  }

  /** The term at an index. */
  term(t: number): string {
    return this.header.terms[t] as string;
  }

  /** First term index whose term is not below `term`. */
  private lowerBound(term: string): number {
    const terms = this.header.terms;
    let lo = 0;
    let hi = terms.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((terms[mid] as string) < term) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * The term of the sentences nearest a term they do not hold ("trainin": "training"), at most `maxDistance` edits
   * away; of the nearest, the one in most documents. Undefined when there is none.
   */
  nearestTerm(term: string, maxDistance: number): string | undefined {
    const { termFieldStart } = this.col;
    let best: { term: string; distance: number; uses: number } | undefined;
    for (const [found, [t, distance]] of this.fuzzy().fuzzyGet(term, maxDistance)) {
      if (distance === 0 || this.surfaceOf(found) === undefined) continue;
      const uses = (termFieldStart[(t + 1) * FIELD_COUNT] as number) - (termFieldStart[t * FIELD_COUNT] as number);
      if (!best || distance < best.distance || (distance === best.distance && uses > best.uses)) {
        best = { term: found, distance, uses };
      }
    }
    return best?.term;
  }

  /** The vocabulary as a radix tree for fuzzy lookups, built on the first fuzzy query (not at load). */
  private fuzzy(): SearchableMap<number> {
    if (this.fuzzyMap === null) {
      const map = new SearchableMap<number>();
      for (const [i, t] of this.header.terms.entries()) map.set(t, i);
      this.fuzzyMap = map;
    }
    return this.fuzzyMap;
  }

  /** The id of a document, as the documents gave it. */
  idOf(doc: number): string {
    const suffix = this.textAt(2 * doc + 1);
    if (suffix.startsWith('\u0000')) return suffix.slice(1);
    return `${this.header.articles[this.col.docArticle[doc] as number]?.[0]}${suffix}`;
  }

  /** Where a document is, from the columns alone (no text decoded). */
  placeOf(doc: number): Place {
    const c = this.col;
    const sentence = c.docSentence[doc] as number;
    return {
      article: (this.header.articles[c.docArticle[doc] as number] as Header['articles'][number])[0],
      paragraph: c.docParagraph[doc] as number,
      sentence: sentence === 0 ? null : sentence - 1,
    };
  }

  /** The stored fields of a document, as a plain object. */
  stored(doc: number): StoredDoc {
    const c = this.col;
    const article = this.header.articles[c.docArticle[doc] as number] as Header['articles'][number];
    const flags = c.docFlags[doc] as number;
    const sentence = c.docSentence[doc] as number;
    return {
      kind: KINDS[c.docKind[doc] as number] as DocKind,
      article: article[0],
      paragraph: c.docParagraph[doc] as number,
      sentence: sentence === 0 ? null : sentence - 1,
      snippet: this.textAt(2 * doc),
      speakers: this.header.speakerLists[c.docSpeakers[doc] as number] as string[],
      claimant: this.header.claimants[c.docClaimant[doc] as number] as string,
      publisher: article[2],
      date: article[3],
      aspects: this.aspectsOf(doc) as StoredDoc['aspects'],
      locations: c.docLocations[doc] as number,
      hasFigure: (flags & DOC_FLAGS.figure) !== 0,
      hasDistance: (flags & DOC_FLAGS.distance) !== 0,
      hasDate: (flags & DOC_FLAGS.date) !== 0,
      hasQuote: (flags & DOC_FLAGS.quote) !== 0,
    };
  }

  /** @internal For {@link DocView}. */
  aspectsOf(doc: number): string[] {
    return this.header.aspectLists[this.col.docAspects[doc] as number] as string[];
  }

  /** @internal For {@link DocView}. */
  column<K extends ColumnName>(name: K): Columns[K] {
    return this.col[name];
  }

  /** @internal For {@link DocView}. */
  speakersAt(i: number): string[] {
    return this.header.speakerLists[i] as string[];
  }

  /** @internal For {@link DocView}. */
  claimantAt(i: number): string {
    return this.header.claimants[i] as string;
  }

  private textAt(i: number): string {
    const { textStart, text } = this.col;
    return decoder.decode(text.subarray(textStart[i] as number, textStart[i + 1] as number));
  }

  /**
   * The index as one buffer: a small header (magic, layout, lengths), the JSON header, then each typed array,
   * 8-byte aligned so it can be viewed in place when loaded.
   */
  toBytes(version: string): Buffer {
    const json = encoder.encode(JSON.stringify({ version, header: this.header }));
    const lengths = COLUMN_NAMES.map((name) => this.col[name].byteLength);
    const fixed = 8 + 4 * (1 + COLUMN_NAMES.length);
    let size = align(fixed + json.length);
    for (const l of lengths) size += align(l);
    const out = Buffer.alloc(size);
    out.writeUInt32LE(MAGIC, 0);
    out.writeUInt32LE(LAYOUT, 4);
    out.writeUInt32LE(json.length, 8);
    for (const [i, l] of lengths.entries()) out.writeUInt32LE(l, 12 + 4 * i);
    out.set(json, fixed);
    let offset = align(fixed + json.length);
    COLUMN_NAMES.forEach((name, i) => {
      const a = this.col[name];
      out.set(new Uint8Array(a.buffer as ArrayBuffer, a.byteOffset, a.byteLength), offset);
      offset += align(lengths[i] as number);
    });
    return out;
  }

  /**
   * Restores an index written by {@link toBytes}. The typed arrays are views of `bytes` (copied once when the
   * buffer is not aligned), so loading costs one read and the parse of a small header. Throws on a foreign file or
   * a `version` other than the expected one.
   */
  static fromBytes(input: Uint8Array, expectedVersion: string): PostingIndex {
    const bytes = input.byteOffset % 8 === 0 ? input : new Uint8Array(input);
    const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (bytes.byteLength < 12 || data.getUint32(0, true) !== MAGIC || data.getUint32(4, true) !== LAYOUT) {
      throw new Error('not an index snapshot of this layout');
    }
    const jsonLength = data.getUint32(8, true);
    const fixed = 8 + 4 * (1 + COLUMN_NAMES.length);
    const parsed = JSON.parse(decoder.decode(bytes.subarray(fixed, fixed + jsonLength))) as {
      version: string;
      header: Header;
    };
    if (parsed.version !== expectedVersion) {
      throw new Error(`index snapshot version ${String(parsed.version)} does not match ${expectedVersion}`);
    }
    let offset = align(fixed + jsonLength);
    const col = {} as Record<ColumnName, Uint32Array | Uint16Array | Uint8Array>;
    COLUMN_NAMES.forEach((name, i) => {
      const length = data.getUint32(12 + 4 * i, true);
      const Type = COLUMN_TYPES[name];
      if (offset + length > bytes.byteLength) throw new Error('index snapshot is truncated');
      col[name] = new Type(bytes.buffer as ArrayBuffer, bytes.byteOffset + offset, length / Type.BYTES_PER_ELEMENT);
      offset += align(length);
    });
    return new PostingIndex(parsed.header, col as unknown as Columns);
  }
}

function align(n: number): number {
  return Math.ceil(n / 8) * 8;
}

/**
 * A document's stored fields read straight from the columns, for the per-document boost: no object is built per
 * scored document. Reused (its `doc` moves), so a boost function must not keep it.
 */
class DocView implements StoredDoc {
  doc = 0;
  constructor(private readonly index: PostingIndex) {}
  get kind(): DocKind {
    return KINDS[this.index.column('docKind')[this.doc] as number] as DocKind;
  }
  get article(): string {
    return this.index.stored(this.doc).article;
  }
  get paragraph(): number {
    return this.index.column('docParagraph')[this.doc] as number;
  }
  get sentence(): number | null {
    const s = this.index.column('docSentence')[this.doc] as number;
    return s === 0 ? null : s - 1;
  }
  get snippet(): string {
    return this.index.stored(this.doc).snippet;
  }
  get speakers(): readonly string[] {
    return this.index.speakersAt(this.index.column('docSpeakers')[this.doc] as number);
  }
  get claimant(): string {
    return this.index.claimantAt(this.index.column('docClaimant')[this.doc] as number);
  }
  get publisher(): string | null {
    return this.index.stored(this.doc).publisher;
  }
  get date(): string | null {
    return this.index.stored(this.doc).date;
  }
  get aspects(): StoredDoc['aspects'] {
    return this.index.aspectsOf(this.doc) as StoredDoc['aspects'];
  }
  get locations(): number {
    return this.index.column('docLocations')[this.doc] as number;
  }
  get hasFigure(): boolean {
    return ((this.index.column('docFlags')[this.doc] as number) & DOC_FLAGS.figure) !== 0;
  }
  get hasDistance(): boolean {
    return ((this.index.column('docFlags')[this.doc] as number) & DOC_FLAGS.distance) !== 0;
  }
  get hasDate(): boolean {
    return ((this.index.column('docFlags')[this.doc] as number) & DOC_FLAGS.date) !== 0;
  }
  get hasQuote(): boolean {
    return ((this.index.column('docFlags')[this.doc] as number) & DOC_FLAGS.quote) !== 0;
  }
}
