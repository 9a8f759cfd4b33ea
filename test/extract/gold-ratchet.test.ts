import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const EVAL = '../shared/eval';

/**
 * The quote, speaker and figure metrics reached on the two shared gold sets, one scorer run each. A ratchet:
 * raise these when extraction improves, never lower them to make a change pass. The six articles of
 * `eval/articles` and the twenty of `eval/wide` (other publishers and stories) are held to their own levels.
 */
const REACHED: Record<string, { knowledge: string; gold: string; min: Record<string, number> }> = {
  'six articles (eval/articles)': {
    knowledge: `${EVAL}/articles`,
    gold: `${EVAL}/gold`,
    min: {
      quote_recall: 1,
      quote_precision: 1,
      speaker_accuracy: 1,
      speaker_precision: 1,
      figure_recall: 1,
      // "all four countries" and the sources "two US officials" are counts by the wider sets' labels, not by these six's.
      figure_precision: 0.94,
      figure_bounds: 1,
      figure_unit: 1,
      figure_claimant: 1,
    },
  },
  'twenty articles (eval/wide)': {
    knowledge: `${EVAL}/wide/articles`,
    gold: `${EVAL}/wide/gold`,
    min: {
      quote_recall: 0.99,
      quote_precision: 0.99,
      speaker_accuracy: 0.95,
      speaker_precision: 0.99,
      figure_recall: 0.99,
      figure_precision: 0.955,
      figure_bounds: 1,
      figure_unit: 0.99,
      figure_claimant: 0.9,
    },
  },
};

describe.skipIf(!existsSync(`${EVAL}/score.mjs`))('extraction on the shared gold (ratchet)', () => {
  for (const [label, set] of Object.entries(REACHED)) {
    it(`keeps every quote, speaker and figure metric at the level reached on ${label}`, { timeout: 180_000 }, () => {
      const out = execFileSync(
        process.execPath,
        [`${EVAL}/score.mjs`, 'facts', '--knowledge', set.knowledge, '--gold', set.gold, '--json'],
        { encoding: 'utf8', maxBuffer: 64 << 20 },
      );
      const { metrics, detail } = JSON.parse(out) as { metrics: Record<string, number>; detail: string[] };
      for (const [name, min] of Object.entries(set.min)) {
        expect({ name, value: metrics[name] }).toMatchObject({ name, value: expect.any(Number) });
        expect(metrics[name], `${name} on ${label}; misses:\n${detail.join('\n')}`).toBeGreaterThanOrEqual(min);
      }
    });
  }
});
