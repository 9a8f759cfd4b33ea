import { type AnswerContext, allFigureGroups, people, STORY_OPTION_MAX } from '../answers/index.ts';
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
 * Completion values for an option, best first: speakers by how much they are quoted, people and bodies likewise,
 * subjects disputed first. Values are what the answer functions accept. Options with fixed choices (the drills'
 * aspect) need no completion: the front door shows the choices.
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
    case 'story':
      // Titles, newest story first: what a user recognises. The answer resolves a title back to its story.
      values = ctx.stories.list
        .filter((s) => startsAWord(prefix, [s.title, s.id, ...s.names]))
        .map((s) => (s.title.length > STORY_OPTION_MAX ? s.title.slice(0, STORY_OPTION_MAX) : s.title));
      break;
    case 'subject':
      values = allFigureGroups(ctx)
        .map((g) => g.subject)
        .filter((s) => startsAWord(prefix, [s]));
      break;
  }
  return [...new Set(values)].slice(0, max);
}
