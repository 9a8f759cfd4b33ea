/**
 * The facts cache's compact form. An article's facts repeat its text several times over: every sentence is a copy
 * of part of a paragraph, and most quotations, figures, dates and events carry their sentence again as `context`.
 * Packed, a sentence is its offsets and a context that is a sentence is that sentence's number; unpacked against
 * the article, every sentence is a slice of its paragraph and every such context the very same string, so the
 * cache is a third of the size on disk and the facts share their text in memory instead of holding copies.
 */
import type { Article } from '../knowledge/types.ts';
import type { ArticleFacts, Sentence } from './types.ts';

/** Layout of a packed file; a file of another layout is a cache miss. */
const PACK_VERSION = 1;

/** A sentence: paragraph, index, start, end, and its text only when it is not that slice of the paragraph. */
type PackedSentence = [number, number, number, number] | [number, number, number, number, string];

type Fact = Record<string, unknown>;

/** Facts as written to the cache. */
export interface PackedFacts {
  readonly v: typeof PACK_VERSION;
  readonly article: string;
  readonly contentHash: string;
  readonly sentences: PackedSentence[];
  readonly quotes: Fact[];
  readonly figures: Fact[];
  readonly dates: Fact[];
  readonly entities: Fact[];
  readonly events: Fact[];
}

const FACT_LISTS = ['quotes', 'figures', 'dates', 'events'] as const;

/** The packed form of an article's facts (see the module comment). */
export function packFacts(article: Article, facts: ArticleFacts): PackedFacts {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.number, p.text]));
  const sentenceNumber = new Map<string, number>();
  const sentences = facts.sentences.map((s, i): PackedSentence => {
    const key = `${s.paragraph}\u0000${s.text}`;
    if (!sentenceNumber.has(key)) sentenceNumber.set(key, i);
    const slice = paragraphs.get(s.paragraph)?.slice(s.start, s.end);
    return slice === s.text ? [s.paragraph, s.index, s.start, s.end] : [s.paragraph, s.index, s.start, s.end, s.text];
  });
  const pack = (fact: object): Fact => {
    const out: Fact = {};
    for (const [key, value] of Object.entries(fact)) {
      if (key === 'article' && value === facts.article) continue;
      const paragraph = (fact as { paragraph?: number }).paragraph;
      const n =
        key === 'context' && typeof value === 'string' ? sentenceNumber.get(`${paragraph}\u0000${value}`) : undefined;
      out[key] = n ?? value;
    }
    return out;
  };
  return {
    v: PACK_VERSION,
    article: facts.article,
    contentHash: facts.contentHash,
    sentences,
    quotes: facts.quotes.map(pack),
    figures: facts.figures.map(pack),
    dates: facts.dates.map(pack),
    entities: facts.entities.map((e) => ({ ...e })),
    events: facts.events.map(pack),
  };
}

/**
 * The facts of a packed file, with their text taken from the article; null when the file is not a pack of this
 * layout for this article (its id or content changed), which the cache treats as a miss.
 */
export function unpackFacts(article: Article, packed: unknown): ArticleFacts | null {
  const p = packed as Partial<PackedFacts> | null;
  if (
    p === null ||
    typeof p !== 'object' ||
    p.v !== PACK_VERSION ||
    p.article !== article.id ||
    p.contentHash !== article.contentHash ||
    !Array.isArray(p.sentences)
  ) {
    return null;
  }
  const paragraphs = new Map(article.paragraphs.map((x) => [x.number, x.text]));
  const sentences: Sentence[] = [];
  for (const s of p.sentences) {
    const [paragraph, index, start, end, own] = s;
    const text = own ?? paragraphs.get(paragraph)?.slice(start, end);
    if (text === undefined) return null;
    sentences.push({ article: article.id, paragraph, index, text, start, end });
  }
  const unpack = (fact: Fact): Fact => {
    // `article` comes first in every fact that has one, as the extractor writes it.
    const out: Fact = 'paragraph' in fact && !('article' in fact) ? { article: article.id } : {};
    for (const [key, value] of Object.entries(fact)) {
      out[key] = key === 'context' && typeof value === 'number' ? sentences[value]?.text : value;
    }
    return out;
  };
  const list = (name: (typeof FACT_LISTS)[number]) => (p[name] ?? []).map(unpack) as never;
  return {
    article: article.id,
    contentHash: article.contentHash,
    sentences,
    quotes: list('quotes'),
    figures: list('figures'),
    dates: list('dates'),
    entities: (p.entities ?? []) as never,
    events: list('events'),
  };
}
