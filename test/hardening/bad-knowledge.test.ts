/**
 * A knowledge folder with every kind of bad file at once, seen through the service the front doors use: the good
 * articles are served, each bad file is reported once with its path, and nothing outside the folder ever reaches an
 * answer. The loader's own tests cover each case alone (test/knowledge/load.test.ts); this is the sum of them.
 */

import { realpathSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService, CommandName } from '../../src/service/types.ts';
import { ROOT } from '../e2e/process.ts';

/** Every path the code under test opened or read through `node:fs/promises`. */
const opened: string[] = [];

vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:fs/promises')>();
  const open: typeof real.open = (path, ...rest) => {
    opened.push(String(path));
    return real.open(path, ...rest);
  };
  const readFile = ((path: Parameters<typeof real.readFile>[0], ...rest: unknown[]) => {
    opened.push(String(path));
    return (real.readFile as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof real.readFile;
  const spied = { ...real, open, readFile };
  return { ...spied, default: spied };
});

const GOOD = ['000_7ae1a928e654e4ad.txt', '003_59370a26bb79ce05.txt'];
/** A word that exists only outside the knowledge folder: finding it in any answer means the folder leaked. */
const SECRET = 'Quetzalcoatlus';

let dir: string;
let service: BriefingService;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'hardening-knowledge-'));
  const articles = join(dir, 'knowledge', 'articles');
  await mkdir(articles, { recursive: true });
  for (const name of GOOD) await copyFile(join(ROOT, 'knowledge', 'articles', name), join(articles, name));
  await writeFile(join(articles, 'broken-yaml.md'), '---\ntitle: "unterminated\n  - : [\n---\nBody text.\n');
  await writeFile(join(articles, 'binary.txt'), Uint8Array.from([0x00, 0xff, 0xfe, 0x00, 0x89, 0x50, 0x4e, 0x47]));
  await writeFile(join(articles, 'empty.md'), '');
  const huge = join(articles, 'huge.txt');
  await writeFile(huge, '');
  await truncate(huge, 50 * 1024 * 1024); // sparse: 50 MB to stat, nothing on disk
  // Same id ("twin") from two files: the first in name order is served, the second reported.
  await writeFile(join(articles, 'twin.md'), 'The ferry resumed service on Monday.\n');
  await writeFile(join(articles, 'twin.txt'), 'The ferry was cancelled again on Tuesday.\n');
  // Outside the folder, reachable only through links.
  await writeFile(join(dir, 'secret.txt'), `${SECRET} files were leaked from the server room.\n`);
  await mkdir(join(dir, 'elsewhere'));
  await writeFile(join(dir, 'elsewhere', 'story.txt'), `${SECRET} appears in a folder next door.\n`);
  await symlink(join(dir, 'secret.txt'), join(articles, 'escape.txt'));
  await symlink(join(dir, 'elsewhere'), join(articles, 'escape-dir'));
  await symlink('../../secret.txt', join(articles, 'relative-escape.md'));
  // Vanished between listing and reading: a link to a file that is gone.
  await writeFile(join(articles, 'gone.txt'), 'Soon gone.\n');
  await symlink(join(articles, 'gone.txt'), join(articles, 'vanished.txt'));
  await rm(join(articles, 'gone.txt'));
  service = await createBriefingService({ knowledgeDir: join(dir, 'knowledge') });
});

afterAll(async () => {
  if (dir) await rm(dir, { recursive: true, force: true });
});

function problemFor(file: string): string {
  const found = service.problems().filter((p) => p.path.endsWith(`/${file}`) || p.path === file);
  expect(found, `${file} reported once`).toHaveLength(1);
  return `${found[0]?.field ?? ''} ${found[0]?.message ?? ''}`;
}

describe('a knowledge folder with every kind of bad file', () => {
  it('serves exactly the good articles', () => {
    expect(
      service
        .articles()
        .map((a) => a.file)
        .sort(),
    ).toEqual([...GOOD, 'twin.md'].sort());
  });

  it('reports each bad file once, with its path and a plain reason', () => {
    expect(problemFor('broken-yaml.md')).toMatch(/front matter|YAML/i);
    expect(problemFor('binary.txt')).toMatch(/binary|UTF-8/i);
    expect(problemFor('empty.md')).toMatch(/empty|no text|no paragraph/i);
    expect(problemFor('huge.txt')).toMatch(/52428800 bytes/);
    expect(problemFor('twin.txt')).toMatch(/duplicate id "twin"/);
    expect(problemFor('escape.txt')).toMatch(/outside the knowledge folder/);
    expect(problemFor('relative-escape.md')).toMatch(/outside the knowledge folder/);
    expect(problemFor('escape-dir')).toMatch(/outside the knowledge folder/);
    expect(problemFor('vanished.txt')).toMatch(/disappeared/);
    expect(service.problems()).toHaveLength(9);
  });

  it('answers from the good articles', () => {
    const answer = service.answer('quotes', { speaker: 'Peskov' });
    expect(answer.empty).toBe(false);
    expect(new Set(answer.citations.map((c) => `${c.article}.txt`))).toEqual(
      new Set(answer.citations.map((c) => `${c.article}.txt`).filter((f) => GOOD.includes(f))),
    );
  });

  it('never shows a word from outside the folder, whatever is asked', () => {
    const asks: [CommandName, Record<string, string>][] = [
      ['search', { question: SECRET }],
      ['search', { question: 'leaked server room' }],
      ['who', { name: SECRET }],
      ['quotes', { topic: SECRET }],
      ['sources', {}],
      ['brief', {}],
      ['timeline', {}],
    ];
    for (const [command, options] of asks) {
      expect(JSON.stringify(service.answer(command, options)), `/${command}`).not.toContain('leaked from');
      expect(JSON.stringify(service.answer(command, options)), `/${command}`).not.toContain('folder next door');
    }
    expect(service.complete('name', SECRET.slice(0, 4))).toEqual([]);
  });

  it('never opens a file that resolves outside the folder', () => {
    const root = realpathSync(join(dir, 'knowledge'));
    const resolved = opened.flatMap((path) => {
      try {
        return [realpathSync(path)];
      } catch {
        return []; // the vanished file: nothing there to read
      }
    });
    expect(resolved.length).toBeGreaterThanOrEqual(GOOD.length);
    const tempRoot = realpathSync(dir);
    expect(resolved.filter((p) => p.startsWith(tempRoot) && !p.startsWith(`${root}/`))).toEqual([]);
  });

  it('keeps serving and reports again after a reload', async () => {
    const report = await service.reload();
    expect(report.articles).toBe(3);
    expect(report.problems).toHaveLength(9);
    expect(service.answer('quotes', { speaker: 'Peskov' }).empty).toBe(false);
  });
});
