import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { kthLargest, SearchIndex } from '../../src/search/engine.ts';
import { buildIndex, buildIndexAsync, loadOrBuildIndex, snapshotKey } from '../../src/search/snapshot.ts';
import { smallCorpus } from './fixture.ts';

describe('SearchIndex.search', () => {
  const { articles, facts } = smallCorpus();
  const index = buildIndex(articles, facts);

  it('finds a sentence through a synonym ("drills" for "exercises"/"maneuvers")', () => {
    const hits = index.search('drills');
    const articlesHit = new Set(hits.map((h) => h.article));
    expect(articlesHit).toEqual(new Set(['alpha', 'beta']));
  });

  it('matches a word given as saying the same as a query term, as that term and below an exact match', () => {
    // "boats" is in one article only, "ships" in the other: as an alternative of "boat", "ship" finds that one too,
    // ranked after the sentence with the word asked.
    const plain = index.search('boats');
    expect(new Set(plain.map((h) => h.article))).toEqual(new Set(['beta']));
    const widened = index.search('boats', { alternatives: (t) => (t === 'boat' ? ['ship'] : []) });
    expect(new Set(widened.map((h) => h.article))).toEqual(new Set(['alpha', 'beta']));
    expect(widened[0]?.snippet).toMatch(/boats/);
    // Counted as the term asked: the sentence with "ships" matches "boat".
    expect(widened.find((h) => h.article === 'alpha')?.matched).toEqual(['boat']);
  });

  it('tells which articles use a word, as its index term, and nothing for a stop word', () => {
    expect(index.articlesUsing('exercises')).toEqual(new Set(['alpha', 'beta']));
    expect(index.articlesUsing('Harbour')?.size).toBeGreaterThan(0);
    expect(index.articlesUsing('Harbour')).toEqual(index.articlesUsing('harbours'));
    expect(index.articlesUsing('zzzzq')).toEqual(new Set());
    expect(index.articlesUsing('the')).toBeNull();
  });

  it('tolerates a typo', () => {
    const hits = index.search('harbur closed');
    expect(hits[0]?.snippet).toContain('harbour at Port Wren was closed');
  });

  it('carries citation fields on every hit, and the snippet is verbatim in its paragraph', () => {
    for (const h of index.search('Port Wren navy ships')) {
      const a = articles.find((x) => x.id === h.article);
      const p = a?.paragraphs.find((x) => x.number === h.paragraph);
      expect(p?.text).toContain(h.snippet);
      expect(h.publisher).toBe(a?.meta.publisher ?? null);
    }
  });

  it('ranks a quotation by its speaker', () => {
    const hits = index.search('what did Kent say', { kinds: ['quote'] });
    expect(hits[0]?.speakers.join()).toMatch(/Kent/);
  });

  it('returns nothing for a question of stopwords only, or of unknown words', () => {
    expect(index.search('what is the')).toEqual([]);
    expect(index.search('zzqx')).toEqual([]);
  });

  it('places the same documents as the search, in the same order, for any limit', () => {
    for (const query of ['drills', 'Port Wren navy ships', 'harbur closed', 'Kent']) {
      for (const limit of [1, 2, 3, 20]) {
        const hits = index.search(query, { kinds: ['sentence'], limit });
        expect(hits.length).toBeGreaterThan(0);
        const places = index.places(query, { kinds: ['sentence'], limit });
        expect(places).toEqual(hits.map((h) => ({ article: h.article, paragraph: h.paragraph, sentence: h.sentence })));
      }
    }
  });

  it('returns nothing for a limit of 0', () => {
    expect(index.search('drills', { limit: 0 })).toEqual([]);
    expect(index.places('drills', { limit: 0 })).toEqual([]);
  });

  it('suggests close words for a misspelling', () => {
    expect(index.suggest('harbor')).toContain('harbour');
  });
});

