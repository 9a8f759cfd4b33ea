import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const EVAL = '../shared/eval';

/**
 * The quote, speaker and figure metrics reached on the shared gold (two seeds and four other articles), one
 * scorer run for all. A ratchet: raise these when extraction improves, never lower them to make a change pass.
 */
const REACHED = {
  quote_recall: 1,
  quote_precision: 1,
  speaker_accuracy: 1,
  speaker_precision: 1,
  figure_recall: 1,
  figure_precision: 1,
  figure_bounds: 1,
  figure_unit: 1,
  figure_claimant: 1,
};

describe.skipIf(!existsSync(`${EVAL}/score.mjs`))('extraction on the shared gold (ratchet)', () => {
  it('keeps every quote, speaker and figure metric at the level reached', { timeout: 120_000 }, () => {
    const out = execFileSync(
      process.execPath,
      [`${EVAL}/score.mjs`, 'facts', '--knowledge', `${EVAL}/articles`, '--gold', `${EVAL}/gold`, '--json'],
      { encoding: 'utf8', maxBuffer: 64 << 20 },
    );
    const { metrics, detail } = JSON.parse(out) as { metrics: Record<string, number>; detail: string[] };
    for (const [name, min] of Object.entries(REACHED)) {
      expect({ name, value: metrics[name], misses: detail }).toMatchObject({ name, value: expect.any(Number) });
      expect(metrics[name], `${name}; misses:\n${detail.join('\n')}`).toBeGreaterThanOrEqual(min);
    }
  });
});
