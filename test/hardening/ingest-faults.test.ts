/**
 * Faults during an ingest. A process ingesting articles is killed at random points: every article is then either
 * complete in the knowledge folder and found by a fresh index, or absent, and the audit log is still valid JSON
 * lines naming only articles that exist. A full or read-only disk makes the ingest fail with a clear error and
 * leaves the old knowledge exactly as it was.
 */
import { chmod, copyFile, mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import { type IngestOptions, ingestArticle } from '../../src/workflows/ingest.ts';
import { ROOT, runEntry } from '../e2e/process.ts';

/** When set, the next `open` for writing fails with this error code, after writing half the bytes for ENOSPC. */
const injected: { code: 'ENOSPC' | 'EROFS' | null } = { code: null };

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const failure = (code: string) => Object.assign(new Error(`${code}: injected failure`), { code });
  const open: typeof real.open = async (path, flags, mode) => {
    const code = injected.code;
    if (code === null || (flags !== 'wx' && flags !== 'w' && flags !== 'a')) return real.open(path, flags, mode);
    if (code === 'EROFS') throw failure(code);
    // A full disk: the file is created and half written, then the write fails.
    const handle = await real.open(path, flags, mode);
    const writeFile: typeof handle.writeFile = async (data) => {
      const bytes = typeof data === 'string' ? Buffer.from(data) : Buffer.from(data as Uint8Array);
      await real.writeFile(path as string, bytes.subarray(0, bytes.length >> 1));
      throw failure(code);
    };
    return Object.assign(handle, { writeFile });
  };
  return { ...real, open, default: { ...real, open } };
});

const SEED = '000_7ae1a928e654e4ad.txt';
/** Processes killed per run, side by side. */
const KILLS = 3;

let dir: string;
let knowledge: string;
let articles: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hardening-ingest-'));
  knowledge = join(dir, 'knowledge');
  articles = join(knowledge, 'articles');
  await mkdir(articles, { recursive: true });
  await copyFile(join(ROOT, 'knowledge', 'articles', SEED), join(articles, SEED));
});
afterEach(async () => {
  injected.code = null;
  await chmod(articles, 0o755).catch(() => undefined);
  await rm(dir, { recursive: true, force: true });
});

