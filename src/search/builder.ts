/**
 * Building a {@link PostingIndex}: documents go in one by one, postings pile up in flat typed arrays (no array per
 * term and field, no object per posting) and are sorted into the index's layout once, at the end.
 *
 * Indexing a large archive repeats the same work many times over: every document of an article searches its title,
 * a figure's text is often its sentence again, a quotation's context is the sentence around it, and news repeats its
 * words. So each distinct field value of an article is tokenised once, and each distinct raw token is processed into
 * its index term (and its written form) once per build. The index is the same, byte for byte, as indexing every
 * field of every document afresh.
 */
import { runSteps } from '../steps.ts';
import { type DocKind, SEARCH_FIELDS, type SearchDoc } from './documents.ts';
import {
  type Columns,
  DOC_FLAGS,
  FIELD_COUNT,
  type Field,
  type Header,
  KINDS,
  mostFrequent,
  PostingIndex,
} from './postings.ts';
import { fold, processTerm, tokenize } from './terms.ts';

/** A raw token as the index sees it, worked out once per build. */
interface TokenInfo {
  /** Builder's id of the token's index term, or -1 for a stopword. */
  readonly term: number;
  /** The folded token, counted as its term's written form in sentences; null when the term has a digit. */
  readonly word: string | null;
  /** Slot of the token in the written-form counts, or -1 until it is first seen in a sentence's text. */
  surface: number;
  /** The last field value this token was counted in, to count a value's distinct tokens without a set. */
  seenIn: number;
}

/** A field value's tokens and its length as MiniSearch counts it (distinct raw tokens). */
interface Tokenized {
  readonly tokens: readonly TokenInfo[];
  readonly length: number;
}

type TypedArray = Uint32Array | Uint16Array | Uint8Array | Int32Array;
type TypedArrayType<T extends TypedArray> = new (n: number) => T;

/** A typed array that grows as values are appended (doubling, so appends cost amortised constant time). */
class Growable<T extends TypedArray> {
  array: T;
  length = 0;

  constructor(
    private readonly Type: TypedArrayType<T>,
    capacity = 1024,
  ) {
    this.array = new Type(capacity);
  }

  push(value: number): void {
    if (this.length === this.array.length) this.reserve(1);
    this.array[this.length++] = value;
  }

  /** Makes room for `n` more values. */
  reserve(n: number): void {
    if (this.length + n <= this.array.length) return;
    const next = new this.Type(Math.max(this.array.length * 2, this.length + n));
    next.set(this.array.subarray(0, this.length) as never);
    this.array = next;
  }

  /** The values appended, as an array of their own length. */
  values(): T {
    return this.array.slice(0, this.length) as T;
  }
}

const NO_TOKENS: Tokenized = { tokens: [], length: 0 };

/** Postings sorted into place between two yields of {@link PostingBuilder.finishAsync}. */
const FINISH_POSTINGS_STEP = 400_000;

const encoder = new TextEncoder();

/** Collects documents, then freezes them into a {@link PostingIndex}. */
export class PostingBuilder {
  private readonly termIds = new Map<string, number>();
  private readonly terms: string[] = [];
  private readonly tokenInfo = new Map<string, TokenInfo>();
  /** Field values of the current article, tokenised: an article's documents share most of them. */
  private readonly values = new Map<string, Tokenized>();
  private valuesArticle: string | null = null;
  private valueCount = 0;
  /** Postings in the order added: term × field, document, frequency. */
  private readonly postTermField = new Growable(Uint32Array, 1 << 16);
  private readonly postDoc = new Growable(Uint32Array, 1 << 16);
  private readonly postFreq = new Growable(Uint16Array, 1 << 16);
  /** Per term × field: the last document that had it and where its posting is, so repeats add to the frequency. */
  private lastDoc = new Int32Array(0);
  private lastPosting = new Uint32Array(0);
  private readonly fieldLength = new Growable(Uint16Array, 1 << 14);
  private readonly averageFieldLength: number[] = new Array(FIELD_COUNT).fill(0);
  private readonly articles: Header['articles'] = [];
  private readonly articleIds = new Map<string, number>();
  private readonly speakerLists = new Map<string, number>([['', 0]]);
  private readonly claimants = new Map<string, number>([['', 0]]);
  private readonly aspectLists = new Map<string, number>([['', 0]]);
  private readonly doc = {
    article: new Growable(Uint32Array),
    paragraph: new Growable(Uint32Array),
    sentence: new Growable(Uint32Array),
    speakers: new Growable(Uint32Array),
    claimant: new Growable(Uint32Array),
    kind: new Growable(Uint8Array),
    flags: new Growable(Uint8Array),
    locations: new Growable(Uint8Array),
    aspects: new Growable(Uint32Array),
  };
  private readonly textStart = new Growable(Uint32Array);
  private readonly text = new Growable(Uint8Array, 1 << 16);
  /** Tokens in the order first seen in a sentence's text, and how often each was seen there. */
  private readonly surfaceTokens: TokenInfo[] = [];
  private readonly surfaceCounts = new Growable(Uint32Array);
  private count = 0;

