import { mkdir, mkdtemp, rename, rm, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { LoadProblem } from '../../src/knowledge/types.ts';
import { type KnowledgeWatcher, type WatchOptions, watchKnowledge } from '../../src/knowledge/watch.ts';
import { createBriefingService } from '../../src/service/briefing.ts';

/** Updates must be visible within this many milliseconds of a file change (the promise). */
const DEADLINE_MS = 2000;

let dir: string;
let articles: string;
let watcher: KnowledgeWatcher | undefined;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'watch-'));
  articles = join(dir, 'articles');
  await mkdir(articles);
  await writeFile(join(articles, 'first.txt'), 'The first article.');
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(dir, { recursive: true, force: true });
});

/** A watcher whose reloads and problems are recorded, with a way to wait for the next reload. */
function record(extra: Partial<WatchOptions> = {}) {
  const batches: string[][] = [];
  const problems: LoadProblem[] = [];
  const errors: unknown[] = [];
  let waiters: (() => void)[] = [];
  watcher = watchKnowledge(dir, {
    onChange: (files) => {
      batches.push([...files]);
      for (const w of waiters) w();
      waiters = [];
      return extra.onChange?.(files);
    },
    onProblem: (p) => problems.push(p),
    onError: (e) => errors.push(e),
    ...(extra.debounceMs === undefined ? {} : { debounceMs: extra.debounceMs }),
  });
  const nextReload = async () => {
    const started = Date.now();
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no reload within ${DEADLINE_MS} ms`)), DEADLINE_MS);
      waiters.push(() => {
        clearTimeout(timer);
        resolve();
      });
    });
    return Date.now() - started;
  };
  return { batches, problems, errors, nextReload };
}

/** Lets the watcher arm itself (fs.watch is synchronous, the articles folder lookup is not). */
const settle = () => new Promise((r) => setTimeout(r, 100));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchKnowledge', () => {
  it('reloads within 2 s after a file is added, changed and removed', async () => {
    const { batches, nextReload, errors } = record();
    await settle();

    let reload = nextReload();
    await writeFile(join(articles, 'second.md'), '---\ntitle: Second\n---\nBody.');
    expect(await reload).toBeLessThan(DEADLINE_MS);
    expect(batches.at(-1)).toEqual(['second.md']);
    expect((await loadKnowledge(dir)).articles.map((a) => a.id)).toEqual(['first', 'second']);

    reload = nextReload();
    await writeFile(join(articles, 'first.txt'), 'The first article, corrected.');
    await reload;
    expect(batches.at(-1)).toEqual(['first.txt']);

    reload = nextReload();
    await unlink(join(articles, 'second.md'));
    await reload;
    expect(batches.at(-1)).toEqual(['second.md']);
    expect(errors).toEqual([]);
  });

  it('debounces a burst of writes into one reload listing every file', async () => {
    const { batches, nextReload } = record();
    await settle();
    const reload = nextReload();
    for (let i = 0; i < 10; i++) await writeFile(join(articles, `burst-${i}.txt`), `Article ${i}.`);
    await reload;
    await sleep(600);
    expect(batches).toHaveLength(1);
    expect(batches[0]?.sort()).toEqual(Array.from({ length: 10 }, (_, i) => `burst-${i}.txt`).sort());
  });

  it('reports a broken file through onProblem and keeps watching', async () => {
    const { problems, nextReload, batches } = record();
    await settle();
    let reload = nextReload();
    await writeFile(join(articles, 'broken.md'), '---\ndate: 2022-13-45\n---\nText.');
    await reload;
    await sleep(100); // problems are checked right after the reload callback
    expect(problems).toEqual([
      { path: join(articles, 'broken.md'), field: 'date', message: 'date is not a real calendar day' },
    ]);

    reload = nextReload();
    await writeFile(join(articles, 'fine.txt'), 'Fine.');
    await reload;
    expect(batches.at(-1)).toEqual(['fine.txt']);
  });

  it('ignores temporary and hidden files, as the atomic writer creates them', async () => {
    const { batches } = record();
    await settle();
    await writeFile(join(articles, '.draft.md.123.tmp'), 'half an article');
    await writeFile(join(articles, 'notes.md~'), 'backup');
    await sleep(800);
    expect(batches).toEqual([]);
  });

  it('sees a temporary file renamed into place under its final name', async () => {
    const { batches, nextReload } = record();
    await settle();
    await writeFile(join(articles, '.new.md.1.tmp'), 'A new article.');
    const reload = nextReload();
    await rename(join(articles, '.new.md.1.tmp'), join(articles, 'new.md'));
    await reload;
    expect(batches.at(-1)).toEqual(['new.md']);
  });

  it('reports a failing reload to onError and still reloads on the next change', async () => {
    let fail = true;
    const { errors, nextReload, batches } = record({
      onChange: () => {
        if (fail) {
          fail = false;
          throw new Error('index build failed');
        }
      },
    });
    await settle();
    let reload = nextReload();
    await writeFile(join(articles, 'a.txt'), 'A.');
    await reload;
    await sleep(50);
    expect(errors).toHaveLength(1);
    expect(String(errors[0])).toContain('index build failed');
    reload = nextReload();
    await writeFile(join(articles, 'b.txt'), 'B.');
    await reload;
    expect(batches).toHaveLength(2);
  });

  it('follows an articles folder that is removed and created again', async () => {
    const { nextReload, batches } = record();
    await settle();
    let reload = nextReload();
    await rm(articles, { recursive: true });
    await reload;
    await mkdir(articles);
    await sleep(400);
    reload = nextReload();
    await writeFile(join(articles, 'again.txt'), 'Again.');
    await reload;
    expect(batches.flat()).toContain('again.txt');
  });

  it('never throws for a folder that does not exist, reports it, and stops cleanly', async () => {
    const errors: unknown[] = [];
    const w = watchKnowledge(join(dir, 'missing'), { onChange: () => undefined, onError: (e) => errors.push(e) });
    expect(errors).toHaveLength(1);
    expect(String((errors[0] as { code?: string }).code)).toBe('ENOENT');
    w.close();
  });

  it('keeps the answers of a running service current: an edit is searchable within 2 s, a broken edit is reported once', async () => {
    const service = await createBriefingService({ knowledgeDir: dir });
    const problems: LoadProblem[] = [];
    let reloaded: () => void = () => undefined;
    watcher = watchKnowledge(dir, {
      onChange: async () => {
        await service.reload();
        reloaded();
      },
      onProblem: (p) => problems.push(p),
    });
    await settle();
    const reload = () => new Promise<void>((resolve) => (reloaded = resolve));

    const started = Date.now();
    let next = reload();
    await writeFile(join(articles, 'lighthouse.md'), '---\ntitle: Lighthouse\n---\nThe old lighthouse was restored.');
    await next;
    expect(Date.now() - started).toBeLessThan(DEADLINE_MS);
    const found = service.answer('search', { question: 'lighthouse restored' });
    expect(found.citations.map((c) => c.article)).toContain('lighthouse');

    next = reload();
    await writeFile(join(articles, 'lighthouse.md'), '---\ntitle: [unclosed\n---\nBroken.');
    await next;
    await sleep(100);
    expect(problems.map((p) => p.field)).toEqual(['front matter']);
    // The broken edit is not served: the last good version of the file still answers, beside the other article.
    expect(service.articles().map((a) => a.id)).toEqual(['first', 'lighthouse']);
    expect(service.answer('search', { question: 'lighthouse restored' }).citations.map((c) => c.article)).toContain(
      'lighthouse',
    );
    expect(service.problems().map((p) => p.field)).toEqual(['front matter']);
  });
});
