import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect } from 'vitest';
import { chatAsWritten } from '../../src/answers/chat-text.ts';
import { type AnswerContext, createAnswerContext } from '../../src/answers/context.ts';
import { searchAnswer } from '../../src/answers/search.ts';
import type { Answer } from '../../src/answers/types.ts';
import { extractAll } from '../../src/extract/index.ts';
import type { Article } from '../../src/knowledge/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { buildIndex } from '../../src/search/snapshot.ts';

const contexts = new Map<string, Promise<AnswerContext>>();

/** The answer context over a knowledge folder, built once per test file. */
export function contextFor(dir: string): Promise<AnswerContext> {
  let ctx = contexts.get(dir);
  if (!ctx) {
    ctx = (async () => {
      const { articles } = await loadKnowledge(dir);
      const facts = await extractAll(articles);
      return createAnswerContext(articles, facts, buildIndex(articles, facts));
    })();
    contexts.set(dir, ctx);
  }
  return ctx;
}

/** The answer context over the seed knowledge (knowledge/). */
export function seedContext(): Promise<AnswerContext> {
  return contextFor('knowledge');
}

/** Id of the seed article with a publisher (the CNN one) and of the one without. */
export function seedIds(ctx: AnswerContext): { attributed: string; unattributed: string } {
  const attributed = ctx.articles.find((a) => a.meta.publisher !== null)?.id;
  const unattributed = ctx.articles.find((a) => a.meta.publisher === null)?.id;
  if (!attributed || !unattributed)
    throw new Error('the seed knowledge should hold one attributed and one unattributed article');
  return { attributed, unattributed };
}

/**
 * The property every answer keeps: each snippet (items and conflict claims) is a verbatim substring of the
 * paragraph its citation names, citations are numbered 1..n without gaps, and every one is used.
 */
export function expectVerbatim(ctx: AnswerContext, answer: Answer): void {
  expect(answer.citations.map((c) => c.n)).toEqual(answer.citations.map((_, i) => i + 1));
  const used = new Set<number>();
  const check = (snippet: string, n: number) => {
    const c = answer.citations[n - 1];
    expect(c, `citation [${n}] exists`).toBeDefined();
    if (!c) return;
    const paragraph = ctx.paragraph(c.article, c.paragraph);
    expect(paragraph, `${c.article} ¶${c.paragraph} exists`).toBeDefined();
    expect(paragraph).toContain(snippet);
    expect(snippet.length).toBeGreaterThan(0);
    used.add(n);
  };
  for (const s of answer.sections) for (const i of s.items) check(i.snippet, i.citation);
  for (const c of answer.conflicts) for (const claim of c.claims) check(claim.snippet, claim.citation);
  expect(used.size).toBe(answer.citations.length);
  expect(answer.empty).toBe(answer.sections.length === 0 && answer.conflicts.length === 0 && answer.command !== 'help');
  if (answer.empty) expect(answer.notes.length).toBeGreaterThan(0);
}

/** Every snippet of an answer, in order. */
export function snippets(answer: Answer): string[] {
  return answer.sections.flatMap((s) => s.items.map((i) => i.snippet));
}

/** An article of a test knowledge folder: its file name, front matter and paragraphs. */
export interface TestArticle {
  readonly file: string;
  readonly title: string;
  readonly date: string;
  readonly paragraphs: readonly string[];
  /** "Test Wire" when not given. */
  readonly publisher?: string;
}

/**
 * Writes a knowledge folder of the given articles (publisher "Test Wire" unless given) in a new temporary directory, and returns
 * its path and a function that removes it.
 */
export async function writeKnowledge(
  prefix: string,
  articles: readonly TestArticle[],
): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), `briefing-${prefix}-`));
  await mkdir(join(dir, 'articles'));
  for (const a of articles) {
    const front = `---\ntitle: "${a.title}"\npublisher: ${a.publisher ?? 'Test Wire'}\ndate: ${a.date}\n---\n\n`;
    await writeFile(join(dir, 'articles', a.file), `${front}${a.paragraphs.join('\n\n')}\n`);
  }
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/**
 * A knowledge folder of the given articles for the tests of one file: written before them, removed after them.
 * Returns the answer context over it.
 */
export function knowledgeFixture(prefix: string, articles: readonly TestArticle[]): () => Promise<AnswerContext> {
  let written: { dir: string; remove: () => Promise<void> } | undefined;
  beforeAll(async () => {
    written = await writeKnowledge(prefix, articles);
  });
  afterAll(() => written?.remove());
  return () => {
    if (!written) throw new Error('the knowledge fixture is written before the tests run');
    return contextFor(written.dir);
  };
}

/** A question asked as `/search` asks it, with at most `limit` snippets. */
export function ask(ctx: AnswerContext, question: string, limit = 3): Answer {
  return searchAnswer(ctx, { question, limit });
}

/** A question as the chat reader writes it, with no names known. */
export function chat(text: string): string {
  return chatAsWritten(
    text,
    () => false,
    () => false,
  );
}

/** Articles with only their dates (for the time gate, where nothing else matters). */
export function datedArticles(...dates: (string | null)[]): () => Article[] {
  return () =>
    dates.map((date, i) => ({
      id: `a${i}`,
      file: `a${i}.md`,
      format: 'markdown',
      meta: { title: null, publisher: null, byline: [], date, url: null, language: null, tags: [] },
      paragraphs: [{ number: 1, text: 'x' }],
      contentHash: String(i),
    }));
}
