import type { Sentence } from '../extract/types.ts';
import type { Story } from '../stories/index.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, memo } from './context.ts';
import { given, type Options } from './options.ts';
import { PAGING_OPTIONS } from './paging.ts';
import { storyLine } from './scope.ts';
import type { CommandSpec } from './spec.ts';
import type { Answer, StorySummary } from './types.ts';

/** `/stories`: its entry in the command catalogue. */
export const spec = {
  name: 'stories',
  summary: 'the stories the articles tell, newest first, with dates, article counts and publishers',
  description: 'The stories in the knowledge base, newest first; use their titles in the story option',
  options: [...PAGING_OPTIONS],
  examples: ['/stories'],
} as const satisfies CommandSpec;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Where each article is in the context's list, and its first sentence: looked up per story, built once. */
function articleLookups(ctx: AnswerContext) {
  return memo(ctx, 'story-ledes', () => {
    const position = new Map<string, number>();
    ctx.articles.forEach((a, i) => {
      if (!position.has(a.id)) position.set(a.id, i);
    });
    const firstSentence = new Map<string, Sentence | undefined>();
    for (const f of ctx.facts) if (!firstSentence.has(f.article)) firstSentence.set(f.article, f.sentences[0]);
    return { position, firstSentence };
  });
}

/** The first sentence of a story's central article, as its cited lede. */
function lede(ctx: AnswerContext, story: Story): { article: string; paragraph: number; text: string } | null {
  const { position, firstSentence } = articleLookups(ctx);
  // The central article is the first (in the context's order) that carries the story's title.
  let central: number | undefined;
  for (const id of story.articles) {
    const at = position.get(id);
    if (at !== undefined && ctx.articles[at]?.meta.title === story.title && (central === undefined || at < central))
      central = at;
  }
  const articleId = (central === undefined ? undefined : ctx.articles[central]?.id) ?? story.articles[0];
  if (articleId === undefined) return null;
  const sentence = firstSentence.get(articleId);
  if (sentence) return { article: articleId, paragraph: sentence.paragraph, text: sentence.text };
  const first = ctx.article(articleId)?.paragraphs[0];
  return first ? { article: articleId, paragraph: first.number, text: first.text } : null;
}

/** A story as the JSON front door prints it (the contract of `../shared/eval/README.md`, plus dates and names). */
function summary(story: Story): StorySummary {
  return {
    id: story.id,
    title: story.title,
    articles: story.articles,
    from: story.from,
    to: story.to,
    publishers: story.publishers,
    names: story.names,
  };
}

/**
 * `/stories`: every story newest first, each with its title, date range, article count and publishers, cited by
 * the opening sentence of its central article. Every article is in exactly one story.
 */
export function storiesAnswer(ctx: AnswerContext, options: Options): Answer {
  // The list is the same whatever page is asked for: made once per knowledge, then only the query differs.
  return { ...memo(ctx, 'stories-answer', () => listStories(ctx)), query: given(options) };
}

function listStories(ctx: AnswerContext): Answer {
  const b = new AnswerBuilder(ctx, 'stories', {});
  const stories = ctx.scope ? [ctx.scope] : ctx.stories.list;
  b.section(
    'Stories',
    stories.map((story) => {
      const first = lede(ctx, story);
      if (!first) return null;
      const publishers = story.publishers.length > 0 ? ` · ${story.publishers.join(', ')}` : '';
      // An untitled story's title is its opening sentence, which the snippet already shows.
      const title = first.text.startsWith(story.title.replace(/…$/, '')) ? (story.from ?? 'undated') : storyLine(story);
      const label = `${title} · ${plural(story.articles.length, 'article')}${publishers} · id ${story.id}`;
      return b.item(first.text, first, label);
    }),
  );
  if (!b.hasContent) {
    b.notes.push('The knowledge folder holds no articles yet.');
    b.suggestions.push('/sources');
  }
  const answer = b.build(`Stories (${stories.length})`);
  return { ...answer, stories: stories.map(summary) };
}