  /** Adds one document; documents are numbered in the order they are added. */
  add(doc: SearchDoc): void {
    const n = this.count++;
    if (doc.article !== this.valuesArticle) {
      this.values.clear();
      this.valuesArticle = doc.article;
    }
    const countsSurface = doc.kind === 'sentence';
    for (let f = 0; f < FIELD_COUNT; f++) {
      const value = doc[SEARCH_FIELDS[f] as Field];
      if (value == null) {
        // MiniSearch skips a missing field without counting it in the average.
        this.fieldLength.push(0);
        continue;
      }
      const { tokens, length } = this.tokenized(String(value));
      this.fieldLength.push(Math.min(65535, length));
      // MiniSearch's running mean, computed the same way so the averages (and scores) agree to the last bit.
      this.averageFieldLength[f] = ((this.averageFieldLength[f] as number) * n + length) / (n + 1);
      for (const token of tokens) {
        if (token.term < 0) continue;
        this.post(token.term * FIELD_COUNT + f, n);
        if (f === 0 && countsSurface && token.word !== null) this.countSurface(token);
      }
    }
    this.addStored(doc);
  }

  /** Number of documents added so far. */
  get size(): number {
    return this.count;
  }

  /** Freezes the documents into an index. */
  finish(): PostingIndex {
    return runSteps(this.finishing());
  }

