import { copyFile, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../src/knowledge/write.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { describeIngest, type IngestOptions, ingestArticle } from '../../src/workflows/ingest.ts';

const SEEDS = join(import.meta.dirname, '../../../shared/eval/articles');

let dir: string;
let knowledge: string;
let service: BriefingService;
let options: IngestOptions;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'ingest-'));
  knowledge = join(dir, 'knowledge');
  await mkdir(join(knowledge, 'articles'), { recursive: true });
  await copyFile(join(SEEDS, '04-bbc-airlines-suspend-kyiv-flights.md'), join(knowledge, 'articles', 'airlines.md'));
  service = await createBriefingService({ knowledgeDir: knowledge, cacheDir: join(dir, 'cache') });
  options = {
    knowledgeDir: knowledge,
    service,
    auditLog: join(dir, 'audit.jsonl'),
    actor: { id: '123456789012345678', name: 'moderator' },
    guild: '223456789012345678',
    source: 'modal',
  };
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const draft: ArticleDraft = {
  title: 'Harbour authority opens new pier',
  publisher: 'Coastal Gazette',
  date: '2024-05-02',
  url: 'https://example.org/pier',
  text: [
    'The harbour authority opened a new pier on Thursday, adding berths for 40 fishing boats.',
    '"This pier secures the fleet for a generation," harbour master Jane Doyle said at the ceremony.',
    'Construction cost about 12 million euros and took two years, the authority said.',
  ].join('\n\n'),
};

describe('ingestArticle', () => {
  it('adds an article, serves it without a restart, lists its facts and records who added it', async () => {
    const result = await ingestArticle({ kind: 'draft', draft }, options);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(service.articles().map((a) => a.id)).toContain(result.article.id);
    const answer = service.answer('search', { question: 'new pier fishing boats' });
    expect(answer.citations.map((c) => c.article)).toContain(result.article.id);

    expect(result.quotes.map((q) => q.speaker)).toContain('Jane Doyle');
    expect(result.figures.map((f) => f.text).join(' ')).toContain('40 fishing boats');
    const text = describeIngest(result);
    expect(text).toMatch(
      /^Added "Harbour authority opens new pier" as harbour-authority-opens-new-pier-[0-9a-f]{10}\.md/,
    );
    expect(text).toContain('Quotes: 1');
    expect(text).toContain('  • Jane Doyle: "This pier secures the fleet for a generation" (¶2)');
    expect(text).toContain('Figures: 2\n  • 40 fishing boats (¶1)');
    expect(text).toContain('Dates: 1\n  • Thursday → 2024-05-02 (¶1)');

    const { entries } = await readAudit(options.auditLog);
    expect(entries).toEqual([
      expect.objectContaining({
        kind: 'ingest',
        actor: options.actor,
        guild: options.guild,
        article: result.article.id,
        url: 'https://example.org/pier',
        source: 'modal',
      }),
    ]);
  });

  it('refuses a duplicate by naming the existing article, and changes nothing', async () => {
    const before = await readdir(join(knowledge, 'articles'));
    const result = await ingestArticle(
      { kind: 'draft', draft: { ...draft, url: 'https://www.bbc.co.uk/news/business-60451934/' } },
      options,
    );
    expect(result).toEqual({
      ok: false,
      reason: 'duplicate',
      message:
        'already in the knowledge base: "Lufthansa and Swiss Air to suspend flights to Ukraine capital" (airlines.md) has the same URL',
      existing: expect.objectContaining({ id: 'airlines' }),
    });
    expect(await readdir(join(knowledge, 'articles'))).toEqual(before);
    expect(await readAudit(options.auditLog)).toEqual({ entries: [], problems: [] });
  });

  it('refuses bad and oversized articles with the reason', async () => {
    const bad = await ingestArticle({ kind: 'draft', draft: { ...draft, date: 'last Tuesday' } }, options);
    expect(bad.ok === false && bad.reason).toBe('invalid');
    expect(describeIngest(bad)).toBe(
      'Not added: the article is not valid: date: date must be a date written YYYY-MM-DD',
    );
    const big = await ingestArticle(
      { kind: 'file', name: 'big.txt', bytes: new Uint8Array(1024 * 1024 + 1).fill(0x41) },
      options,
    );
    expect(big.ok === false && big.reason).toBe('too-large');
    expect(service.articles()).toHaveLength(1);
  });

  it('lets only one of two simultaneous identical ingests through', async () => {
    const [a, b] = await Promise.all([
      ingestArticle({ kind: 'draft', draft }, options),
      ingestArticle({ kind: 'draft', draft: { ...draft, title: 'Same story, other title' } }, options),
    ]);
    expect([a.ok, b.ok].sort()).toEqual([false, true]);
    expect(b.ok === false && b.reason).toBe('duplicate');
    expect(service.articles()).toHaveLength(2);
  });

  it('removes the written file and keeps serving the old index when the reload fails', async () => {
    const failing: BriefingService = {
      ...service,
      articles: () => service.articles(),
      reload: () => Promise.reject(new Error('index build failed')),
    };
    const result = await ingestArticle({ kind: 'draft', draft }, { ...options, service: failing });
    expect(result).toEqual({
      ok: false,
      reason: 'reload',
      message: 'the article was not added (index build failed); nothing changed',
    });
    expect(await readdir(join(knowledge, 'articles'))).toEqual(['airlines.md']);
    expect(service.articles().map((a) => a.id)).toEqual(['airlines']);
  });
});
