import { mkdir, mkdtemp, readFile, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadKnowledge, MAX_ARTICLE_BYTES, parseArticle } from '../../src/knowledge/load.ts';

const enc = (s: string) => new TextEncoder().encode(s);

describe('parseArticle', () => {
  it('reads Markdown front matter and numbers body paragraphs from 1', () => {
    const md = [
      '---',
      'title: "Ferry strike ends"',
      'publisher: Harbour Gazette',
      'byline: [Ann Lee, Bo Chan]',
      'date: 2023-05-04',
      'url: https://example.org/ferry',
      'tags: [transport]',
      '---',
      '',
      'First paragraph.',
      '',
      'Second “paragraph”\u00a0with a typo teh.',
      '',
    ].join('\n');
    const result = parseArticle('ferry-strike.md', enc(md));
    if (!('article' in result)) throw new Error(JSON.stringify(result));
    const a = result.article;
    expect(a.id).toBe('ferry-strike');
    expect(a.meta).toMatchObject({
      title: 'Ferry strike ends',
      publisher: 'Harbour Gazette',
      byline: ['Ann Lee', 'Bo Chan'],
      date: '2023-05-04',
      url: 'https://example.org/ferry',
      tags: ['transport'],
    });
    expect(a.paragraphs).toEqual([
      { number: 1, text: 'First paragraph.' },
      { number: 2, text: 'Second “paragraph”\u00a0with a typo teh.' },
    ]);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('accepts a single byline string and a Markdown file without front matter', () => {
    const one = parseArticle('a.md', enc('---\nbyline: Ann Lee\n---\nText.'));
    expect('article' in one && one.article.meta.byline).toEqual(['Ann Lee']);
    const none = parseArticle('b.md', enc('Just text.\n\nMore.'));
    expect('article' in none && none.article.paragraphs.length).toBe(2);
  });

  it('turns a leading dateline of a text file into metadata and keeps block numbering', () => {
    const txt = ' date 2021-03-09 By Ann Lee, Bo Chan and Cy Dee, WXYZ\n\nThe vote passed.\n\nIt was close.\n';
    const result = parseArticle('vote.txt', enc(txt));
    if (!('article' in result)) throw new Error('expected an article');
    expect(result.article.meta).toMatchObject({
      date: '2021-03-09',
      publisher: 'WXYZ',
      byline: ['Ann Lee', 'Bo Chan', 'Cy Dee'],
    });
    expect(result.article.paragraphs.map((p) => p.number)).toEqual([2, 3]);
    // The dateline block is kept verbatim, apart from the body, so a byline answer can cite it.
    expect(result.article.dateline).toEqual({
      number: 1,
      text: 'date 2021-03-09 By Ann Lee, Bo Chan and Cy Dee, WXYZ',
    });
  });

  it('leaves a text file without a dateline undated and unattributed', () => {
    const result = parseArticle('plain.txt', enc('Officials met on Monday.\n\nNo deal was reached.'));
    if (!('article' in result)) throw new Error('expected an article');
    expect(result.article.meta).toMatchObject({ date: null, publisher: null, byline: [], title: null });
    expect(result.article.paragraphs[0]).toEqual({ number: 1, text: 'Officials met on Monday.' });
  });

  it.each([
    ['invalid YAML', '---\ntitle: [unclosed\n---\nText.', 'front matter', /invalid YAML/],
    ['a wrong type', '---\ntitle: 42\n---\nText.', 'title', /title/],
    ['a malformed date', '---\ndate: 10/02/2022\n---\nText.', 'date', /YYYY-MM-DD/],
    ['an impossible date', '---\ndate: 2022-02-30\n---\nText.', 'date', /calendar/],
    ['a non-http URL', '---\nurl: "javascript:alert(1)"\n---\nText.', 'url', /URL/],
    ['an unknown field', '---\npublsher: BBC\n---\nText.', 'publsher', /unknown field/],
    ['an empty body', '---\ntitle: Nothing\n---\n\n   \n', 'body', /no text/],
  ])('reports %s naming the field', (_case, md, field, message) => {
    const result = parseArticle('bad.md', enc(md));
    expect('problems' in result).toBe(true);
    if (!('problems' in result)) return;
    expect(result.problems.some((p) => p.field === field && message.test(p.message))).toBe(true);
  });

  it('refuses text that is not UTF-8 or is binary', () => {
    const latin1 = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x0a]); // "café" in Latin-1
    expect(parseArticle('x.txt', latin1)).toEqual({
      problems: [{ field: null, message: expect.stringMatching(/UTF-8/) }],
    });
    expect(parseArticle('y.txt', Uint8Array.from([0x41, 0x00, 0x42]))).toEqual({
      problems: [{ field: null, message: expect.stringMatching(/binary/) }],
    });
  });

  it('refuses files over 1 MB', () => {
    const big = new Uint8Array(MAX_ARTICLE_BYTES + 1).fill(0x61);
    const result = parseArticle('big.txt', big);
    expect('problems' in result && result.problems[0]?.message).toMatch(/limit is 1048576/);
  });
});

