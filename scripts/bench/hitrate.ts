import type { Answer } from '../../src/answers/types.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createBriefingService } from '../../src/service/index.ts';
import { BaselineIndex } from './baseline.ts';
import type { LabelledQuestion } from './questions.ts';

/** Hit rate on labelled questions: share answered in first place, within the top K, and the mean reciprocal rank. */
export interface HitRate {
  readonly questions: number;
  readonly hitAt1: number;
  readonly hitAtK: number;
  readonly mrr: number;
}

/** Hit rate of ours and the baseline's on the same questions and articles, with K = `k`. */
export interface HitRateComparison {
  readonly k: number;
  readonly knowledge: string;
  readonly ours: HitRate;
  readonly baseline: HitRate;
}

type Place = { readonly article: string; readonly paragraph: number };

/** The cited paragraphs of an answer, in the order its items show them. */
export function citedPlaces(answer: Answer): Place[] {
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  const out: Place[] = [];
  for (const section of answer.sections) {
    for (const item of section.items) {
      const c = byNumber.get(item.citation);
      if (c && !out.some((p) => p.article === c.article && p.paragraph === c.paragraph)) {
        out.push({ article: c.article, paragraph: c.paragraph });
      }
    }
  }
  return out;
}

/** Scores ranked answers as the shared scorer does: the rank of the first expected paragraph among the first K. */
export function scoreRanks(
  ranked: readonly (readonly Place[])[],
  questions: readonly LabelledQuestion[],
  k: number,
): HitRate {
  let hit1 = 0;
  let hitK = 0;
  let rr = 0;
  questions.forEach((q, i) => {
    const places = (ranked[i] ?? []).slice(0, k);
    const rank = places.findIndex((p) => q.expect.some(([a, n]) => a === p.article && n === p.paragraph));
    if (rank === 0) hit1++;
    if (rank >= 0) {
      hitK++;
      rr += 1 / (rank + 1);
    }
  });
  const n = questions.length || 1;
  return { questions: questions.length, hitAt1: hit1 / n, hitAtK: hitK / n, mrr: rr / n };
}

/** Asks every labelled question of our `/search` and of the baseline over the same articles. */
export async function compareHitRates(
  knowledgeDir: string,
  questions: readonly LabelledQuestion[],
  k = 3,
): Promise<HitRateComparison> {
  const service = await createBriefingService({ knowledgeDir });
  const ours = questions.map((q) => citedPlaces(service.answer('search', { question: q.q, limit: k })));
  const baselineIndex = BaselineIndex.build((await loadKnowledge(knowledgeDir)).articles);
  const baseline = questions.map((q) => baselineIndex.search(q.q, k));
  return {
    k,
    knowledge: knowledgeDir,
    ours: scoreRanks(ours, questions, k),
    baseline: scoreRanks(baseline, questions, k),
  };
}
