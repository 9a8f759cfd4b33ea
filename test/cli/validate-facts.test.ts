import { execFile } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);

/** Runs the real `briefing` executable as a user would, returning its exit code and output. */
async function briefing(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return briefingWith({}, ...args);
}

/** {@link briefing} with extra environment variables, as a user's `.env` or shell would set them. */
async function briefingWith(
  env: Record<string, string>,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/briefing.mjs', ...args], {
      env: { ...process.env, CACHE_DIR: cache, ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

let dir: string;
let cache: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-cli-'));
  cache = join(dir, 'cache');
  await writeFile(join(dir, 'fine.md'), '---\ntitle: Fine\n---\nA sentence.');
  await writeFile(join(dir, 'broken.md'), '---\ntitle: Broken\ndate: 2022-13-01\n---\nA sentence.');
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('briefing validate', () => {
  it('passes on the project knowledge', async () => {
    const { code, stdout } = await briefing('validate');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ok: 2 article\(s\)/m);
  });

  it('fails naming the file and the field on a broken folder', async () => {
    const { code, stdout } = await briefing('validate', '--knowledge', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(/broken\.md: \[date\]/);
    expect(stdout).toMatch(/FAILED: 1 article\(s\)/);
  });

  it('reads the folder from KNOWLEDGE_DIR through the configuration, and refuses a malformed variable', async () => {
    const configured = await briefingWith({ KNOWLEDGE_DIR: dir }, 'validate');
    expect(configured.code).toBe(1);
    expect(configured.stdout).toMatch(/FAILED: 1 article\(s\), .* in .*briefing-cli-/);
    const malformed = await briefingWith({ LOG_LEVEL: 'loud' }, 'validate');
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/LOG_LEVEL/);
  });

  it('rejects an unknown option with exit code 2', async () => {
    const { code, stderr } = await briefing('validate', '--frobnicate');
    expect(code).toBe(2);
    expect(stderr).toMatch(/frobnicate/);
  });
});

describe('briefing facts --json', () => {
  it('prints the contract with article metadata and paragraph counts', async () => {
    const { code, stdout } = await briefing('facts', '--json');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(Object.keys(doc)).toEqual(expect.arrayContaining(['articles', 'quotes', 'figures', 'events', 'entities']));
    const cnn = doc.articles.find((a: { id: string }) => a.id === '000_7ae1a928e654e4ad');
    expect(cnn).toMatchObject({
      file: '000_7ae1a928e654e4ad.txt',
      publisher: 'CNN',
      date: '2022-02-10',
      paragraphs: 29,
    });
  });
});

describe('briefing facts and the cache', () => {
  it('writes its cache where CACHE_DIR says, and nowhere with --no-cache', async () => {
    const elsewhere = join(dir, 'other-cache');
    expect((await briefingWith({ CACHE_DIR: elsewhere }, 'facts', '--knowledge', dir, '--no-cache')).code).toBe(0);
    await expect(readdir(elsewhere)).rejects.toThrow(/ENOENT/);
    expect((await briefingWith({ CACHE_DIR: elsewhere }, 'facts', '--knowledge', dir)).code).toBe(0);
    expect(await readdir(join(elsewhere, 'facts'))).toHaveLength(1);
  });
});

describe('briefing facts (text)', () => {
  it("lists Peskov's quotes under Dmitry Peskov and each troop estimate with its claimant", async () => {
    const { code, stdout } = await briefing('facts');
    expect(code).toBe(0);
    const peskov = stdout.split('\n  Dmitry Peskov, Kremlin spokesperson\n')[1]?.split(/\n {2}\S/)[0] ?? '';
    expect(peskov).toContain('“Yes, we can say so”');
    expect(peskov).toContain('“[The drills] are held regularly”');
    expect(stdout).toMatch(/8,000 to 14,000 troops = 8000–14000 troops · Janes · troops in Belarus/);
    expect(stdout).toMatch(/30,000 combat troops = 30000 troops · Jens Stoltenberg/);
    expect(stdout).toMatch(/a few thousand = 2000–9000 troops · Oleksiy Reznikov/);
    expect(stdout).toMatch(/up to 30,000 = …–30000 troops · United States/);
  });
});
