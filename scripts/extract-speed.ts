/**
 * Extraction speed on one thread: articles per second over a seeded sample of real corpus articles, after a
 * warm-up pass (libraries loaded, code compiled). Run it on a quiet machine (`uptime` load under 2): it measures
 * wall time.
 *
 *     npx tsx scripts/extract-speed.ts [--seed 7] [--articles 300] [--rounds 3]
 *
 * Prints the best of `--rounds` timed passes, the least disturbed by other work on the machine. Each pass reads
 * articles of its own (the sample holds `--articles` × `--rounds` of them, plus the warm-up's): the extractor
 * remembers some readings of a sentence, so a pass over articles already seen would time those memos, not extraction.
 */
import { rm } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { extractFacts } from '../src/extract/pipeline.ts';
import { intOptions, sampleCorpusArticles } from './corpus-articles.ts';

async function main(): Promise<void> {
  const opts = intOptions(process.argv.slice(2), { seed: 7, articles: 300, rounds: 3 });
  const rounds = Math.max(1, opts.rounds);
  const warmUp = 20;
  const { dir, articles } = await sampleCorpusArticles(warmUp + opts.articles * rounds, opts.seed);
  try {
    for (const a of articles.slice(0, warmUp)) extractFacts(a);
    const times: number[] = [];
    let timed = 0;
    for (let r = 0; r < rounds; r++) {
      const pass = articles.slice(warmUp + r * opts.articles, warmUp + (r + 1) * opts.articles);
      if (pass.length === 0) break;
      const t0 = performance.now();
      for (const a of pass) extractFacts(a);
      times.push((performance.now() - t0) / pass.length);
      timed = pass.length;
    }
    const best = Math.min(...times);
    process.stdout.write(
      `${timed} distinct articles a pass: best ${best.toFixed(1)} ms an article of ${times.map((t) => t.toFixed(1)).join(', ')} → ${(1000 / best).toFixed(1)} articles/s on one thread\n`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
