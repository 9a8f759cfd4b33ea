import { describe, expect, it } from 'vitest';
import type { ArticleFacts } from '../../src/extract/types.ts';
import { buildIndexOffThread } from '../../src/search/build-worker.ts';
import { buildIndex, loadOrBuildIndex } from '../../src/search/snapshot.ts';
import { smallCorpus } from './fixture.ts';

describe('buildIndexOffThread', () => {
  const { articles, facts } = smallCorpus();

  it('builds on a worker the index built here, byte for byte, and answers from the bytes it sent', async () => {
    const { index, bytes } = await buildIndexOffThread(articles, facts);
    const here = buildIndex(articles, facts);
    expect(Buffer.from(bytes).equals(here.toBytes())).toBe(true);
    expect(index.search('what did Kent say').map((h) => h.id)).toEqual(
      here.search('what did Kent say').map((h) => h.id),
    );
  });

  it('gives no documents to an article without facts, as the build here does', async () => {
    const { bytes } = await buildIndexOffThread(articles, facts.slice(1));
    expect(Buffer.from(bytes).equals(buildIndex(articles, facts.slice(1)).toBytes())).toBe(true);
  });

  it('rejects with the reason when the worker cannot index what it is sent', async () => {
    const broken = facts.map((f) => ({ ...f, sentences: null }) as unknown as ArticleFacts);
    await expect(buildIndexOffThread(articles, broken)).rejects.toThrow(/index worker failed/);
  });
});

describe('loadOrBuildIndex off the thread', () => {
  const { articles, facts } = smallCorpus();

  it('builds the same index on this thread when the worker fails, and says why', async () => {
    // Facts holding a function cannot be sent to a worker; the build here does not mind it.
    const unsendable = facts.map((f) => ({ ...f, note: () => 'not cloneable' }) as unknown as ArticleFacts);
    const reasons: unknown[] = [];
    const { index } = await loadOrBuildIndex(articles, unsendable, undefined, {
      offThreadFrom: 1,
      onFallback: (error) => reasons.push(error),
    });
    expect(reasons).toHaveLength(1);
    expect(String(reasons[0])).toMatch(/clone/i);
    expect(index.toBytes().equals(buildIndex(articles, facts).toBytes())).toBe(true);
  });
});
