import { type AnswerContext, allFigureGroups, DRILL_ASPECTS, people } from '../answers/index.ts';
import { fold } from '../search/index.ts';
import type { CompletableOption } from './types.ts';

/** Does any word of any of the names start with the prefix ("pes" → "Dmitry Peskov")? An empty prefix matches all. */
function startsAWord(prefix: string, names: readonly string[]): boolean {
  const p = fold(prefix).trim();
  if (p === '') return true;
  return names.some((n) => {
    const f = fold(n);
    return f.startsWith(p) || f.split(/[^\p{L}\p{N}]+/u).some((w) => w.startsWith(p));
  });
}

/**
 * Completion values for an option, best first: speakers by how much they are quoted, subjects disputed first,
 * aspects in their fixed order, topic words alphabetically. Values are what the answer functions accept.
 */
export function complete(ctx: AnswerContext, option: CompletableOption, prefix: string, limit = 25): string[] {
  const max = Math.max(0, Math.min(limit, 25));
  let values: string[];
  switch (option) {
    case 'speaker':
      values = people(ctx)
        .filter((p) => p.quotes.length > 0 && startsAWord(prefix, [p.name, ...p.aliases, ...p.roles]))
        .map((p) => p.name);
      break;
    case 'name':
      values = people(ctx)
        .filter((p) => startsAWord(prefix, [p.name, ...p.aliases, ...p.roles]))
        .map((p) => p.name);
      break;
    case 'subject':
      values = allFigureGroups(ctx)
        .map((g) => g.subject)
        .filter((s) => startsAWord(prefix, [s]));
      break;
    case 'aspect':
      values = Object.keys(DRILL_ASPECTS).filter((a) => startsAWord(prefix, [a]));
      break;
    case 'topic':
      values = ctx.index.words(prefix, max);
      break;
  }
  return [...new Set(values)].slice(0, max);
}
