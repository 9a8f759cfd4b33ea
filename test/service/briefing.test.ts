import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { CommandName } from '../../src/service/types.ts';

const ALPHA = `---
title: Navy holds exercises
publisher: Example Wire
date: 2023-05-04
---

The navy began five days of exercises near Port Wren on Monday, officials said.

"We are ready for anything," Admiral Rosa Kent told reporters.
`;
const BETA = 'Analysts said about 2,000 sailors took part in the maneuvers near Port Wren.\n';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'briefing-service-'));
  await mkdir(join(root, 'knowledge', 'articles'), { recursive: true });
  await writeFile(join(root, 'knowledge', 'articles', 'alpha.md'), ALPHA);
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

function logLines(): { lines: Array<Record<string, unknown>>; stream: Writable } {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      for (const l of String(chunk).split('\n').filter(Boolean)) lines.push(JSON.parse(l));
      done();
    },
  });
  return { lines, stream };
}

describe('createBriefingService', () => {
  it('gives the same question the same answer until a reload changes the knowledge', async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    const first = service.answer('search', { question: 'sailors Port Wren', limit: 3 });
    expect(service.answer('search', { limit: 3, question: 'sailors Port Wren' })).toBe(first);
    expect(first.sections.flatMap((x) => x.items).some((i) => i.snippet.includes('2,000 sailors'))).toBe(false);
    await writeFile(join(root, 'knowledge', 'articles', 'beta.txt'), BETA);
    await service.reload();
    const after = service.answer('search', { question: 'sailors Port Wren', limit: 3 });
    expect(after).not.toBe(first);
    expect(after.sections.flatMap((x) => x.items).some((i) => i.snippet.includes('2,000 sailors'))).toBe(true);
  });

  it('answers every command from the folder it loaded', async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    expect(service.articles().map((a) => a.id)).toEqual(['alpha']);
    const commands: CommandName[] = [
      'drills',
      'quotes',
      'estimates',
      'search',
      'sources',
      'who',
      'timeline',
      'brief',
      'help',
    ];
    for (const c of commands) expect(service.answer(c, { question: 'Port Wren', name: 'Kent' }).command).toBe(c);
    expect(service.answer('search', { question: 'Port Wren' }).empty).toBe(false);
  });

  it('never throws for an unknown command name', async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    const a = service.answer('nope' as CommandName, {});
    expect(a.empty).toBe(true);
    expect(a.suggestions).toContain('/help');
  });

  it('loads the index snapshot at the next start when nothing changed', async () => {
    const cacheDir = join(root, 'cache');
    const first = logLines();
    await createBriefingService({
      knowledgeDir: join(root, 'knowledge'),
      cacheDir,
      logger: createLogger({ destination: first.stream }),
    });
    const second = logLines();
    await createBriefingService({
      knowledgeDir: join(root, 'knowledge'),
      cacheDir,
      logger: createLogger({ destination: second.stream }),
    });
    expect(first.lines.find((l) => l.msg === 'knowledge loaded')?.index).toBe('built');
    expect(second.lines.find((l) => l.msg === 'knowledge loaded')?.index).toBe('snapshot');
  });

  it('reports what a reload added, changed and removed, and serves the new knowledge', async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    expect(service.answer('search', { question: 'sailors' }).empty).toBe(true);
    await writeFile(join(root, 'knowledge', 'articles', 'beta.txt'), BETA);
    const added = await service.reload();
    expect(added).toMatchObject({ articles: 2, added: ['beta'], changed: [], removed: [] });
    expect(service.answer('search', { question: 'sailors' }).empty).toBe(false);
    await writeFile(join(root, 'knowledge', 'articles', 'beta.txt'), `${BETA}\nMore text here.\n`);
    await rm(join(root, 'knowledge', 'articles', 'alpha.md'));
    const next = await service.reload();
    expect(next).toMatchObject({ articles: 1, added: [], changed: ['beta'], removed: ['alpha'] });
  });

  it('answers after a reload (index rebuilt on a worker) exactly as a fresh start on the same folder does', async () => {
    const knowledgeDir = join(root, 'knowledge');
    const { lines, stream } = logLines();
    const service = await createBriefingService({
      knowledgeDir,
      cacheDir: join(root, 'cache'),
      prepareAnswers: true,
      indexWorkerFrom: 1,
      logger: createLogger({ destination: stream, level: 'debug' }),
    });
    await writeFile(join(knowledgeDir, 'articles', 'beta.txt'), BETA);
    await service.reload();
    await service.prepared?.();
    const fresh = await createBriefingService({ knowledgeDir, cacheDir: join(root, 'fresh-cache') });
    const commands: CommandName[] = ['drills', 'quotes', 'estimates', 'search', 'sources', 'who', 'timeline', 'brief'];
    for (const question of ['Port Wren', 'how many sailors', 'what did Kent say']) {
      for (const c of commands) {
        expect(service.answer(c, { question, name: 'Kent' })).toEqual(fresh.answer(c, { question, name: 'Kent' }));
      }
    }
    expect(service.answer('search', { question: 'sailors' }).empty).toBe(false);
    // The start built its index here (nothing was served yet); the reload built its own on the worker.
    expect(lines.find((l) => l.msg === 'knowledge loaded')?.index).toBe('built');
    expect(lines.find((l) => l.msg === 'knowledge reloaded')?.index).toBe('built on a worker');
    expect(lines.filter((l) => String(l.msg).startsWith('index worker failed'))).toEqual([]);
  });

  it('keeps serving the old knowledge when the folder becomes unreadable', async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    await rm(join(root, 'knowledge'), { recursive: true });
    await expect(service.reload()).rejects.toThrow(/still serving 1 article/);
    expect(service.articles()).toHaveLength(1);
    expect(service.answer('search', { question: 'Port Wren' }).empty).toBe(false);
  });

  it('keeps serving the last good version of an article whose file is edited into a broken state', async () => {
    const file = join(root, 'knowledge', 'articles', 'alpha.md');
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    const good = service.articles()[0];

    await writeFile(file, ALPHA.replace('date: 2023-05-04', 'date: 2023-02-30').replace('anything', 'zeppelins'));
    const broken = await service.reload();
    expect(broken).toMatchObject({ articles: 1, added: [], changed: [], removed: [] });
    expect(service.articles()).toEqual([good]);
    expect(service.answer('search', { question: 'Port Wren' }).empty).toBe(false);
    expect(service.answer('search', { question: 'zeppelins' }).empty).toBe(true);
    expect(service.problems()).toHaveLength(1);
    expect(service.problems()[0]?.path).toMatch(/alpha\.md$/);
    expect(service.problems()[0]?.message).toMatch(/last good version is still served/);

    // Half-written (empty) is broken too; the last good version still answers.
    await writeFile(file, '');
    await service.reload();
    expect(service.articles()).toEqual([good]);

    await writeFile(file, ALPHA.replace('anything', 'zeppelins'));
    expect(await service.reload()).toMatchObject({ changed: ['alpha'], removed: [] });
    expect(service.answer('search', { question: 'zeppelins' }).empty).toBe(false);
    expect(service.problems()).toEqual([]);

    // A broken file whose id another file now serves is not resurrected beside it.
    await writeFile(file, '---\ndate: nope\n---\n\nText.\n');
    await writeFile(join(root, 'knowledge', 'articles', 'alpha.txt'), BETA);
    await service.reload();
    expect(service.articles().map((a) => a.file)).toEqual(['alpha.txt']);
  });

  it('forgets an article whose file is removed, even if it was broken before', async () => {
    const file = join(root, 'knowledge', 'articles', 'alpha.md');
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    await writeFile(file, '---\ndate: nope\n---\n\nText.\n');
    await service.reload();
    expect(service.articles()).toHaveLength(1);
    await rm(file);
    expect(await service.reload()).toMatchObject({ articles: 0, removed: ['alpha'] });
    expect(service.articles()).toEqual([]);
  });

  it('answers from the old generation until the new one is complete, then from the new one only', async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    await writeFile(join(root, 'knowledge', 'articles', 'beta.txt'), BETA);
    const reloading = service.reload();
    // Asked while the reload runs: the old index answers whole.
    expect(service.answer('search', { question: 'sailors' }).empty).toBe(true);
    expect(service.articles().map((a) => a.id)).toEqual(['alpha']);
    await reloading;
    expect(service.answer('search', { question: 'sailors' }).empty).toBe(false);
    expect(service.articles().map((a) => a.id)).toEqual(['alpha', 'beta']);
  });

  it('lists problems of bad files and still serves the good ones', async () => {
    await writeFile(join(root, 'knowledge', 'articles', 'bad.md'), '---\ndate: not-a-date\n---\n\nText.\n');
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    expect(service.articles().map((a) => a.id)).toEqual(['alpha']);
    expect(service.problems().length).toBeGreaterThan(0);
  });
});

