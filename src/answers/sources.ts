import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { given, type Options } from './options.ts';
import { PAGING_OPTIONS } from './paging.ts';
import { STORY_OPTION } from './scope.ts';
import type { CommandSpec } from './spec.ts';
import type { Answer } from './types.ts';

/** What an article with no publisher is called everywhere: honest, never an invented outlet. */
export const UNATTRIBUTED = 'unattributed article';

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `/sources`: its entry in the command catalogue. It walks every article, hence `slow`. */
export const spec = {
  name: 'sources',
  summary: 'the articles behind every answer',
  description: 'Every article in the knowledge base with publisher, byline, date and link',
  options: [STORY_OPTION, ...PAGING_OPTIONS],
  examples: ['/sources'],
  slow: true,
} as const satisfies CommandSpec;

/**
 * `/sources`: every article with its publisher, byline, date and URL (carried by the citation) and how many
 * paragraphs, quotes and figures it holds; each cited by its opening sentence.
 */
export function sourcesAnswer(ctx: AnswerContext, options: Options): Answer {
  const b = new AnswerBuilder(ctx, 'sources', given(options));
  const byArticle = new Map(ctx.facts.map((f) => [f.article, f]));
  const items = ctx.articles.map((a) => {
    const facts = byArticle.get(a.id);
    const first = facts?.sentences[0];
    const paragraph = first?.paragraph ?? a.paragraphs[0]?.number ?? 1;
    const snippet = first?.text ?? a.paragraphs[0]?.text ?? '';
    const counts = [
      plural(a.paragraphs.length, 'paragraph'),
      plural(facts?.quotes.filter((q) => q.kind !== 'term').length ?? 0, 'quote'),
      plural(facts?.figures.length ?? 0, 'figure'),
    ].join(', ');
    const name = a.meta.title ?? a.meta.publisher ?? UNATTRIBUTED;
    return b.item(snippet, { article: a.id, paragraph }, `${name} (${a.file}): ${counts}`);
  });
  b.section('Articles', items);
  const undated = ctx.articles.filter((a) => a.meta.publisher === null && a.meta.date === null).length;
  if (undated > 0)
    b.notes.push(`${plural(undated, 'article')} name no publisher and no date; shown as "${UNATTRIBUTED}".`);
  if (!b.hasContent) {
    b.notes.push('The knowledge folder holds no articles yet.');
    b.suggestions.push('Add articles to knowledge/articles/ and run "briefing validate".');
  }
  return b.build(`Sources (${plural(ctx.articles.length, 'article')})`);
}
