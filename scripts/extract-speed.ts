/**
 * Extraction speed on one thread: articles per second over a seeded sample of real corpus articles, after a
 * warm-up pass (libraries loaded, code compiled). Run it on a quiet machine (`uptime` load under 2): it measures
 * wall time.
 *
 *     npx tsx scripts/extract-speed.ts [--seed 7] [--articles 300] [--rounds 3]
 *
 * Prints the best of `--rounds` timed passes, the least disturbed by other work on the machine.
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { extractFacts } from '../src/extract/pipeline.ts';
import { intOptions, sampleCorpusArticles } from './corpus-articles.ts';

async function main(): Promise<void> {
  const opts = intOptions(process.argv.slice(2), { seed: 7, articles: 300, rounds: 3 });
  const { dir, articles } = await sampleCorpusArticles(opts.articles, opts.seed);
  try {
    for (const a of articles.slice(0, 20)) extractFacts(a);
    const times: number[] = [];
    for (let r = 0; r < Math.max(1, opts.rounds); r++) {
      const t0 = performance.now();
      for (const a of articles) extractFacts(a);
      times.push(performance.now() - t0);
    }
    const best = Math.min(...times);
    const perSecond = articles.length / (best / 1000);
    process.stdout.write(
      `${articles.length} articles: best ${best.toFixed(0)} ms of ${times.map((t) => t.toFixed(0)).join(', ')} → ${perSecond.toFixed(1)} articles/s on one thread\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
