import type { Hit, SearchOptions } from '../search/index.ts';
import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, limitOption, type Options, textOption } from './options.ts';
import type { Answer } from './types.ts';

/** Default number of snippets `/search` returns. */
export const DEFAULT_SEARCH_LIMIT = 5;

/**
 * The best hit of each paragraph, best paragraph first. One snippet per paragraph: three sentences of the same
 * paragraph would crowd out the other places that answer the question.
 */
export function bestPerParagraph(ctx: AnswerContext, question: string, limit: number, opts: SearchOptions = {}): Hit[] {
  const out: Hit[] = [];
  const seen = new Set<string>();
  for (const hit of ctx.index.search(question, { ...opts, limit: 200 })) {
    const key = `${hit.article}\0${hit.paragraph}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(hit);
    if (out.length >= limit) break;
  }
  return out;
}

/** `/search <question> [limit]`: the verbatim snippets that best answer a free question, each cited. */
export function searchAnswer(ctx: AnswerContext, options: Options): Answer {
  const question = textOption(options, 'question');
  const { limit, invalid } = limitOption(options, DEFAULT_SEARCH_LIMIT);
  const b = new AnswerBuilder(ctx, 'search', given(options));
  if (invalid) b.notes.push(`"limit" must be a whole number from 1; showing ${limit}.`);
  if (question === undefined) {
    b.notes.push('Ask a question, for example: /search how far is Kyiv');
    b.suggestions.push('/search how far is Kyiv', '/brief');
    return b.build('Search');
  }
  const hits = bestPerParagraph(ctx, question, limit);
  b.section(
    'Best matches',
    hits.map((h) => b.item(h.snippet, h, h.speakers.length > 0 ? h.speakers.join(', ') : undefined)),
  );
  if (!b.hasContent) explainNoMatch(b, ctx, 'the question', question, ['/brief']);
  return b.build(`Search: ${question}`);
}
