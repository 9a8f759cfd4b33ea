import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findNames,
  generateArticle,
  type SourceMaterial,
  segmentsOf,
  sourceMaterial,
  writeCorpus,
} from '../../scripts/bench/corpus.ts';
import { createRng } from '../../scripts/bench/prng.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function seedSource(): Promise<SourceMaterial> {
  const { articles } = await loadKnowledge('knowledge');
  return sourceMaterial(articles);
}

describe('createRng', () => {
  it('repeats the same sequence for the same seed and differs for another', () => {
    const a = createRng(42);
    const b = createRng(42);
    const c = createRng(43);
    const seqA = Array.from({ length: 20 }, () => a.next());
    expect(Array.from({ length: 20 }, () => b.next())).toEqual(seqA);
    expect(Array.from({ length: 20 }, () => c.next())).not.toEqual(seqA);
    for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
  });

  it('keeps int() within its bounds and refuses to pick from nothing', () => {
    const rng = createRng(1);
    const seen = new Set<number>();
    for (let i = 0; i < 500; i++) seen.add(rng.int(3, 6));
    expect([...seen].sort()).toEqual([3, 4, 5, 6]);
    expect(() => rng.pick([])).toThrow(/empty/);
  });
});

describe('segmentsOf', () => {
  it('keeps a quotation that spans sentences in one segment', () => {
    const text = '“We came. We saw,” she said. The talks ended. A “term” stays put.';
    expect(segmentsOf(text)).toEqual(['“We came. We saw,” she said.', 'The talks ended.', 'A “term” stays put.']);
  });
});

describe('findNames', () => {
  it('finds people named in full and then by surname, not places or sentence openers', () => {
    const texts = [
      'Spokesperson Dmitra Koval said talks would resume. Koval said more later.',
      'Both Ministries agreed. Eastern Europe is tense, and the eastern border is quiet; Europe waits.',
      'Both sides spoke.',
    ];
    expect(findNames(texts)).toEqual(['Dmitra Koval']);
  });
});

describe('generateArticle', () => {
  it('is deterministic per seed and index, and differs across seeds and indices', async () => {
    const source = await seedSource();
    expect(generateArticle(source, 5, { seed: 9 })).toEqual(generateArticle(source, 5, { seed: 9 }));
    expect(generateArticle(source, 5, { seed: 9 }).text).not.toBe(generateArticle(source, 5, { seed: 10 }).text);
    expect(generateArticle(source, 5, { seed: 9 }).text).not.toBe(generateArticle(source, 6, { seed: 9 }).text);
  });

  it('only recombines source sentences, varying their numbers', () => {
    const source: SourceMaterial = {
      paragraphs: [['Officials said 30,000 troops arrived.'], ['The convoy moved 12 miles.', 'Talks stalled.']],
      names: [],
    };
    const allowed = new Set(['Officials said ##,### troops arrived.', 'The convoy moved ## miles.', 'Talks stalled.']);
    for (let i = 0; i < 20; i++) {
      const file = generateArticle(source, i, { seed: 3, minParagraphs: 2, maxParagraphs: 4 });
      const body = file.text.replace(/^---[\s\S]*?\n---\n/, '').replace(/^ date .*\n/, '');
      const paragraphs = body
        .split(/\n\n/)
        .map((p) => p.trim())
        .filter(Boolean);
      expect(paragraphs.length).toBeGreaterThanOrEqual(2);
      expect(paragraphs.length).toBeLessThanOrEqual(4);
      for (const p of paragraphs) {
        for (const sentence of segmentsOf(p.replace(/\d/g, '#'))) expect(allowed).toContain(sentence);
      }
    }
  });

  it('refuses source material without text', () => {
    expect(() => sourceMaterial([])).toThrow(/no source paragraphs/);
  });
});

describe('writeCorpus', () => {
  it('writes files the real loader reads without problems, the small corpus a prefix of the large', async () => {
    const source = await seedSource();
    const small = join(dir, 'small');
    const large = join(dir, 'large');
    await writeCorpus(small, 12, source);
    const bytes = await writeCorpus(large, 30, source);
    expect(bytes).toBeGreaterThan(30 * 500);
    const names = (await readdir(join(small, 'articles'))).sort();
    expect(names).toHaveLength(12);
    for (const name of names) {
      expect(await readFile(join(small, 'articles', name), 'utf8')).toBe(
        await readFile(join(large, 'articles', name), 'utf8'),
      );
    }
    const { articles, problems } = await loadKnowledge(large);
    expect(problems).toEqual([]);
    expect(articles).toHaveLength(30);
    for (const a of articles) {
      expect(a.paragraphs.length).toBeGreaterThanOrEqual(8);
      expect(a.paragraphs.length).toBeLessThanOrEqual(20);
    }
    expect(new Set(articles.map((a) => a.meta.publisher)).size).toBeGreaterThan(1);
    expect(new Set(articles.map((a) => a.contentHash)).size).toBe(30);
  });
});
