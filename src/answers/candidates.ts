/**
 * The passages that answer a question, as the gates of `ask.ts` narrow and reorder them: how many of the best are
 * read, and how one is put first.
 */

import { type Hit, processTerm, tokenize } from '../search/index.ts';

/** The passages with `first` before the rest, each once, in their order. */
export function putFirst<T>(first: readonly T[], all: readonly T[]): T[] {
  const chosen = new Set(first);
  return [...first, ...all.filter((s) => !chosen.has(s))];
}

/** How many of the best passages are read for the question's words before it is refused. */
export const COVER_CANDIDATES = 3;

/** The question's own word for its verb, for messages ("won", not the index term "win"), or as the question was read. */
export function verbOf(text: string, term: string | null, read = ''): string {
  if (term === null) return '';
  // A chat form read otherwise ("taking over": succeed) is named as read.
  const of = (t: string) => tokenize(t).find((w) => processTerm(w) === term);
  return of(text) ?? of(read) ?? term;
}

/**
 * The passages as they stand when one of the best few passes the test; else with the first of the next few that
 * does put first (the best may be other lines of the story); null when none of them does. When the best names
 * nothing at all (`namesNothing`: "The accounting firm that prepared …"), the next of the few that passes comes first.
 */
export function withOneFirst<T extends { hit: Hit }>(
  answering: readonly T[],
  test: (h: Hit) => boolean,
  namesNothing: (h: Hit) => boolean = () => false,
): T[] | null {
  const first = answering[0];
  if (first && !test(first.hit) && namesNothing(first.hit)) {
    // The best names nothing at all: the best of the few after it that names one answers first.
    const near = answering.slice(1, COVER_CANDIDATES).find((s) => test(s.hit));
    if (near) return putFirst([near], answering);
  }
  if (answering.slice(0, COVER_CANDIDATES).some((s) => test(s.hit))) return [...answering];
  const further = answering.slice(COVER_CANDIDATES, NAMING_CANDIDATES).find((s) => test(s.hit));
  return further ? putFirst([further], answering) : null;
}

/**
 * The passages of the `count` best paragraphs, in order: a paragraph several of whose sentences rank high counts once,
 * so that it does not push the next ones out of a "best few".
 */
export function topParagraphs<T extends { hit: Hit }>(all: readonly T[], count: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const s of all) {
    const key = `${s.hit.article}\0${s.hit.paragraph}`;
    if (!seen.has(key)) {
      if (seen.size === count) break;
      seen.add(key);
    }
    out.push(s);
  }
  return out;
}

/** How many of the best passages are read for one that names someone, before a "who" is refused. */
export const NAMING_CANDIDATES = 8;

/** What a gate leaves: the passages that still answer, in order, or the reason none does. */
export type Gated<T> = { readonly answering: T[] } | { readonly refusal: string };
