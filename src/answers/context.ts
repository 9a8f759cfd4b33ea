import type { ArticleFacts } from '../extract/types.ts';
import type { Article } from '../knowledge/index.ts';
import type { SearchIndex } from '../search/index.ts';
import { referenceRarity, type Story, type StoryCatalogue, StoryGrouper } from '../stories/index.ts';

/**
 * Everything the answer functions read: the articles, their facts and the search index, with lookups built once
 * per load so each answer stays well under a millisecond.
 */
export interface AnswerContext {
  readonly articles: readonly Article[];
  readonly facts: readonly ArticleFacts[];
  readonly index: SearchIndex;
  /** Article by id. */
  readonly article: (id: string) => Article | undefined;
  /** Verbatim paragraph text, or undefined when the paragraph does not exist. */
  readonly paragraph: (article: string, n: number) => string | undefined;
  /** Every story of the loaded knowledge (not only those in scope), with lookups. */
  readonly stories: StoryCatalogue;
  /** The story this context is narrowed to ({@link scopeTo}), or null for the whole archive. */
  readonly scope: Story | null;
  /** The whole-archive context a story's context was narrowed from; null for the whole archive itself. */
  readonly whole: AnswerContext | null;
}

/** Groups articles into stories from scratch (tests and one-off tools; the service keeps its grouper across reloads). */
export function groupStories(articles: readonly Article[]): StoryCatalogue {
  const grouper = new StoryGrouper({ rarity: referenceRarity() });
  grouper.addAll(articles.map(storyArticle));
  return grouper.catalogue();
}

/** What story grouping reads of an article. */
export function storyArticle(a: Article) {
  return {
    id: a.id,
    title: a.meta.title,
    date: a.meta.date,
    publisher: a.meta.publisher,
    paragraphs: a.paragraphs.map((p) => p.text),
    pinned: a.meta.story ?? null,
  };
}

/** The facts of a context, or how to get them: a start from a snapshot reads them only when an answer needs them. */
export type FactsSource = readonly ArticleFacts[] | (() => readonly ArticleFacts[]);

/** For each context made with lazy facts, the facts if they have been read yet. */
const readSoFar = new WeakMap<object, () => readonly ArticleFacts[] | undefined>();

/**
 * A context's facts if they are in memory already, without reading them: a reload reuses the facts of unchanged
 * articles from the generation it replaces, but must not make that generation read them all first.
 */
export function factsIfRead(ctx: AnswerContext): readonly ArticleFacts[] | undefined {
  const lazy = readSoFar.get(ctx);
  return lazy ? lazy() : ctx.facts;
}

/** Defines `facts` on a context object, computed on first read when given as a function. */
function withFacts<T extends object>(target: T, source: FactsSource): T & { readonly facts: readonly ArticleFacts[] } {
  if (typeof source !== 'function') return Object.assign(target, { facts: source });
  let facts: readonly ArticleFacts[] | undefined;
  readSoFar.set(target, () => facts);
  return Object.defineProperty(target, 'facts', {
    enumerable: true,
    get: () => {
      facts ??= source();
      return facts;
    },
  }) as T & { readonly facts: readonly ArticleFacts[] };
}

/**
 * Builds the lookups of an {@link AnswerContext}; without `stories`, the articles are grouped now. `facts` may be a
 * function, called the first time an answer reads them (a `/search` never does).
 */
export function createAnswerContext(
  articles: readonly Article[],
  facts: FactsSource,
  index: SearchIndex,
  stories: StoryCatalogue = groupStories(articles),
): AnswerContext {
  const byId = new Map(articles.map((a) => [a.id, a]));
  // An article holds a few dozen paragraphs: a scan of one costs less than a map over every paragraph of the archive.
  // The dateline block is citable too (a byline is cited from it), though no fact is read from it.
  const paragraph = (article: string, n: number) => {
    const a = byId.get(article);
    return a?.paragraphs.find((p) => p.number === n)?.text ?? (a?.dateline?.number === n ? a.dateline.text : undefined);
  };
  return withFacts(
    {
      articles,
      index,
      article: (id: string) => byId.get(id),
      paragraph,
      stories,
      scope: null,
      whole: null,
    },
    facts,
  );
}

