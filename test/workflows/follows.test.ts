import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FollowStore } from '../../src/workflows/index.ts';

describe('FollowStore', () => {
  let dir: string;
  let path: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'follows-'));
    path = join(dir, 'state', 'follows.json');
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('starts empty without a file, and keeps what is set across a reopen (a restart)', async () => {
    const store = await FollowStore.open(path);
    expect(store.get('c1')).toBeUndefined();
    expect(store.problem).toBeNull();
    await store.set('c1', 'ferry-strike');
    await store.set('c2', 'ferry-strike');
    await store.set('c3', 'orchard-fire');
    const reopened = await FollowStore.open(path);
    expect(reopened.get('c1')).toBe('ferry-strike');
    expect(reopened.channelsFollowing('ferry-strike')).toEqual(['c1', 'c2']);
  });

  it('stops following when set to null, and leaves no temporary file behind', async () => {
    const store = await FollowStore.open(path);
    await store.set('c1', 'ferry-strike');
    await store.set('c1', null);
    expect((await FollowStore.open(path)).get('c1')).toBeUndefined();
    expect(await readdir(join(dir, 'state'))).toEqual(['follows.json']);
  });

  it.each([
    ['not JSON', '{"version": 1, "channels": {'],
    ['the wrong shape', '{"version": 2, "channels": []}'],
  ])('reports a file that is %s, moves it aside and starts empty', async (_what, text) => {
    await FollowStore.open(path).then((s) => s.set('seed', 'x'));
    await writeFile(path, text);
    const store = await FollowStore.open(path);
    expect(store.get('seed')).toBeUndefined();
    expect(store.problem?.message).toMatch(/moved aside/);
    const files = await readdir(join(dir, 'state'));
    const aside = files.find((f) => f.startsWith('follows.json.corrupt-'));
    expect(aside && (await readFile(join(dir, 'state', aside), 'utf8'))).toBe(text);
    // The store still works: the next setting writes a fresh, valid file.
    await store.set('c1', 'ferry-strike');
    expect((await FollowStore.open(path)).get('c1')).toBe('ferry-strike');
  });
});