  /** {@link finish} a part at a time, yielding to the event loop between parts. Same index. */
  async finishAsync(): Promise<PostingIndex> {
    const steps = this.finishing();
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      await new Promise((resolve) => setImmediate(resolve));
    }
  }

  /** One occurrence of a term in a field of document `n`: a new posting, or one more of the last one. */
  private post(termField: number, n: number): void {
    if (this.lastDoc[termField] === n) {
      const p = this.lastPosting[termField] as number;
      const freq = this.postFreq.array[p] as number;
      if (freq < 65535) this.postFreq.array[p] = freq + 1;
      return;
    }
    this.lastDoc[termField] = n;
    this.lastPosting[termField] = this.postDoc.length;
    this.postTermField.push(termField);
    this.postDoc.push(n);
    this.postFreq.push(1);
  }

  private countSurface(token: TokenInfo): void {
    if (token.surface < 0) {
      token.surface = this.surfaceTokens.length;
      this.surfaceTokens.push(token);
      this.surfaceCounts.push(0);
    }
    const counts = this.surfaceCounts.array;
    counts[token.surface] = (counts[token.surface] as number) + 1;
  }

  /** A field value's tokens, tokenised once per article. */
  private tokenized(value: string): Tokenized {
    if (value === '') return NO_TOKENS;
    let out = this.values.get(value);
    if (out === undefined) {
      const stamp = ++this.valueCount;
      const tokens = tokenize(value).map((t) => this.token(t));
      let length = 0;
      for (const token of tokens) {
        if (token.seenIn === stamp) continue;
        token.seenIn = stamp;
        length++;
      }
      out = { tokens, length };
      this.values.set(value, out);
    }
    return out;
  }

  /** What a raw token indexes as, worked out once per build. */
  private token(raw: string): TokenInfo {
    let info = this.tokenInfo.get(raw);
    if (info === undefined) {
      const term = processTerm(raw);
      info = {
        term: term === null ? -1 : this.termId(term),
        word: term === null || /\d/.test(term) ? null : fold(raw),
        surface: -1,
        seenIn: 0,
      };
      this.tokenInfo.set(raw, info);
    }
    return info;
  }

  private termId(term: string): number {
    let id = this.termIds.get(term);
    if (id === undefined) {
      id = this.terms.length;
      this.termIds.set(term, id);
      this.terms.push(term);
      const slots = this.terms.length * FIELD_COUNT;
      if (slots > this.lastDoc.length) {
        const lastDoc = new Int32Array(Math.max(slots, this.lastDoc.length * 2)).fill(-1);
        lastDoc.set(this.lastDoc);
        this.lastDoc = lastDoc;
        const lastPosting = new Uint32Array(lastDoc.length);
        lastPosting.set(this.lastPosting);
        this.lastPosting = lastPosting;
      }
    }
    return id;
  }

  /** The stored fields of a document, and its snippet and id as UTF-8. */
  private addStored(doc: SearchDoc): void {
    let article = this.articleIds.get(doc.article);
    if (article === undefined) {
      article = this.articles.length;
      this.articleIds.set(doc.article, article);
      this.articles.push([doc.article, doc.title, doc.publisher, doc.date]);
    }
    const d = this.doc;
    d.article.push(article);
    d.paragraph.push(doc.paragraph);
    d.sentence.push(doc.sentence === null ? 0 : doc.sentence + 1);
    d.speakers.push(intern(this.speakerLists, doc.speakers.length === 0 ? '' : JSON.stringify(doc.speakers)));
    d.claimant.push(intern(this.claimants, doc.claimant));
    d.kind.push(KINDS.indexOf(doc.kind as DocKind));
    d.flags.push(
      (doc.hasFigure ? DOC_FLAGS.figure : 0) |
        (doc.hasDistance ? DOC_FLAGS.distance : 0) |
        (doc.hasDate ? DOC_FLAGS.date : 0) |
        (doc.hasQuote ? DOC_FLAGS.quote : 0),
    );
    d.locations.push(Math.min(255, doc.locations));
    d.aspects.push(intern(this.aspectLists, doc.aspects.length === 0 ? '' : JSON.stringify(doc.aspects)));
    const suffix = doc.id.startsWith(doc.article) ? doc.id.slice(doc.article.length) : `\u0000${doc.id}`;
    this.addText(doc.snippet);
    this.addText(suffix);
  }

  private addText(value: string): void {
    this.textStart.push(this.text.length);
    // UTF-8 takes at most three bytes per UTF-16 code unit.
    this.text.reserve(value.length * 3);
    const { written } = encoder.encodeInto(value, this.text.array.subarray(this.text.length));
    this.text.length += written;
  }

  /** The work of {@link finish}, as a generator that yields between parts (postings, then forms). */
  private *finishing(): Generator<void, PostingIndex, void> {
    const order = this.terms
      .map((_, i) => i)
      .sort((a, b) => compareStrings(this.terms[a] as string, this.terms[b] as string));
    const terms = order.map((i) => this.terms[i] as string);
    const rank = new Uint32Array(order.length);
    for (const [t, old] of order.entries()) rank[old] = t;
    yield;
    // Postings grouped by term (in sorted order) and field, each group in document order: a counting sort, stable
    // because postings were added in document order.
    const slots = terms.length * FIELD_COUNT;
    const termFieldStart = new Uint32Array(slots + 1);
    const total = this.postDoc.length;
    const fromTermField = this.postTermField.array;
    const newSlot = (termField: number) =>
      (rank[(termField / FIELD_COUNT) | 0] as number) * FIELD_COUNT + (termField % FIELD_COUNT);
    for (let p = 0; p < total; p++) {
      const slot = newSlot(fromTermField[p] as number);
      termFieldStart[slot + 1] = (termFieldStart[slot + 1] as number) + 1;
    }
    for (let s = 0; s < slots; s++) {
      termFieldStart[s + 1] = (termFieldStart[s + 1] as number) + (termFieldStart[s] as number);
    }
    yield;
    const cursor = termFieldStart.slice(0, slots);
    const postDoc = new Uint32Array(total);
    const postFreq = new Uint16Array(total);
    const fromDoc = this.postDoc.array;
    const fromFreq = this.postFreq.array;
    for (let p = 0; p < total; p++) {
      if (p % FINISH_POSTINGS_STEP === FINISH_POSTINGS_STEP - 1) yield;
      const slot = newSlot(fromTermField[p] as number);
      const to = cursor[slot] as number;
      cursor[slot] = to + 1;
      postDoc[to] = fromDoc[p] as number;
      postFreq[to] = fromFreq[p] as number;
    }
    yield;
    // Written forms: per term, the folded tokens seen in sentences, in the order first seen, with their counts.
    const forms = new Map<number, Map<string, number>>();
    const counts = this.surfaceCounts.array;
    for (const [slot, token] of this.surfaceTokens.entries()) {
      const word = token.word as string;
      let perTerm = forms.get(token.term);
      if (perTerm === undefined) {
        perTerm = new Map();
        forms.set(token.term, perTerm);
      }
      perTerm.set(word, (perTerm.get(word) ?? 0) + (counts[slot] as number));
    }
    const surface = order.map((old) => mostFrequent(forms.get(old)));
    this.textStart.push(this.text.length);
    const header: Header = {
      terms,
      surface,
      averageFieldLength: this.averageFieldLength,
      articles: this.articles,
      speakerLists: [...this.speakerLists.keys()].map((k) => (k === '' ? [] : (JSON.parse(k) as string[]))),
      claimants: [...this.claimants.keys()],
      aspectLists: [...this.aspectLists.keys()].map((k) => (k === '' ? [] : (JSON.parse(k) as string[]))),
    };
    const d = this.doc;
    const columns: Columns = {
      termFieldStart,
      postDoc,
      postFreq,
      fieldLength: this.fieldLength.values(),
      docArticle: d.article.values(),
      docParagraph: d.paragraph.values(),
      docSentence: d.sentence.values(),
      docSpeakers: d.speakers.values(),
      docClaimant: d.claimant.values(),
      docKind: d.kind.values(),
      docFlags: d.flags.values(),
      docLocations: d.locations.values(),
      docAspects: d.aspects.values(),
      textStart: this.textStart.values(),
      text: this.text.values(),
    };
    return new PostingIndex(header, columns);
  }
}

function intern(table: Map<string, number>, value: string): number {
  let id = table.get(value);
  if (id === undefined) {
    id = table.size;
    table.set(value, id);
  }
  return id;
}

/** Code-unit order, as MiniSearch's radix tree and a binary search both need (not the locale's). */
function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