/**
 * The context narrowed to one story: its articles, their facts, and the index seen through them. Lookups of
 * articles and paragraphs stay whole (a citation is always resolvable). Made once per story and context.
 */
export function scopeTo(ctx: AnswerContext, story: Story): AnswerContext {
  if (ctx.scope?.id === story.id) return ctx;
  const whole = ctx.whole ?? ctx;
  return memo(whole, `scope\0${story.id}`, () => {
    const ids = new Set(story.articles);
    return withFacts(
      {
        articles: whole.articles.filter((a) => ids.has(a.id)),
        index: whole.index.scoped(ids),
        article: whole.article,
        paragraph: whole.paragraph,
        stories: whole.stories,
        scope: story,
        whole,
      },
      () => whole.facts.filter((f) => ids.has(f.article)),
    );
  });
}

const memos = new WeakMap<AnswerContext, Map<string, unknown>>();

/**
 * Computes a value once per context (per loaded knowledge) and reuses it: the people directory, figure groups,
 * the timeline. A reload makes a new context, so nothing stale survives it.
 */
export function memo<T>(ctx: AnswerContext, key: string, compute: () => T): T {
  let m = memos.get(ctx);
  if (!m) {
    m = new Map();
    memos.set(ctx, m);
  }
  if (m.has(key)) return m.get(key) as T;
  const value = compute();
  m.set(key, value);
  return value;
}

/** How long one {@link Stepwise.step} call may run its generator's steps for. */
const STEP_BUDGET_MS = 8;

/** A value built in steps (see {@link stepwise}). */
export interface Stepwise<T> {
  /** Does one more step (or several small ones, for a few milliseconds); true when the value is complete. */
  step(): boolean;
  /** The value, finishing whatever steps are left. */
  value(): T;
}

/**
 * A per-context value (like {@link memo}) whose computation is a generator that yields between steps, so a
 * service can build it a step per turn of the event loop; whoever needs it first finishes it at once.
 */
export function stepwise<T>(ctx: AnswerContext, key: string, make: () => Generator<void, T, void>): Stepwise<T> {
  return memo(ctx, key, () => {
    const steps = make();
    let result: { value: T } | null = null;
    // Steps are small, so that none holds up the event loop on a large archive; one call runs as many as fit in a
    // few milliseconds, so that a small knowledge is not built over hundreds of turns of the loop.
    const step = () => {
      const until = performance.now() + STEP_BUDGET_MS;
      while (!result) {
        const next = steps.next();
        if (next.done) result = { value: next.value };
        else if (performance.now() >= until) break;
      }
      return result !== null;
    };
    return {
      step,
      value: () => {
        while (!step());
        return (result as { value: T }).value;
      },
    };
  });
}

export { runSteps } from '../steps.ts';

/** Elements sorted or merged between two yields of {@link sortInSteps}. */
const SORT_STEP = 2048;

/**
 * A stable sort that yields between steps (for a {@link stepwise} value): runs of the list are sorted, then merged
 * pairwise, a bounded number of elements per step. Being stable, it orders the list exactly as `Array.sort` with the
 * same comparison does. Returns a new array.
 */
export function* sortInSteps<T>(items: readonly T[], compare: (a: T, b: T) => number): Generator<void, T[], void> {
  let from: T[] = [];
  for (let i = 0; i < items.length; i += SORT_STEP) {
    from.push(...items.slice(i, i + SORT_STEP).sort(compare));
    if (i + SORT_STEP < items.length) yield;
  }
  let to: T[] = new Array<T>(from.length);
  let moved = 0;
  for (let width = SORT_STEP; width < from.length; width *= 2) {
    for (let start = 0; start < from.length; start += 2 * width) {
      const middle = Math.min(start + width, from.length);
      const end = Math.min(start + 2 * width, from.length);
      let i = start;
      let j = middle;
      for (let k = start; k < end; k++) {
        // Ties take from the left run: that keeps the sort stable.
        to[k] = (j >= end || (i < middle && compare(from[i] as T, from[j] as T) <= 0) ? from[i++] : from[j++]) as T;
        if (++moved % SORT_STEP === 0) yield;
      }
    }
    [from, to] = [to, from];
  }
  return from;
}