describe('complete', () => {
  it('completes speakers, names and subjects by prefix, within the limit', async () => {
    await writeFile(join(root, 'knowledge', 'articles', 'beta.txt'), BETA);
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    expect(service.complete('speaker', 'ke')).toEqual(['Rosa Kent']);
    expect(service.complete('speaker', 'adm')).toEqual(['Rosa Kent']);
    expect(service.complete('speaker', 'x')).toEqual([]);
    expect(service.complete('name', 'wre')).toEqual(['Port Wren']);
    expect(service.complete('name', '', 1)).toHaveLength(1);
    expect(service.complete('subject', 'sail')).toEqual(['sailors near Port Wren']);
    expect(service.complete('subject', 'zzz')).toEqual([]);
  });
});

describe('factsOf', () => {
  it('keeps the facts of unchanged articles across a reload, and reads again those of a changed one', async () => {
    const knowledgeDir = join(root, 'knowledge');
    await writeFile(join(knowledgeDir, 'articles', 'beta.txt'), BETA);
    const service = await createBriefingService({ knowledgeDir, cacheDir: join(root, 'cache') });
    const alpha = service.factsOf('alpha');
    const beta = service.factsOf('beta');
    await writeFile(join(knowledgeDir, 'articles', 'beta.txt'), `${BETA}\nNavy officials said 12 ships took part.\n`);
    await writeFile(join(knowledgeDir, 'articles', 'gamma.txt'), 'The drills ended on Friday, the navy said.\n');
    await service.reload();
    // The same objects: neither read from the cache again nor held twice while the new generation was built.
    expect(service.factsOf('alpha')).toBe(alpha);
    expect(service.factsOf('beta')).not.toBe(beta);
    expect(service.factsOf('beta')?.figures.map((f) => f.text)).toContain('12 ships');
    expect(service.factsOf('gamma')?.article).toBe('gamma');
  });

  it("gives a served article's facts after a reload, and nothing for an unknown id", async () => {
    const service = await createBriefingService({ knowledgeDir: join(root, 'knowledge') });
    expect(service.factsOf('beta')).toBeUndefined();
    await writeFile(join(root, 'knowledge', 'articles', 'beta.txt'), BETA);
    await service.reload();
    expect(service.factsOf('beta')?.figures.map((f) => f.text)).toEqual(['about 2,000 sailors']);
    expect(service.factsOf('alpha')?.quotes.map((q) => q.speaker)).toEqual(['Rosa Kent']);
  });
});
