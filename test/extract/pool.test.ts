import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { generateArticle, sourceMaterial } from '../../scripts/bench/corpus.ts';
import { extractAll } from '../../src/extract/cache.ts';
import { packFacts, unpackFacts } from '../../src/extract/pack.ts';
import { extractFacts } from '../../src/extract/pipeline.ts';
import { ExtractionPool } from '../../src/extract/pool.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { parseArticle } from '../../src/knowledge/parse.ts';
import type { Article } from '../../src/knowledge/types.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-pool-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The seed articles plus generated ones: enough for several batches on two workers. */
async function articles(count = 10): Promise<Article[]> {
  const seeds = (await loadKnowledge('knowledge')).articles;
  const source = sourceMaterial(seeds);
  const generated = Array.from({ length: count }, (_, i) => {
    const file = generateArticle(source, i, { seed: 11 });
    const parsed = parseArticle(file.name, new TextEncoder().encode(file.text));
    if (!('article' in parsed)) throw new Error(JSON.stringify(parsed.problems));
    return parsed.article;
  });
  return [...seeds, ...generated];
}

describe('ExtractionPool', () => {
  const pool = new ExtractionPool(2);
  afterAll(() => pool.close());

  it('gives the same facts, in the same order, as extraction on this thread, and stays up for the next call', async () => {
    const input = await articles();
    expect(pool.warm).toBe(false);
    const first = await pool.extract(input);
    expect(first).toEqual(input.map(extractFacts));
    expect(pool.warm).toBe(true);
    expect(await pool.extract(input.slice(0, 3))).toEqual(first.slice(0, 3));
    expect(await pool.extract([])).toEqual([]);
  }, 120_000); // each worker loads tsx and the extraction rules: seconds on a busy machine

  it('rejects, saying a worker failed, when an article cannot be extracted, and goes on serving', async () => {
    const input = await articles(2);
    const broken = { ...input[0], paragraphs: null } as unknown as Article;
    await expect(pool.extract([broken])).rejects.toThrow(/extraction failed in a worker/);
    expect(await pool.extract(input.slice(0, 1))).toEqual(input.slice(0, 1).map(extractFacts));
  }, 120_000);

  it('rejects what is pending when closed', async () => {
    const own = new ExtractionPool(1);
    const pending = expect(own.extract(await articles(2))).rejects.toThrow(/closed/);
    await own.close();
    await pending;
    expect(own.warm).toBe(false);
  }, 60_000);
});

describe('the facts cache', () => {
  it('writes packed facts and reads back exactly the facts extracted, for every article', async () => {
    const input = await articles(4);
    const cacheDir = join(dir, 'cache');
    const first = await extractAll(input, { cacheDir });
    expect(first).toEqual(input.map(extractFacts));
    const files = (await readdir(join(cacheDir, 'facts'))).filter((n) => n.endsWith('.json'));
    expect(files).toHaveLength(input.length);
    const again = await extractAll(input, { cacheDir });
    expect(again).toEqual(first);
    expect(JSON.stringify(again)).toBe(JSON.stringify(first)); // the same key order too
  }, 60_000);

  it('packs sentences as offsets and contexts as sentence numbers, and refuses a pack of another article', async () => {
    const [article] = await articles(0);
    const facts = extractFacts(article as Article);
    const packed = packFacts(article as Article, facts);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(facts).length / 2);
    expect(unpackFacts(article as Article, JSON.parse(JSON.stringify(packed)))).toEqual(facts);
    const other = { ...(article as Article), contentHash: 'different' };
    expect(unpackFacts(other, packed)).toBeNull();
    expect(unpackFacts(article as Article, { v: 0 })).toBeNull();
    expect(unpackFacts(article as Article, null)).toBeNull();
  });

  it('keeps a sentence that is not a slice of its paragraph as written', async () => {
    const [article] = await articles(0);
    const facts = extractFacts(article as Article);
    const s = facts.sentences[0];
    if (!s) throw new Error('the seed has sentences');
    const odd = { ...facts, sentences: [{ ...s, text: `${s.text} (edited)` }, ...facts.sentences.slice(1)] };
    expect(unpackFacts(article as Article, packFacts(article as Article, odd))).toEqual(odd);
  });

  it('treats an unreadable cache file as a miss', async () => {
    const input = await articles(0);
    const cacheDir = join(dir, 'cache');
    await extractAll(input, { cacheDir });
    const folder = join(cacheDir, 'facts');
    const [name] = await readdir(folder);
    await import('node:fs/promises').then((fs) => fs.writeFile(join(folder, name as string), '{broken'));
    expect(await extractAll(input, { cacheDir })).toEqual(input.map(extractFacts));
    expect(JSON.parse(await readFile(join(folder, name as string), 'utf8')).v).toBe(1);
  });
});
