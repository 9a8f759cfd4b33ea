/**
 * scripts/complete-lockfile.mjs, run as CI and developers run it, on a copy of the project's own lock file from
 * which the platform packages have been taken out: it must put back what npm writes for them.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

interface LockEntry {
  readonly version?: string;
  readonly optional?: boolean;
  readonly dev?: boolean;
  readonly os?: readonly string[];
  readonly cpu?: readonly string[];
  readonly libc?: readonly string[];
  readonly integrity?: string;
  readonly optionalDependencies?: Readonly<Record<string, string>>;
}
type Lock = { packages: Record<string, LockEntry> } & Record<string, unknown>;

const dir = mkdtempSync(join(tmpdir(), 'briefing-lock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const original = JSON.parse(readFileSync('package-lock.json', 'utf8')) as Lock;

/** Runs the script on `lock` written to a temporary file; returns the file's new content and what it printed. */
function complete(lock: Lock): { lock: Lock; printed: string } {
  const file = join(dir, 'package-lock.json');
  writeFileSync(file, JSON.stringify(lock));
  const printed = execFileSync(process.execPath, ['scripts/complete-lockfile.mjs', file], { encoding: 'utf8' });
  return { lock: JSON.parse(readFileSync(file, 'utf8')) as Lock, printed };
}

/** Lock paths of the platform packages a package lists as optional dependencies. */
function platformEntries(lock: Lock, parent: string): string[] {
  return Object.keys(lock.packages[parent]?.optionalDependencies ?? {}).map((name) => `node_modules/${name}`);
}

describe('complete-lockfile', () => {
  it.each([
    ['@resvg/resvg-js', 'node_modules/@resvg/resvg-js'],
    ['@biomejs/biome', 'node_modules/@biomejs/biome'],
  ])("restores %s's per-platform entries with the os, cpu and libc npm gives them", (_name, parent) => {
    const platforms = platformEntries(original, parent);
    expect(platforms.length).toBeGreaterThan(5);
    const stripped = structuredClone(original);
    for (const path of platforms) delete stripped.packages[path];
    const { lock, printed } = complete(stripped);
    expect(printed).toContain(`added ${platforms.length} platform entries`);
    for (const path of platforms) {
      const npm = original.packages[path];
      const restored = lock.packages[path];
      expect(restored, path).toMatchObject({ version: npm?.version, optional: true, os: npm?.os, cpu: npm?.cpu });
      expect(restored?.dev, path).toBe(npm?.dev);
      // npm copies libc from the package's manifest, which some glibc builds leave out.
      if (npm?.libc) expect(restored?.libc, path).toEqual(npm.libc);
    }
    expect(Object.keys(lock.packages)).toEqual(Object.keys(original.packages).sort(byLockOrder));
  });

  it('leaves a complete lock file as npm wrote it, and adds nothing on a second run', () => {
    const first = complete(original);
    expect(first.printed).toContain('added 0 platform entries');
    for (const [path, entry] of Object.entries(original.packages))
      expect(first.lock.packages[path], path).toEqual(entry);
    expect(complete(first.lock).lock).toEqual(first.lock);
  });
});

/** The order npm writes: the root package first, then by path. */
function byLockOrder(a: string, b: string): number {
  return a === '' ? -1 : b === '' ? 1 : a.localeCompare(b);
}
