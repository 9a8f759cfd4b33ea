import { isStopword, readable, tokenize } from '../search/index.ts';
import type { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';

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
): void {
  // Words as the user typed them ("UK", not the index's one token for it), each checked through the index's terms.
  const words = (searched.match(/[\p{L}\p{N}][\p{L}\p{N}.'’-]*/gu) ?? [])
    .map((w) => w.replace(/[.'’]+$/u, ''))
    .filter((w) => tokenize(w).some((t) => !isStopword(t)));
  b.notes.push(`Nothing in the ${ctx.articles.length} article(s) matched ${what} "${searched}".`);
  if (words.length > 0) {
    const unknown = words.filter((w) => !tokenize(w).some((t) => ctx.index.knows(t)));
    b.notes.push(`Searched for: ${words.join(', ')}.`);
    if (unknown.length > 0) b.notes.push(`Not found in any article: ${unknown.join(', ')}.`);
  }
  const asked = new Set(words.map((w) => w.toLowerCase()));
  const close = ctx.index
    .suggest(searched)
    .map(readable)
    .filter((s) => !asked.has(s.toLowerCase()));
  if (close.length > 0) b.notes.push(`Close words that do appear: ${close.join(', ')}.`);
  b.suggestions.push(...alternatives, ...close.map((w) => `/search ${w}`));
  if (b.suggestions.length === 0 || alternatives.length === 0) b.suggestions.push('/brief', '/sources');
}