describe('kthLargest', () => {
  it('is the value a descending sort puts at position k, with repeats and at both ends', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    for (const n of [1, 2, 3, 10, 257]) {
      for (const spread of [2, 1000]) {
        const values = Float64Array.from({ length: n }, () => Math.floor(random() * spread) / 7);
        const sorted = [...values].sort((a, b) => b - a);
        for (const k of new Set([1, 2, Math.ceil(n / 2), n].filter((k) => k <= n))) {
          expect(kthLargest(Float64Array.from(values), k)).toBe(sorted[k - 1]);
        }
      }
    }
  });
});

describe('snapshots', () => {
  const { articles, facts } = smallCorpus();
  let dir: string | undefined;
  afterEach(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('round-trips through its bytes with the same results, from an unaligned buffer too', () => {
    const index = buildIndex(articles, facts);
    const bytes = index.toBytes();
    const restored = SearchIndex.fromBytes(bytes);
    expect(restored.search('sailors ships')).toEqual(index.search('sailors ships'));
    const shifted = new Uint8Array(bytes.length + 1);
    shifted.set(bytes, 1);
    expect(SearchIndex.fromBytes(shifted.subarray(1)).search('harbur closed')).toEqual(index.search('harbur closed'));
    expect(restored.suggest('harbor')).toEqual(index.suggest('harbor'));
  });

  it('refuses a snapshot from another index version, a foreign file and a truncated one', () => {
    const bytes = buildIndex(articles, facts).toBytes();
    const text = bytes.toString('latin1');
    const other = Buffer.from(
      text.replace(/"version":"[^"]*"/, (m) => m.replace(/docs-\d/, 'docs-0')),
      'latin1',
    );
    expect(() => SearchIndex.fromBytes(other)).toThrow(/version/);
    expect(() => SearchIndex.fromBytes(Buffer.from('{"version":1}'))).toThrow(/not an index snapshot/);
    expect(() => SearchIndex.fromBytes(bytes.subarray(0, bytes.length - 64))).toThrow(/truncated/);
  });

  it('is built once, then loaded while the knowledge is unchanged, and rebuilt when it changes', async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-index-'));
    const first = await loadOrBuildIndex(articles, facts, dir);
    const second = await loadOrBuildIndex(articles, facts, dir);
    expect(first.source).toBe('built');
    expect(second.source).toBe('snapshot');
    expect(second.key).toBe(first.key);
    const fewer = await loadOrBuildIndex(articles.slice(0, 1), facts.slice(0, 1), dir);
    expect(fewer.source).toBe('built');
    expect(fewer.key).not.toBe(first.key);
    // The stale snapshot is removed once the new one is written.
    expect(await readdir(join(dir, 'index'))).toEqual([`${fewer.key}.bin`]);
  });

  it('keys snapshots by content, not by order', () => {
    expect(snapshotKey([...articles].reverse(), 'code')).toBe(snapshotKey(articles, 'code'));
    expect(snapshotKey(articles, 'other code')).not.toBe(snapshotKey(articles, 'code'));
  });
});

describe('buildIndexAsync', () => {
  it('builds the same index as the one-go build, yielding to the event loop between chunks', async () => {
    const { articles, facts } = smallCorpus();
    const docs = buildIndex(articles, facts);
    // Turns of the event loop taken by other work while the build runs: a callback that re-queues itself each turn
    // (the build yields with setImmediate too, so it runs between chunks whatever the machine's speed).
    let ticks = 0;
    let building = true;
    const spin = () => {
      if (!building) return;
      ticks++;
      setImmediate(spin);
    };
    setImmediate(spin);
    const chunked = await SearchIndex.buildAsync(
      (await import('../../src/search/documents.ts')).documentsOf(articles[0] as never, facts[0] as never),
      1,
    );
    building = false;
    expect(ticks).toBeGreaterThan(0);
    expect(chunked.size).toBeGreaterThan(1);
    const whole = await buildIndexAsync(articles, facts);
    expect(whole.toBytes().equals(docs.toBytes())).toBe(true);
    expect(whole.search('harbur closed').map((h) => h.id)).toEqual(docs.search('harbur closed').map((h) => h.id));
  });
});
