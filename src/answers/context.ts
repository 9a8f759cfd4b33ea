import type { ArticleFacts } from '../extract/types.ts';
import type { Article } from '../knowledge/index.ts';
import type { SearchIndex } from '../search/index.ts';

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
}

/** Builds the lookups of an {@link AnswerContext}. */
export function createAnswerContext(
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
  index: SearchIndex,
): AnswerContext {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const paragraphs = new Map<string, string>();
  for (const a of articles) for (const p of a.paragraphs) paragraphs.set(`${a.id}\0${p.number}`, p.text);
  return {
    articles,
    facts,
    index,
    article: (id) => byId.get(id),
    paragraph: (article, n) => paragraphs.get(`${article}\0${n}`),
  };
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