describe('loadKnowledge', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'briefing-load-'));
    await mkdir(join(dir, 'articles'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('loads the good files, reports each bad one with its path, and skips it', async () => {
    const articles = join(dir, 'articles');
    await writeFile(join(articles, 'good.md'), '---\ntitle: Good\n---\nA paragraph.');
    await writeFile(join(articles, 'also-good.txt'), 'Plain text.');
    await writeFile(join(articles, 'broken.md'), '---\ndate: yesterday\n---\nText.');
    await writeFile(join(articles, 'empty.txt'), '');
    await writeFile(join(articles, 'image.png'), Uint8Array.from([0x89, 0x50, 0x4e, 0x47]));
    await writeFile(join(articles, 'big.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 10, 0x61));
    await writeFile(join(articles, '.DS_Store'), 'ignored');
    const { articles: loaded, problems } = await loadKnowledge(dir);
    expect(loaded.map((a) => a.id).sort()).toEqual(['also-good', 'good']);
    const byFile = Object.fromEntries(problems.map((p) => [p.path.split('/').pop(), p]));
    expect(Object.keys(byFile).sort()).toEqual(['big.txt', 'broken.md', 'empty.txt', 'image.png']);
    expect(byFile['broken.md']).toMatchObject({ field: 'date' });
    expect(byFile['big.txt']?.message).toMatch(/limit/);
  });

  it('refuses duplicate ids and symbolic links that leave the folder', async () => {
    const outside = join(dir, 'secret.txt');
    await writeFile(outside, 'Outside the knowledge folder.');
    await writeFile(join(dir, 'articles', 'story.md'), 'One.');
    await writeFile(join(dir, 'articles', 'story.txt'), 'Two.');
    await symlink(outside, join(dir, 'articles', 'link.txt'));
    const { articles, problems } = await loadKnowledge(dir);
    expect(articles.map((a) => a.file)).toEqual(['story.md']);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/duplicate id "story"/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/outside the knowledge folder/);
  });

  it('keeps name order when it reads many files at once', async () => {
    // Larger files first in name order, so reads started together finish in another order.
    const names = Array.from({ length: 80 }, (_, i) => `n${String(i).padStart(3, '0')}.txt`);
    await Promise.all(
      names.map((name, i) => writeFile(join(dir, 'articles', name), `${'A long paragraph. '.repeat(2000 - 20 * i)}`)),
    );
    const { articles } = await loadKnowledge(dir);
    const ids = articles.map((a) => a.id).filter((id) => id.startsWith('n'));
    expect(ids).toEqual(names.map((n) => n.replace('.txt', '')));
  });

  it('refuses a 50 MB file by its size without reading it into memory', async () => {
    const path = join(dir, 'articles', 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024); // sparse: 50 MB on paper, nothing on disk
    await writeFile(join(dir, 'articles', 'small.txt'), 'Still served.');
    const before = process.memoryUsage().rss;
    const { articles, problems } = await loadKnowledge(dir);
    expect(articles.map((a) => a.id)).toEqual(['small']);
    expect(problems).toEqual([
      { path: expect.stringMatching(/huge\.txt$/), field: null, message: expect.stringMatching(/52428800 bytes/) },
    ]);
    expect(process.memoryUsage().rss - before).toBeLessThan(40 * 1024 * 1024);
  });

  it('reports a file that vanished while being read (a dangling link) and serves the rest', async () => {
    const gone = join(dir, 'articles', 'gone.txt');
    await writeFile(gone, 'About to vanish.');
    await symlink(gone, join(dir, 'articles', 'vanishing.txt'));
    await rm(gone);
    await writeFile(join(dir, 'articles', 'kept.txt'), 'Kept.');
    const { articles, problems } = await loadKnowledge(dir);
    expect(articles.map((a) => a.id)).toEqual(['kept']);
    expect(problems[0]?.message).toMatch(/disappeared/);
  });

  it('reports a missing folder instead of throwing', async () => {
    const { articles, problems } = await loadKnowledge(join(dir, 'nope'));
    expect(articles).toEqual([]);
    expect(problems[0]?.message).toMatch(/cannot read folder/);
  });

  it('loads a plain folder of articles without an articles/ subfolder', async () => {
    const flat = join(dir, 'articles');
    await writeFile(join(flat, 'x.txt'), 'Text.');
    const { articles } = await loadKnowledge(flat);
    expect(articles.map((a) => a.id)).toEqual(['x']);
  });
});

describe('the seed knowledge', () => {
  it('keeps both seed articles verbatim with honest metadata', async () => {
    const { articles, problems } = await loadKnowledge('knowledge');
    expect(problems).toEqual([]);
    const cnn = articles.find((a) => a.id === '000_7ae1a928e654e4ad');
    const other = articles.find((a) => a.id === '003_59370a26bb79ce05');
    expect(cnn?.meta).toMatchObject({
      date: '2022-02-10',
      publisher: 'CNN',
      byline: ['Nathan Hodge', 'Tara John', 'Anna Chernova'],
    });
    expect(other?.meta).toMatchObject({ date: null, publisher: null, byline: [], title: null, url: null });
    for (const a of articles) {
      const raw = await readFile(join('knowledge', 'articles', a.file), 'utf8');
      const seed = await readFile(join('..', 'shared', 'seeds', a.file), 'utf8');
      expect(raw).toBe(seed);
      for (const p of a.paragraphs) expect(raw.includes(p.text)).toBe(true);
    }
  });
});