/** Lines of the audit log; each must be a JSON object (a torn line would fail to parse). */
async function auditLines(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, 'utf8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Kills one ingesting process `ms` after it is ready, then checks what it left behind; returns a summary. */
async function killAndCheck(ms: number): Promise<string> {
  const run = join(dir, `run-${ms}`);
  const folder = join(run, 'knowledge');
  await mkdir(join(folder, 'articles'), { recursive: true });
  await copyFile(join(articles, SEED), join(folder, 'articles', SEED));
  const auditLog = join(run, 'audit.jsonl');
  const child = runEntry('test/hardening/fixtures/ingest-loop.ts', {}, [folder, auditLog]);
  await vi.waitFor(() => expect(child.stdout()).toContain('ready\n'), { timeout: 25_000, interval: 20 });
  await new Promise((resolve) => setTimeout(resolve, ms));
  const exit = await child.stop('SIGTERM', 2000);
  expect(exit.signal ?? exit.code, 'the child was still ingesting when killed').toBeTruthy();

  const acknowledged = child
    .stdout()
    .split('\n')
    .flatMap((line) => /^ingested (\S+)$/.exec(line)?.[1] ?? []);
  const names = await readdir(join(folder, 'articles'));
  const visible = names.filter((n) => !n.startsWith('.'));
  // Only temporary dot-files, which the loader skips, may be left of an interrupted write.
  const { articles: loaded, problems } = await loadKnowledge(folder);
  expect(problems).toEqual([]);
  expect(loaded.map((a) => a.file).sort()).toEqual(visible.sort());
  for (const article of loaded) {
    if (article.file !== SEED) expect(article.paragraphs, `${article.file} is complete`).toHaveLength(3);
  }

  const fresh = await createBriefingService({ knowledgeDir: folder });
  const places = loaded.flatMap((a) => /in (Harbourtown\d+)$/.exec(a.meta.title ?? '')?.[1] ?? []);
  expect(places.length).toBe(loaded.length - 1);
  for (const place of acknowledged) expect(places, `acknowledged ${place} is on disk`).toContain(place);
  for (const place of places) {
    const cites = fresh.answer('search', { question: place }).citations.map((c) => c.article);
    expect(cites, `${place} is indexed`).toContain(loaded.find((a) => a.meta.title?.endsWith(place))?.id);
  }

  const audit = await auditLines(auditLog);
  for (const entry of audit) expect(visible, 'the audit log names only articles on disk').toContain(entry.file);
  return `SIGTERM after ${ms} ms: ${places.length} on disk and indexed, ${audit.length} audited, ${names.length - visible.length} temporary files`;
}

describe('killed during ingests', () => {
  it('at random points: every article is whole and indexed, or absent; the audit log stays valid', async () => {
    // Random points, printed so a failure can be replayed with the same delays.
    const delays = Array.from({ length: KILLS }, () => 100 + Math.round(Math.random() * 1500));
    console.log(`kill delays: ${delays.join(', ')} ms`);
    const summaries = await Promise.all(delays.map((ms) => killAndCheck(ms)));
    console.log(summaries.join('\n'));
    expect(summaries).toHaveLength(KILLS);
  }, 45_000);
});

describe('a full or read-only disk during an ingest', () => {
  const draft = {
    title: 'Bridge reopens after repairs',
    publisher: 'River Times',
    date: '2024-03-04',
    text: 'The bridge reopened on Monday after three months of repairs.\n\n"Traffic flows again," the mayor said.',
  };

  async function setUp() {
    const service = await createBriefingService({ knowledgeDir: knowledge });
    const options: IngestOptions = {
      knowledgeDir: knowledge,
      service,
      auditLog: join(dir, 'audit.jsonl'),
      actor: { id: '1', name: 'moderator' },
      guild: null,
      source: 'modal',
    };
    const before = await readFile(join(articles, SEED));
    const answer = JSON.stringify(service.answer('quotes', { speaker: 'Peskov' }));
    return { service, options, before, answer };
  }

  async function expectUnchanged(setup: Awaited<ReturnType<typeof setUp>>) {
    expect(await readdir(articles)).toEqual([SEED]);
    expect(await readFile(join(articles, SEED))).toEqual(setup.before);
    expect(setup.service.articles().map((a) => a.file)).toEqual([SEED]);
    expect(JSON.stringify(setup.service.answer('quotes', { speaker: 'Peskov' }))).toBe(setup.answer);
    expect(await auditLines(setup.options.auditLog)).toEqual([]);
    await expect(readFile(setup.options.auditLog)).rejects.toThrow();
  }

  it.each([
    ['ENOSPC', /could not write the article: ENOSPC/],
    ['EROFS', /could not write the article: EROFS/],
  ] as const)('%s: a clear error, no half file, the old knowledge intact', async (code, message) => {
    const setup = await setUp();
    injected.code = code;
    const result = await ingestArticle({ kind: 'draft', draft }, setup.options);
    injected.code = null;
    expect(result).toMatchObject({ ok: false, reason: 'write', message: expect.stringMatching(message) });
    await expectUnchanged(setup);
  });

  it.skipIf(process.getuid?.() === 0)('a read-only folder: a clear error, the old knowledge intact', async () => {
    const setup = await setUp();
    await chmod(articles, 0o555);
    const result = await ingestArticle({ kind: 'draft', draft }, setup.options);
    expect(result).toMatchObject({ ok: false, reason: 'write', message: expect.stringMatching(/EACCES|EROFS/) });
    await chmod(articles, 0o755);
    await expectUnchanged(setup);
  });

  it('the disk is usable again afterwards: the same article goes in', async () => {
    const setup = await setUp();
    injected.code = 'ENOSPC';
    expect((await ingestArticle({ kind: 'draft', draft }, setup.options)).ok).toBe(false);
    injected.code = null;
    const result = await ingestArticle({ kind: 'draft', draft }, setup.options);
    expect(result.ok).toBe(true);
    expect(await readdir(articles)).toHaveLength(2);
    expect(setup.service.answer('search', { question: 'bridge reopened repairs' }).empty).toBe(false);
  });
});
