import { contentWords, foldText, properNames } from './terms.ts';

/** What grouping reads of an article: its words, never its facts, so stories exist before extraction finishes. */
export interface StoryArticle {
  readonly id: string;
  readonly title: string | null;
  /** `YYYY-MM-DD`, or null for an undated article (it may then join a story of any date). */
  readonly date: string | null;
  readonly publisher: string | null;
  /** Body paragraphs in order, verbatim. */
  readonly paragraphs: readonly string[];
  /** A story slug set by a moderator (`story:` in the front matter): it overrides grouping. */
  readonly pinned: string | null;
}

/**
 * How much each part of an article counts. The headline and the first paragraphs name the event; deep paragraphs
 * drift into background that neighbouring stories share, so only the opening of the body is read.
 */
export const WEIGHTS = {
  title: 3,
  paragraph: 1,
  /** Body paragraphs read, after boilerplate is dropped. */
  paragraphs: 8,
  /** A multi-word name counts this many times a single word. */
  name: 2,
} as const;

/** Prefix keeping multi-word names apart from single words in one vector. */
const NAME_PREFIX = 'n:';

/**
 * Raw term counts of an article's opening: headline words, body words and multi-word names, weighted by
 * {@link WEIGHTS}. `isBoilerplate` drops page furniture repeated across articles (navigation, newsletter prompts);
 * `onName` hears each name term with its written form, for showing a story's key names.
 */
export function termCounts(
  article: StoryArticle,
  isBoilerplate: (paragraph: string) => boolean,
  onName?: (term: string, written: string) => void,
): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (term: string, weight: number) => counts.set(term, (counts.get(term) ?? 0) + weight);
  const body = article.paragraphs.filter((p) => !isBoilerplate(p)).slice(0, WEIGHTS.paragraphs);
  if (article.title) for (const w of contentWords(article.title)) add(w, WEIGHTS.title);
  for (const p of body) for (const w of contentWords(p)) add(w, WEIGHTS.paragraph);
  const text = [article.title ?? '', ...body].join(' \n ');
  for (const name of properNames(text)) {
    const term = NAME_PREFIX + foldText(name);
    add(term, WEIGHTS.name);
    onName?.(term, name);
  }
  return counts;
}

/** Whether a term is a multi-word name (as opposed to a single word). */
export function isNameTerm(term: string): boolean {
  return term.startsWith(NAME_PREFIX);
}

/** The readable form of a term. */
export function termText(term: string): string {
  return isNameTerm(term) ? term.slice(NAME_PREFIX.length) : term;
}

/**
 * A sparse, unit-length term vector: term ids ascending (see {@link Vocabulary}) and their weights. Typed arrays,
 * not maps: an archive holds thousands of these and compares each new article with dozens of them.
 */
export interface TermVector {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
}

/** Numbers terms, so vectors can be compared by merging sorted id arrays. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly names: string[] = [];

  /** The id of a term, numbering it on first sight. */
  id(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(term, id);
      this.names.push(term);
    }
    return id;
  }

  /** The term of an id. */
  term(id: number): string {
    return this.names[id] ?? '';
  }
}

/**
 * TF-IDF with sublinear term frequency, scaled to unit length. `frequency(term)` and `documents` describe the
 * collection the rarity of a term is judged against.
 */
export function weigh(
  counts: ReadonlyMap<string, number>,
  frequency: (term: string) => number,
  documents: number,
  vocabulary: Vocabulary,
): TermVector {
  const entries: [number, number][] = [];
  let norm = 0;
  for (const [term, count] of counts) {
    const weight = (1 + Math.log(count)) * Math.log((documents + 1) / (frequency(term) + 0.5));
    if (weight <= 0) continue;
    entries.push([vocabulary.id(term), weight]);
    norm += weight * weight;
  }
  entries.sort((a, b) => a[0] - b[0]);
  const length = Math.sqrt(norm) || 1;
  return {
    terms: Int32Array.from(entries, (e) => e[0]),
    weights: Float64Array.from(entries, (e) => e[1] / length),
  };
}

/** Cosine of two unit vectors: a merge of their sorted term ids. */
export function cosine(a: TermVector, b: TermVector): number {
  let i = 0;
  let j = 0;
  let sum = 0;
  const x = a.terms;
  const y = b.terms;
  while (i < x.length && j < y.length) {
    const s = x[i] as number;
    const t = y[j] as number;
    if (s === t) {
      sum += (a.weights[i] as number) * (b.weights[j] as number);
      i++;
      j++;
    } else if (s < t) i++;
    else j++;
  }
  return sum;
}
