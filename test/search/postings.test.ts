import MiniSearch, { type SearchResult } from 'minisearch';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractAll } from '../../src/extract/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import {
  documentsOf,
  SEARCH_FIELDS,
  type SearchDoc,
  STORED_FIELDS,
  type StoredDoc,
} from '../../src/search/documents.ts';
import { SearchIndex } from '../../src/search/engine.ts';
import { detectIntent, intentBoost, questionTopic } from '../../src/search/intent.ts';
import { processTerm, tokenize } from '../../src/search/terms.ts';

/**
 * The index ranks as MiniSearch does with the same options. This is the previous engine's query, kept here as the
 * reference: MiniSearch's BM25 with boosts, fuzzy and prefix matching and the intent boost, times coverage.
 */
const BOOSTS = { text: 1, context: 0.5, speaker: 2, claimant: 1.5, subject: 1.2, title: 0.2 };

function reference(mini: MiniSearch<SearchDoc>, query: string, kinds?: readonly string[]) {
  const intent = detectIntent(query);
  const topic = questionTopic(query);
  const wanted = new Set(
    tokenize(topic)
      .map(processTerm)
      .filter((t): t is string => t !== null),
  );
  if (wanted.size === 0) return [];
  const results = mini.search(topic, {
    boost: BOOSTS,
    fuzzy: (term) => (term.length >= 5 ? 0.2 : 0),
    prefix: (term, i, terms) => i === terms.length - 1 && term.length >= 4,
    combineWith: 'OR',
    filter: (r) => kinds === undefined || kinds.includes(r.kind),
    boostDocument: (_id, _term, stored) => intentBoost(intent, stored as unknown as StoredDoc),
  });
  const coverage = (r: SearchResult) => new Set(r.queryTerms.filter((t) => wanted.has(t))).size / wanted.size;
  return results
    .map((r) => ({ id: String(r.id), score: r.score * (0.5 + coverage(r)) ** 2 }))
    .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
    .slice(0, 20);
}

const QUERIES = [
  'how far is Kyiv',
  'how many troops',
  'what did Peskov say about the drills',
  'harbur closed',
  'naval exercises in the Black Sea',
  'when do the drills end',
  'where are the exercises taking place',
  'flights suspended to Kyiv',
  'sanctions on Belarus',
  'Stoltenberg',
  'kharkiv businesses',
  'who announced the exercises',
  'zzzz no such thing',
  'milit',
  'russian military buildup near the border',
];

describe('SearchIndex ranks as MiniSearch does', () => {
  let docs: SearchDoc[] = [];
  let index: SearchIndex;
  let mini: MiniSearch<SearchDoc>;
  beforeAll(async () => {
    const { articles } = await loadKnowledge('../shared/eval/articles');
    const facts = await extractAll(articles);
    docs = articles.flatMap((a, i) => documentsOf(a, facts[i] as never));
    index = SearchIndex.build(docs);
    mini = new MiniSearch<SearchDoc>({
      fields: [...SEARCH_FIELDS],
      storeFields: [...STORED_FIELDS],
      tokenize,
      processTerm,
    });
    mini.addAll(docs);
  }, 60_000);

  it.each(QUERIES)('the same hits in the same order, with the same scores: %s', (query) => {
    const ours = index.search(query, { limit: 20 });
    const theirs = reference(mini, query);
    expect(ours.map((h) => h.id)).toEqual(theirs.map((h) => h.id));
    for (const [i, h] of ours.entries()) expect(h.score).toBeCloseTo(theirs[i]?.score ?? Number.NaN, 9);
  });

  it('the same for one kind of document', () => {
    for (const query of QUERIES.slice(0, 6)) {
      const ours = index.search(query, { kinds: ['quote'], limit: 20 });
      expect(ours.map((h) => h.id)).toEqual(reference(mini, query, ['quote']).map((h) => h.id));
    }
  });

  it('carries the stored fields MiniSearch stored', () => {
    const byId = new Map(docs.map((d) => [d.id, d]));
    for (const hit of index.search('troops drills Belarus', { limit: 50 })) {
      const doc = byId.get(hit.id) as SearchDoc;
      for (const field of STORED_FIELDS) expect(hit[field], `${hit.id} ${field}`).toEqual(doc[field]);
    }
  });

  it('AND keeps only documents holding every term, and falls back to OR when none does', () => {
    const and = index.search('troops Belarus', { combineWith: 'AND', limit: 50 });
    expect(and.length).toBeGreaterThan(0);
    for (const h of and) expect([...h.matched].sort()).toEqual(['belaru', 'troop']);
    const none = index.search('troops zzqx', { combineWith: 'AND' });
    expect(none.map((h) => h.id)).toEqual(index.search('troops zzqx').map((h) => h.id));
  });

  it('applies the caller filter before the limit, however far down the passing documents rank', () => {
    const all = index.search('Kyiv', { limit: 1000 });
    const last = all.at(-1);
    expect(all.length).toBeGreaterThan(50);
    const only = index.search('Kyiv', { filter: (d) => d.id === last?.id, limit: 5 });
    expect(only.map((h) => h.id)).toEqual([last?.id]);
  });

  it.each(['drils', 'troop', 'Belarus', 'kyiv flights', 'milit', 'harbour', 'zzqx'])(
    'groups the suggested terms as MiniSearch does, best group first: %s',
    (word) => {
      // Ties in mean score may be ordered either way (sums differ in the last bit); the groups and scores must not.
      const ours = index.suggestionGroups(word);
      const theirs = mini.autoSuggest(word, { fuzzy: 0.34, prefix: true, combineWith: 'OR' });
      expect(ours.map((g) => g.terms.join(' ')).sort()).toEqual(theirs.map((s) => s.terms.join(' ')).sort());
      for (const [i, g] of ours.entries()) expect(g.score).toBeCloseTo(theirs[i]?.score ?? Number.NaN, 9);
    },
  );

  it('searches a story through scoped, and suggests the words MiniSearch would', () => {
    const article = docs[0]?.article as string;
    const hits = index.scoped(new Set([article])).search('troops Kyiv flights', { limit: 100 });
    expect(hits.length).toBeGreaterThan(0);
    expect(new Set(hits.map((h) => h.article))).toEqual(new Set([article]));
    const words = (s: ReturnType<MiniSearch['autoSuggest']>) => s.flatMap((x) => x.terms);
    expect(index.suggest('drils').slice(0, 3)).toContain('drills');
    expect(words(mini.autoSuggest('drils', { fuzzy: 0.34, prefix: true, combineWith: 'OR' }))).toContain('drill');
  });
});
