/**
 * Questions that set names aside: "Besides BP and Shell, did any other oil company pull out of Russia?" asks about
 * others than those named. The names set aside are no names the answer must hold; a passage that names someone else
 * answers before one that names only them, and one that names only them does not answer.
 */

import { fold } from '../search/index.ts';
import type { AnswerContext } from './context.ts';
import { namedByParagraph } from './passages.ts';

/**
 * "Besides X and Y, …", "apart from X, …", "… other than X?": the clause that sets names aside. Each name word is
 * whole (its letters, then a separator before the next): no word can be split in two, so a long run of capitals
 * cannot make the match backtrack without end.
 */
const BESIDES =
  /\b(?:[Bb]esides|[Aa]part from|[Aa]side from|[Oo]ther than|[Ee]xcept(?: for)?|[Ee]xcluding|[Nn]ot counting)\s+(\p{Lu}[\p{L}.&'’-]*(?:(?:,\s*|\s+and\s+|\s+&\s+|\s+)\p{Lu}[\p{L}.&'’-]*){0,7})(?![\p{L}.&'’-])(?=\s*[,?]|\s+\p{Ll}|\s*$)/u;

/**
 * The same clause typed in chat's lower case, where capitals cannot tell a name: only at the question's start and
 * ended by the word that opens the question itself ("besides raskin who else …").
 */
const BESIDES_TYPED_LOWER =
  /^\s*(?:besides|apart from|aside from|other than|except(?: for)?)\s+([\p{L}][\p{L}.&'’-]*(?:\s+(?:and|&)\s+[\p{L}][\p{L}.&'’-]*)?)\s*,?\s+(?=(?:who|whom|what|which|did|does|do|is|are|was|were|has|have|had|how|any|can|could|will|would)\b)/iu;

/** A question with the names it sets aside taken out. */
export interface SetAside {
  /** The question without the clause ("did any other oil company pull out of Russia?"). */
  readonly rest: string;
  /** The names set aside, as typed ("BP", "Shell"). */
  readonly names: readonly string[];
}

/** The names a question sets aside, or null when it sets none aside. */
export function setAside(text: string): SetAside | null {
  const capitalised = BESIDES.exec(text);
  const m = capitalised ?? BESIDES_TYPED_LOWER.exec(text);
  const clause = m?.[1]?.trim();
  if (!m || !clause) return null;
  const names = clause
    .split(/\s*(?:,|\band\b|\s&\s)\s*/)
    .map((n) => n.trim())
    .filter((n) => (capitalised ? /^\p{Lu}/u.test(n) : n.length > 1));
  if (names.length === 0) return null;
  const rest = `${text.slice(0, m.index)} ${text.slice(m.index + m[0].length)}`
    .replace(/^\s*[,;:]\s*/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return { rest: rest.charAt(0).toUpperCase() + rest.slice(1), names };
}

/**
 * Orders passages (any type with an article, paragraph and speakers) for a question that sets names aside: those
 * that name someone else (a body or person, or a speaker) first; those that name only the names set aside dropped.
 */
export function othersFirst<T extends { article: string; paragraph: number; speakers: readonly string[] }>(
  ctx: AnswerContext,
  hits: readonly T[],
  asked: SetAside,
): T[] {
  const aside = asked.names.map((n) => fold(n));
  const isAside = (name: string) => aside.some((a) => fold(name).split(/\s+/).includes(a) || fold(name) === a);
  // A name the rest of the question asks about ("pull out of Russia") is neither someone else nor set aside.
  const rest = ` ${fold(asked.rest).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const namedIn = (h: T) => {
    const key = `${h.article}\0${h.paragraph}`;
    return [
      ...(namedByParagraph(ctx, 'organization').get(key) ?? []),
      ...(namedByParagraph(ctx, 'person').get(key) ?? []),
      ...h.speakers,
    ].filter((n) => !rest.includes(` ${fold(n).replace(/[^\p{L}\p{N}]+/gu, ' ')} `));
  };
  const namesAside = (h: T & { snippet?: string }) =>
    namedIn(h).some(isAside) || asked.names.some((n) => h.snippet?.includes(n) === true);
  const others = hits.filter((h) => namedIn(h).some((n) => !isAside(n)));
  const onlyAside = new Set(hits.filter((h) => !others.includes(h) && namesAside(h)));
  return [...others, ...hits.filter((h) => !others.includes(h) && !onlyAside.has(h))];
}
