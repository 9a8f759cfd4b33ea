import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge, MAX_ARTICLE_BYTES } from '../../src/knowledge/load.ts';
import { canonicalUrl, normaliseUrl } from '../../src/knowledge/url.ts';
import {
  type ArticleDraft,
  type ArticleInput,
  commitArticle,
  draftToMarkdown,
  prepareArticle,
  slugify,
} from '../../src/knowledge/write.ts';

/**
 * What `/ingest` does with the folder, without the service: prepare the input against the articles now in the
 * folder, then commit it. Refusals come back as they are; the written article's path is added on success.
 */
async function writeArticle(knowledgeDir: string, input: ArticleInput) {
  const prepared = prepareArticle(input, (await loadKnowledge(knowledgeDir)).articles);
  if (!prepared.ok) return prepared;
  const path = await commitArticle(knowledgeDir, prepared);
  return { ok: true as const, article: prepared.article, path };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'write-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const draft: ArticleDraft = {
  title: 'Drills begin near the border: “Allied Resolve”',
  publisher: 'Example News',
  byline: ['Ann Writer'],
  date: '2022-02-10',
  url: 'https://example.com/news/drills?id=7',
  text: 'Troops began drills on Thursday.\n\n“We are ready,” the general said.',
};

const seed = (name: string) => readFile(join(import.meta.dirname, '../../../shared/eval/articles', name));

