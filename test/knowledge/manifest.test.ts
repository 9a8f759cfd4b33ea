import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'knowledge-manifest-'));
  await writeFile(join(dir, 'a.md'), '---\ntitle: A\n---\n\nFirst paragraph of A.\n');
  await writeFile(join(dir, 'b.txt'), 'Body of B.\n\nSecond paragraph of B.\n');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The loader as a freshly started process has it (no articles remembered from an earlier load). */
async function freshLoader() {
  vi.resetModules();
  return (await import('../../src/knowledge/load.ts')).loadKnowledge;
}

describe('loading a folder again', () => {
  it('reuses the articles of unchanged files and reads a changed, added or removed file anew', async () => {
    const load = await freshLoader();
    const first = await load(dir);
    await writeFile(join(dir, 'b.txt'), 'Body of B, edited.\n');
    await writeFile(join(dir, 'c.txt'), 'A new article.\n');
    const second = await load(dir);
    expect(second.articles.map((a) => a.id)).toEqual(['a', 'b', 'c']);
    expect(second.articles[0]).toBe(first.articles[0]); // the same object: not read again
    expect(second.articles[1]?.paragraphs[0]?.text).toBe('Body of B, edited.');
    expect(second.articles[1]?.contentHash).not.toBe(first.articles[1]?.contentHash);
    await rm(join(dir, 'a.md'));
    expect((await load(dir)).articles.map((a) => a.id)).toEqual(['b', 'c']);
  });

  it('takes unchanged files from the manifest in a new process, with the same articles as a full read', async () => {
    const cacheDir = join(dir, '.cache');
    const full = await (await freshLoader())(dir);
    await (await freshLoader())(dir, { cacheDir });
    expect(await readdir(join(cacheDir, 'knowledge'))).toHaveLength(1);
    const warm = await (await freshLoader())(dir, { cacheDir });
    expect(warm).toEqual(full);
    // A file changed since the manifest was written is read, not taken from it.
    await writeFile(join(dir, 'a.md'), '---\ntitle: A2\n---\n\nChanged.\n');
    const changed = await (await freshLoader())(dir, { cacheDir });
    expect(changed.articles[0]?.meta.title).toBe('A2');
  });

  it('reports a file broken since the last load, and ignores a manifest it cannot read', async () => {
    const cacheDir = join(dir, '.cache');
    await (await freshLoader())(dir, { cacheDir });
    const [name] = await readdir(join(cacheDir, 'knowledge'));
    await writeFile(join(cacheDir, 'knowledge', name as string), '{not json');
    await writeFile(join(dir, 'a.md'), '---\ntitle: [unclosed\n---\n\nText.\n');
    const result = await (await freshLoader())(dir, { cacheDir });
    expect(result.articles.map((a) => a.id)).toEqual(['b']);
    expect(result.problems).toHaveLength(1);
  });
});

describe('writeManifest', () => {
  it('writes, in parts, the JSON of the whole manifest, which reads back as it was written', async () => {
    const { readManifest, writeManifest } = await import('../../src/knowledge/manifest.ts');
    const { parseArticle } = await import('../../src/knowledge/parse.ts');
    const manifest = new Map();
    // More files than one part holds, with text that needs escaping in JSON.
    for (let i = 0; i < 150; i++) {
      const name = `article-${i}.md`;
      const text = `---\ntitle: "Quoted \\"title\\" ${i}"\n---\n\nParagraph ${i} with "quotes", a \\\\ and é.\n`;
      const parsed = parseArticle(name, new TextEncoder().encode(text));
      if (!('article' in parsed)) throw new Error('fixture should parse');
      manifest.set(name, { stamp: [text.length, i, i + 0.5, 1000 + i] as const, article: parsed.article });
    }
    const cache = join(dir, 'cache');
    await writeManifest(cache, '/the/folder', manifest);
    const [file] = await readdir(join(cache, 'knowledge'));
    const written = await readFile(join(cache, 'knowledge', file as string), 'utf8');
    const files = [...manifest].map(([name, { stamp, article }]) => [name, stamp, article]);
    const version = (JSON.parse(written) as { version: number }).version;
    expect(written).toBe(JSON.stringify({ version, folder: '/the/folder', files }));
    expect(await readManifest(cache, '/the/folder')).toEqual(manifest);
    expect(await readManifest(cache, '/another/folder')).toEqual(new Map());
  });
});
