import { isStopword, readable, tokenize } from '../search/index.ts';
import type { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';

/** Longest stretch of a user's words repeated in an answer's title or notes. */
export const ASKED_SHOWN_MAX = 120;

/** A user's words as an answer repeats them: cut at a word near {@link ASKED_SHOWN_MAX} characters. */
export function asAsked(text: string): string {
  if (text.length <= ASKED_SHOWN_MAX) return text;
  const cut = text.slice(0, ASKED_SHOWN_MAX);
  const space = cut.lastIndexOf(' ');
  return `${space > ASKED_SHOWN_MAX / 2 ? cut.slice(0, space) : cut}…`;
}

/**
 * Fills an answer that found nothing: says so plainly, shows what was searched (the words that counted), and
 * suggests close words the knowledge does hold, plus commands that do have answers. Never a guess.
 */
export function explainNoMatch(
  b: AnswerBuilder,
  ctx: AnswerContext,
  what: string,
  searched: string,
  alternatives: readonly string[] = [],
  refused = false,
): void {
  // Words as the user typed them ("UK", not the index's one token for it), each checked through the index's terms.
  const words = (searched.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [])
    .map((w) => w.replace(/[.'’]+$/u, ''))
    .filter((w) => tokenize(w).some((t) => !isStopword(t)));
  // A refused question did match passages, but none that answers it: the refusal says why.
  b.notes.push(
    refused
      ? `No passage of the ${ctx.articles.length} article(s) answers ${what} "${asAsked(searched)}".`
      : `Nothing in the ${ctx.articles.length} article(s) matched ${what} "${asAsked(searched)}".`,
  );
  const unknown = words.filter((w) => !tokenize(w).some((t) => ctx.index.knows(t)));
  if (words.length > 0) {
    b.notes.push(`Searched for: ${asAsked(words.join(', '))}.`);
    if (unknown.length > 0) b.notes.push(`Not found in any article: ${asAsked(unknown.join(', '))}.`);
  }
  const asked = new Set(words.map((w) => w.toLowerCase()));
  // Close words stand in for words the articles lack; after a refusal, the words they hold need none.
  const close = ctx.index
    .suggest(refused ? unknown.join(' ') : searched)
    .map(readable)
    .filter((s) => !asked.has(s.toLowerCase()));
  if (close.length > 0) b.notes.push(`Close words that do appear: ${close.join(', ')}.`);
  b.suggestions.push(...alternatives, ...close.map((w) => `/search ${w}`));
  if (b.suggestions.length === 0 || alternatives.length === 0) b.suggestions.push('/brief', '/sources');
}
