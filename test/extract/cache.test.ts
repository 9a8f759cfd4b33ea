import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fingerprintOf } from '../../src/extract/cache.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'extract-fingerprint-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes `files` (path relative to `root` → content), creating folders as needed. */
async function writeTree(root: string, files: Record<string, string>): Promise<void> {
  for (const [path, content] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), content);
  }
}

const TREE = {
  'index.ts': 'export {};\n',
  'types.ts': 'export type A = 1;\n',
  'figures/units.ts': 'export const UNITS = 1;\n',
  'figures/deep/nested.ts': 'export const DEEP = 1;\n',
};

describe('fingerprintOf', () => {
  it('changes when a file in a subfolder, at any depth, changes', async () => {
    await writeTree(dir, TREE);
    const before = await fingerprintOf(dir);
    await writeFile(join(dir, 'figures/units.ts'), 'export const UNITS = 2;\n');
    const afterSubfolder = await fingerprintOf(dir);
    expect(afterSubfolder).not.toBe(before);
    await writeFile(join(dir, 'figures/deep/nested.ts'), 'export const DEEP = 2;\n');
    expect(await fingerprintOf(dir)).not.toBe(afterSubfolder);
  });

  it('changes when a code file is added to a subfolder or moved to another folder', async () => {
    await writeTree(dir, TREE);
    const before = await fingerprintOf(dir);
    await writeTree(dir, { 'dates/dates.ts': 'export {};\n' });
    const added = await fingerprintOf(dir);
    expect(added).not.toBe(before);
    await rm(join(dir, 'dates/dates.ts'));
    await writeTree(dir, { 'events/dates.ts': 'export {};\n' });
    expect(await fingerprintOf(dir)).not.toBe(added);
  });

  it('is the same for the same code, whatever order the files were written in, and ignores other files', async () => {
    const first = join(dir, 'first');
    const second = join(dir, 'second');
    await writeTree(first, TREE);
    await writeTree(second, { ...Object.fromEntries(Object.entries(TREE).reverse()), 'figures/README.md': 'notes' });
    expect(await fingerprintOf(first)).toMatch(/^[0-9a-f]{16}$/);
    expect(await fingerprintOf(second)).toBe(await fingerprintOf(first));
  });

  it('rejects for a folder that does not exist', async () => {
    await expect(fingerprintOf(join(dir, 'missing'))).rejects.toThrow();
  });
});
