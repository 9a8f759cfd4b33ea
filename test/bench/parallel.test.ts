import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArticle, sourceMaterial } from '../../scripts/bench/corpus.ts';
import { extractParallel } from '../../scripts/bench/parallel.ts';
import { extractFacts } from '../../src/extract/pipeline.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { parseArticle } from '../../src/knowledge/parse.ts';
import type { Article } from '../../src/knowledge/types.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-parallel-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The seed articles plus generated ones: enough for several batches on two workers. */
async function articles(): Promise<Article[]> {
  const seeds = (await loadKnowledge('knowledge')).articles;
  const source = sourceMaterial(seeds);
  const generated = Array.from({ length: 6 }, (_, i) => {
    const file = generateArticle(source, i, { seed: 11 });
    const parsed = parseArticle(file.name, new TextEncoder().encode(file.text));
    if (!('article' in parsed)) throw new Error(JSON.stringify(parsed.problems));
    return parsed.article;
  });
  return [...seeds, ...generated];
}

describe('extractParallel', () => {
  it('gives the same facts, in the same order, as serial extraction, and fills the facts cache', async () => {
    const input = await articles();
    const cacheDir = join(dir, 'cache');
    const progress: number[] = [];
    const options = { workers: 2, batchSize: 3, minArticles: 0, cacheDir };
    const first = await extractParallel(input, { ...options, onProgress: (done) => progress.push(done) });
    expect(first).toEqual(input.map(extractFacts));
    expect(progress.at(-1)).toBe(input.length);
    expect((await readdir(join(cacheDir, 'facts'))).filter((n) => n.endsWith('.json'))).toHaveLength(input.length);
    // A second run is served from the cache the workers wrote, with the same facts.
    expect(await extractParallel(input, options)).toEqual(first);
  }, 90_000); // starting workers loads tsx and the extraction rules in each: seconds on a busy machine

  it('extracts small inputs on the calling thread with the same result', async () => {
    const input = (await articles()).slice(0, 3);
    expect(await extractParallel(input, { minArticles: 50 })).toEqual(input.map(extractFacts));
    expect(await extractParallel([], { workers: 2, minArticles: 0 })).toEqual([]);
  });

  it('rejects, naming the worker, when an article cannot be extracted', async () => {
    const input = await articles();
    const broken = { ...input[0], paragraphs: null } as unknown as Article;
    await expect(extractParallel([...input, broken], { workers: 2, batchSize: 2, minArticles: 0 })).rejects.toThrow(
      /extraction failed in a worker/,
    );
  });
});
