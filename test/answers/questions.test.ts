import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { searchAnswer } from '../../src/answers/search.ts';
import { expectVerbatim, seedContext } from './seed.ts';

interface Question {
  readonly q: string;
  readonly expect: ReadonlyArray<readonly [string, number]>;
}

/** The shared example questions and our own, phrased as people ask them, all on the seed knowledge. */
const SETS: Record<string, string> = {
  shared: '../shared/eval/questions.json',
  ours: 'test/fixtures/questions.json',
};

describe.each(Object.entries(SETS))('search on the %s questions', (_name, file) => {
  const questions = JSON.parse(readFileSync(file, 'utf8')) as Question[];

  it('puts an answering paragraph in the top 3 for every question and first for at least 90%', async () => {
    const ctx = await seedContext();
    let first = 0;
    const missed: string[] = [];
    for (const { q, expect: wanted } of questions) {
      const answer = searchAnswer(ctx, { question: q, limit: 3 });
      expectVerbatim(ctx, answer);
      const cited = answer.sections.flatMap((s) => s.items).map((i) => answer.citations[i.citation - 1]);
      const rank = cited.findIndex((c) => wanted.some(([a, p]) => c?.article === a && c.paragraph === p));
      if (rank === 0) first++;
      if (rank < 0) missed.push(q);
    }
    expect(missed).toEqual([]);
    expect(first / questions.length).toBeGreaterThanOrEqual(0.9);
  });
});
