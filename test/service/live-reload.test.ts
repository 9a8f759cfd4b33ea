import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { KnowledgeWatcher } from '../../src/knowledge/watch.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import { startLiveReload } from '../../src/service/live-reload.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { memoryLogger } from '../discord/fakes.ts';

/** The promise: a change is answered within 2 s. */
const DEADLINE_MS = 2000;

let root: string;
let articles: string;
let watcher: KnowledgeWatcher | undefined;

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'live-reload-'));
  articles = join(root, 'articles');
  await mkdir(articles);
  await writeFile(join(articles, 'alpha.txt'), 'Officials said the harbour reopened on Monday after the storm.\n');
});
afterEach(async () => {
  watcher?.close();
  watcher = undefined;
  await rm(root, { recursive: true, force: true });
});

async function within(ms: number, check: () => boolean): Promise<number> {
  const start = Date.now();
  while (!check()) {
    if (Date.now() - start > ms) throw new Error(`not within ${ms} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  return Date.now() - start;
}

async function start(): Promise<{ service: BriefingService; lines: () => Record<string, unknown>[] }> {
  const service = await createBriefingService({ knowledgeDir: root });
  const { logger, lines } = memoryLogger();
  watcher = startLiveReload({ service, knowledgeDir: root, logger });
  // fs.watch arms asynchronously (the articles folder is looked up first).
  await new Promise((resolve) => setTimeout(resolve, 100));
  return { service, lines };
}

describe('startLiveReload', () => {
  it('serves a new article within 2 s and forgets a removed one', async () => {
    const { service } = await start();
    const found = () => !service.answer('search', { question: 'lighthouse' }).empty;
    expect(found()).toBe(false);
    await writeFile(join(articles, 'beta.txt'), 'The lighthouse keeper said the lamp was repaired on Tuesday.\n');
    await within(DEADLINE_MS, found);
    await rm(join(articles, 'beta.txt'));
    await within(DEADLINE_MS, () => !found());
  });

  it('logs a broken file with its path and keeps the last good version of an edited one', async () => {
    const { service, lines } = await start();
    await writeFile(join(articles, 'alpha.txt'), Buffer.from([0xff, 0xfe, 0x00, 0x41]));
    await writeFile(join(articles, 'gamma.md'), '---\ndate: 2024-13-45\n---\n\nA paragraph.\n');
    const warned = (file: string) =>
      lines().some((l) => l.level === 40 && String(l.path).endsWith(file) && /broken file/.test(String(l.msg)));
    await within(DEADLINE_MS, () => warned('alpha.txt') && warned('gamma.md'));
    await within(DEADLINE_MS, () => service.problems().length === 2);
    expect(service.articles().map((a) => a.id)).toEqual(['alpha']);
    expect(service.answer('search', { question: 'harbour' }).empty).toBe(false);
  });

  it('stops reloading once closed', async () => {
    const { service } = await start();
    watcher?.close();
    await writeFile(join(articles, 'beta.txt'), 'The lighthouse keeper said the lamp was repaired on Tuesday.\n');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(service.articles().map((a) => a.id)).toEqual(['alpha']);
  });
});
