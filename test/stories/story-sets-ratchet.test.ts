import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const CORPUS = '../shared/corpus/news.jsonl';

/**
 * Story grouping scored against the stories of the 48 question sets (`scripts/score-story-sets.ts`, as a user runs
 * it): pair F1 over every pair of articles of every set, and over the pairs within two days. A ratchet: raise
 * these when grouping improves, never lower them to make a change pass. Placing articles one at a time in the order
 * they came scored 0.756 and 0.812; average-link clustering of a folder read at once reached the levels below.
 */
const REACHED = { all: 0.82, withinTwoDays: 0.87 };

function pairF1(args: readonly string[]): number {
  const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/score-story-sets.ts', ...args], {
    encoding: 'utf8',
    maxBuffer: 16 << 20,
  });
  const line = out.split('\n').find((l) => l.startsWith('all pairs')) ?? '';
  const f1 = /\bF1 ([\d.]+)/.exec(line)?.[1];
  expect(f1, out.slice(-2000)).toBeDefined();
  return Number(f1);
}

describe.skipIf(!existsSync(CORPUS))('story grouping on the question sets (ratchet)', () => {
  it('keeps pair F1 over all pairs at the level reached', { timeout: 180_000 }, () => {
    expect(pairF1([])).toBeGreaterThanOrEqual(REACHED.all);
  });

  it('keeps pair F1 over the pairs within two days at the level reached', { timeout: 180_000 }, () => {
    expect(pairF1(['--within', '2'])).toBeGreaterThanOrEqual(REACHED.withinTwoDays);
  });
});