describe('writeArticle', () => {
  it('writes a draft to articles/ under a slug-and-hash name that the loader reads back identically', async () => {
    const result = await writeArticle(dir, { kind: 'draft', draft });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.article.file).toMatch(/^drills-begin-near-the-border-allied-resolve-[0-9a-f]{10}\.md$/);
    expect(result.path).toBe(join(dir, 'articles', result.article.file));
    const loaded = await loadKnowledge(dir);
    expect(loaded.problems).toEqual([]);
    expect(loaded.articles).toEqual([result.article]);
    expect(result.article.meta).toMatchObject({
      title: draft.title,
      publisher: 'Example News',
      byline: ['Ann Writer'],
      date: '2022-02-10',
      url: draft.url,
    });
    expect(result.article.paragraphs.map((p) => p.text)).toEqual([
      'Troops began drills on Thursday.',
      '“We are ready,” the general said.',
    ]);
    // No temporary file is left behind.
    expect(await readdir(join(dir, 'articles'))).toEqual([result.article.file]);
  });

  it('writes an uploaded .txt file verbatim, keeping its format and dateline metadata', async () => {
    const bytes = await seed('000_7ae1a928e654e4ad.txt');
    const result = await writeArticle(dir, { kind: 'file', name: 'upload.TXT', bytes });
    expect(result.ok && result.article.file).toMatch(/^upload-[0-9a-f]{10}\.txt$/);
    if (!result.ok) return;
    expect(await readFile(result.path)).toEqual(bytes);
    expect(result.article.meta.publisher).toBe('CNN');
    expect(result.article.paragraphs[0]?.number).toBe(2);
  });

  it('refuses the same file twice, naming the existing article', async () => {
    const bytes = await seed('02-bbc-kharkiv-businesses.md');
    const first = await writeArticle(dir, { kind: 'file', name: 'a.md', bytes });
    expect(first.ok).toBe(true);
    const again = await writeArticle(dir, { kind: 'file', name: 'b.md', bytes });
    expect(again.ok).toBe(false);
    if (again.ok || again.reason !== 'duplicate') throw new Error('expected a duplicate');
    expect(again.message).toBe(
      `already in the knowledge base: "The challenges of running a business in Ukraine's second city" (${first.ok && first.article.file}) has the same URL`,
    );
    expect(await readdir(join(dir, 'articles'))).toHaveLength(1);
  });

  it('refuses the same text retyped with other quotes, spacing, case and metadata', async () => {
    const first = await writeArticle(dir, { kind: 'draft', draft });
    expect(first.ok).toBe(true);
    const retyped: ArticleDraft = {
      title: 'Another title',
      text: '  troops began   drills on Thursday.\n\n"We are ready," the general said.  ',
    };
    const again = await writeArticle(dir, { kind: 'draft', draft: retyped });
    expect(again.ok === false && again.reason).toBe('duplicate');
    expect(again.ok === false && again.message).toMatch(
      /"Drills begin near the border: “Allied Resolve”" \(.+\.md\) has the same text$/,
    );
  });

  it('refuses the same URL despite tracking parameters, a fragment, www and a trailing slash', async () => {
    await writeArticle(dir, { kind: 'draft', draft: { ...draft, url: 'https://example.com/story' } });
    const again = await writeArticle(dir, {
      kind: 'draft',
      draft: { ...draft, text: 'A different body.', url: 'http://WWW.example.com/story/?utm_source=x#top' },
    });
    expect(again.ok === false && again.reason).toBe('duplicate');
  });

  it('rejects invalid articles with the loader’s own messages and writes nothing', async () => {
    const cases: [Parameters<typeof writeArticle>[1], RegExp][] = [
      [{ kind: 'draft', draft: { ...draft, date: '2022-02-30' } }, /date: date is not a real calendar day/],
      [{ kind: 'draft', draft: { ...draft, url: 'ftp://example.com/x' } }, /url: url must be an http\(s\) URL/],
      [{ kind: 'draft', draft: { ...draft, text: '   ' } }, /body: the article has no text/],
      [{ kind: 'file', name: 'x.pdf', bytes: new TextEncoder().encode('hello') }, /use a \.md or \.txt file/],
      [{ kind: 'file', name: 'x.txt', bytes: new Uint8Array([0xff, 0xfe, 0x00, 0x41]) }, /not UTF-8 text/],
      [{ kind: 'file', name: 'x.md', bytes: new TextEncoder().encode('---\nauthor: me\n---\nText.') }, /unknown field/],
    ];
    for (const [input, message] of cases) {
      const result = await writeArticle(dir, input);
      expect(result.ok === false && result.reason).toBe('invalid');
      expect(result.ok === false && result.message).toMatch(message);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('rejects an article over 1 MB before parsing it', async () => {
    const bytes = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const result = await writeArticle(dir, { kind: 'file', name: 'big.txt', bytes });
    expect(result).toEqual({
      ok: false,
      reason: 'too-large',
      message: `the article is ${MAX_ARTICLE_BYTES + 1} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`,
    });
  });

  it('never lets a file name or title reach the file system as a path', async () => {
    const evil = '../../../etc/passwd';
    const viaName = await writeArticle(dir, {
      kind: 'file',
      name: `${evil}.txt`,
      bytes: new TextEncoder().encode('Some text here.'),
    });
    const viaTitle = await writeArticle(dir, { kind: 'draft', draft: { title: evil, text: 'Other text.' } });
    for (const result of [viaName, viaTitle]) {
      expect(result.ok).toBe(true);
      if (!result.ok) continue;
      expect(result.article.file).toMatch(/^(etc-)?passwd-[0-9a-f]{10}\.(txt|md)$/);
      expect(dirname(result.path)).toBe(join(dir, 'articles'));
    }
  });

  it('writes into a flat folder of articles as is, instead of hiding them behind a new articles/', async () => {
    await writeFile(join(dir, 'old.txt'), 'An older article.');
    const result = await writeArticle(dir, { kind: 'draft', draft });
    expect(result.ok && dirname(result.path)).toBe(dir);
    expect((await loadKnowledge(dir)).articles).toHaveLength(2);
  });
});

describe('commitArticle', () => {
  it('refuses to replace an existing file and leaves no temporary file', async () => {
    const prepared = prepareArticle({ kind: 'draft', draft }, []);
    if (!prepared.ok) throw new Error(prepared.message);
    await commitArticle(dir, prepared);
    await expect(commitArticle(dir, prepared)).rejects.toThrow(/already exists/);
    expect(await readdir(join(dir, 'articles'))).toEqual([prepared.article.file]);
  });

  it('cleans up its temporary file when the rename fails', async () => {
    const prepared = prepareArticle({ kind: 'draft', draft }, []);
    if (!prepared.ok) throw new Error(prepared.message);
    // A folder squatting on the final name makes the rename fail after the temporary file is written.
    await mkdir(join(dir, 'articles', prepared.article.file), { recursive: true });
    await expect(commitArticle(dir, prepared)).rejects.toThrow();
    expect(await readdir(join(dir, 'articles'))).toEqual([prepared.article.file]);
  });
});

describe('updates (replaceSameUrl)', () => {
  const url = 'https://news.example/story';
  const v1 = { ...draft, url, text: 'First version of the story.\n\nSecond paragraph.' };

  async function prepareAgainst(d: ArticleDraft, replaceSameUrl = true) {
    return prepareArticle({ kind: 'draft', draft: d }, (await loadKnowledge(dir)).articles, { replaceSameUrl });
  }

  it('replaces an article with the same URL and a new text in place: same id and file', async () => {
    const first = await writeArticle(dir, { kind: 'draft', draft: v1 });
    if (!first.ok) throw new Error(first.message);
    const update = await prepareAgainst({ ...v1, url: `${url}/?utm_source=rss`, text: `${v1.text}\n\nA correction.` });
    if (!update.ok) throw new Error(update.message);
    expect(update.replaces?.id).toBe(first.article.id);
    expect(update.article.file).toBe(first.article.file);
    await commitArticle(dir, update);
    const { articles } = await loadKnowledge(dir);
    expect(articles).toHaveLength(1);
    expect(articles[0]?.paragraphs.map((p) => p.text)).toEqual([
      'First version of the story.',
      'Second paragraph.',
      'A correction.',
    ]);
    expect((await readdir(join(dir, 'articles'))).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  it("reports an unchanged text, and refuses an update without the option or onto another article's text", async () => {
    const first = await writeArticle(dir, { kind: 'draft', draft: v1 });
    if (!first.ok) throw new Error(first.message);
    expect(await prepareAgainst({ ...v1, title: 'A new headline' })).toMatchObject({ ok: false, reason: 'unchanged' });
    expect(await prepareAgainst({ ...v1, text: 'Changed.' }, false)).toMatchObject({ ok: false, reason: 'duplicate' });
    const other = await writeArticle(dir, { kind: 'draft', draft: { ...draft, url: 'https://news.example/other' } });
    if (!other.ok) throw new Error(other.message);
    const copy = await prepareAgainst({ ...v1, text: draft.text });
    expect(copy).toMatchObject({ ok: false, reason: 'duplicate', existing: { id: other.article.id } });
  });

  it('refuses to commit an update whose earlier file is gone', async () => {
    const first = await writeArticle(dir, { kind: 'draft', draft: v1 });
    if (!first.ok) throw new Error(first.message);
    const update = await prepareAgainst({ ...v1, text: 'New text entirely.' });
    if (!update.ok) throw new Error(update.message);
    await rm(first.path);
    await expect(commitArticle(dir, update)).rejects.toThrow(/nothing to update/);
    expect(await readdir(join(dir, 'articles'))).toEqual([]);
  });
});

describe('helpers', () => {
  it('slugify keeps ASCII words, drops accents and cuts at a word boundary', () => {
    expect(slugify('Déjà vu in Kharkiv — 100,000 troops?')).toBe('deja-vu-in-kharkiv-100-000-troops');
    expect(slugify('Путин')).toBe('article');
    const long = slugify('word '.repeat(40));
    expect(long.length).toBeLessThanOrEqual(60);
    expect(long.endsWith('word')).toBe(true);
  });

  it('normaliseUrl ignores tracking, fragments, www, trailing slashes and http vs https', () => {
    expect(normaliseUrl('http://www.Example.com/a/?utm_medium=x&id=2#f')).toBe('https://example.com/a?id=2');
    expect(normaliseUrl('not a url ')).toBe('not a url');
    expect(normaliseUrl('https://a.example/s?b=2&fbclid=x&a=1&gclid=y&mc_cid=z')).toBe('https://a.example/s?a=1&b=2');
  });

  it('canonicalUrl removes tracking and the fragment only, and refuses what is not http(s)', () => {
    expect(canonicalUrl('https://www.News.example/a/?utm_source=x&page=2#comments')).toBe(
      'https://www.news.example/a/?page=2',
    );
    expect(canonicalUrl('https://news.example/a?utm_campaign=y')).toBe('https://news.example/a');
    expect(canonicalUrl('javascript:alert(1)')).toBeNull();
    expect(canonicalUrl('/relative')).toBeNull();
  });

  it('draftToMarkdown quotes YAML-looking values so they stay strings', async () => {
    const md = draftToMarkdown({ title: 'yes: no\n---', publisher: '', text: 'Body.' });
    const prepared = prepareArticle({ kind: 'file', name: 'x.md', bytes: new TextEncoder().encode(md) }, []);
    expect(prepared.ok && prepared.article.meta.title).toBe('yes: no\n---');
    expect(prepared.ok && prepared.article.meta.publisher).toBeNull();
  });
});
