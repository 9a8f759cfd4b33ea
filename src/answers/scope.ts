/**
 * Which story an answer speaks of. A knowledge base follows many stories at once, so every read command answers
 * from the right one and says which: the `story` option names it; without it, archive-wide commands (search,
 * quotes, who, estimates) answer from every story and name the story of each source, while story-level commands
 * (brief, timeline, drills) choose the story that best fits and say how to pick another.
 */

import { fold } from '../search/index.ts';
import { type Story, storyCode } from '../stories/index.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, scopeTo } from './context.ts';
import { given, type Options, textOption } from './options.ts';
import type { StringOptionSpec } from './spec.ts';
import type { Answer, Citation } from './types.ts';

/** Longest story option: a story title as autocomplete offers it (Discord's choice value limit). */
export const STORY_OPTION_MAX = 100;

/** The `story` option every story-level command has, completed from story titles (newest first). */
export const STORY_OPTION = {
  name: 'story',
  type: 'string',
  description: 'Which story: its title or id (see /stories); default: the channel’s story or the best match',
  autocomplete: true,
  minLength: 1,
  maxLength: STORY_OPTION_MAX,
} as const satisfies StringOptionSpec;

/**
 * How a command is scoped when no story is named: `archive` answers from every story (each source names its
 * story); `one` picks one story ({@link StoryPicker}, else the newest) and says so.
 */
export type ScopeMode = 'archive' | 'one';

/** Chooses the story a story-level command speaks of when none is named; undefined leaves the newest story. */
export type StoryPicker = (ctx: AnswerContext, options: Options) => Story | undefined;

function words(text: string): string[] {
  return fold(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0);
}

/**
 * The story a user means by `text`: its id (or its code, from a paging button), its title (exactly, or as far as it was typed: autocomplete cuts long
 * titles), else the story whose title, names and id hold every word typed, newest first. Undefined when none does.
 */
export function resolveStory(ctx: AnswerContext, text: string): Story | undefined {
  const wanted = fold(text).trim();
  if (wanted === '') return undefined;
  const list = ctx.stories.list;
  const exact =
    ctx.stories.byId(wanted) ??
    list.find((s) => storyCode(s.id) === wanted) ??
    list.find((s) => fold(s.title) === wanted) ??
    list.find((s) => wanted.length >= 12 && fold(s.title).startsWith(wanted.replace(/…$/, '')));
  if (exact) return exact;
  const typed = words(wanted).filter((w) => w.length > 1);
  if (typed.length === 0) return undefined;
  return list.find((s) => {
    const known = new Set(words([s.title, s.id, ...s.names].join(' ')));
    return typed.every((w) => known.has(w));
  });
}

/** A short description of a story for notes: its title and date range. */
export function storyLine(story: Story): string {
  const range = story.from && story.to && story.from !== story.to ? `${story.from} – ${story.to}` : (story.from ?? '');
  return range ? `${story.title} (${range})` : story.title;
}

/** The answer when the `story` option names no story: the newest stories to pick from. */
function noSuchStory(ctx: AnswerContext, command: string, options: Options, wanted: string): Answer {
  const b = new AnswerBuilder(ctx, command, given(options));
  b.notes.push(`No story matches "${wanted.slice(0, 60)}".`);
  const newest = ctx.stories.list.slice(0, 5);
  if (newest.length > 0) b.notes.push(`Newest stories: ${newest.map((s) => `${s.title} [${s.id}]`).join('; ')}.`);
  b.suggestions.push('/stories');
  return b.build(`No such story`);
}

/** Names the story in an answer's title, and says how the story was chosen when the user did not choose it. */
function naming(answer: Answer, story: Story, chosen: boolean, stories: number): Answer {
  const notes =
    chosen && stories > 1
      ? [`Story: ${storyLine(story)}. Another story: add story:<title or id>; /stories lists them.`]
      : [];
  return {
    ...answer,
    title: `${answer.title} · ${story.title}`,
    notes: [...notes, ...answer.notes],
    story: { id: story.id, title: story.title, code: storyCode(story.id) },
  };
}

/** Labels each citation with its story when an archive-wide answer draws on more than one story. */
function labelStories(ctx: AnswerContext, answer: Answer): Answer {
  const stories = new Set(answer.citations.map((c) => ctx.stories.of(c.article)?.id));
  if (stories.size <= 1) {
    const only = ctx.stories.of(answer.citations[0]?.article ?? '');
    return only && ctx.stories.list.length > 1 ? naming(answer, only, false, ctx.stories.list.length) : answer;
  }
  const citations: Citation[] = answer.citations.map((c) => ({
    ...c,
    story: ctx.stories.of(c.article)?.title ?? null,
  }));
  return {
    ...answer,
    citations,
    notes: [
      `From ${stories.size} stories; each source names its story. Narrow with story:<title or id>.`,
      ...answer.notes,
    ],
  };
}

/**
 * Wraps an answer function with story scope: the `story` option narrows the context to that story (an unknown
 * story gets a list to choose from); without it, `mode` decides (see {@link ScopeMode}). The wrapped function never
 * sees the `story` option, so answer functions need not know stories exist.
 */
export function scoped(
  command: string,
  answer: (ctx: AnswerContext, options: Options) => Answer,
  mode: ScopeMode,
  pick?: StoryPicker,
): (ctx: AnswerContext, options: Options) => Answer {
  return (ctx, options) => {
    const wanted = textOption(options, 'story');
    const { story: _ignored, ...rest } = options;
    if (wanted !== undefined) {
      const story = resolveStory(ctx, wanted);
      if (!story) return noSuchStory(ctx, command, options, wanted);
      const inner = answer(scopeTo(ctx, story), rest);
      return { ...naming(inner, story, false, ctx.stories.list.length), query: given(options) };
    }
    const count = ctx.stories.list.length;
    if (mode === 'archive' || count === 0) return labelStories(ctx, answer(ctx, rest));
    const story = pick?.(ctx, rest) ?? ctx.stories.list[0];
    if (!story) return answer(ctx, rest);
    return naming(answer(scopeTo(ctx, story), rest), story, true, count);
  };
}
