import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { archive, archiveItem, type NewsItem, newsFile, readNews, writeNews } from '../../scripts/bench/archive.ts';
import { distinctCalls } from '../../scripts/bench/questions.ts';
import { groupStories } from '../../src/answers/context.ts';
import { READ_COMMANDS } from '../../src/answers/index.ts';
import { extractAll } from '../../src/extract/index.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';

/** Two made-up articles in the shape of news.jsonl lines. */
const NEWS: NewsItem[] = [
  {
    id: 'first-story',
    url: 'https://example.org/a',
    publisher: 'Example Post',
    byline: ['Ann Writer'],
    date: '2022-02-01',
    title: 'Talks resume as Marta Velkova visits',
    paragraphs: [
      'Foreign minister Marta Velkova said on Monday that talks would resume.',
      '“We are ready,” Velkova said, adding that 3,000 troops had left the border.',
    ],
  },
  {
    id: 'second-story',
    url: null,
    publisher: null,
    byline: null,
    date: null,
    title: 'Harbour reopens',
    paragraphs: ['The harbour reopened after a week of storms.'],
  },
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bench-archive-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('archiveItem', () => {
  it('keeps the first round as the real articles', () => {
    expect(archiveItem(NEWS, 0, 7)).toBe(NEWS[0]);
    expect(archiveItem(NEWS, 1, 7)).toBe(NEWS[1]);
  });

  it('gives a later copy its own id, address and later date, and renames its people consistently', () => {
    const copy = archiveItem(NEWS, 2, 7);
    expect(copy.id).not.toBe(NEWS[0]?.id);
    expect(copy.url).not.toBe(NEWS[0]?.url);
    expect(copy.date).not.toBeNull();
    expect(Date.parse(copy.date as string)).toBeGreaterThan(Date.parse('2022-02-01') + 14 * 86_400_000);
    const text = [copy.title, ...copy.paragraphs].join('\n');
    expect(text).not.toMatch(/Velkova/);
    const renamed = /Foreign minister (\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+) said/u.exec(copy.paragraphs[0] as string);
    expect(renamed).not.toBeNull();
    // The surname alone is renamed the same way as in the full name.
    expect(copy.paragraphs[1]).toContain(`,” ${renamed?.[2]} said`);
    // Everything else is the real text.
    expect(copy.paragraphs[1]).toContain('3,000 troops had left the border');
    expect(archiveItem(NEWS, 2, 7)).toEqual(copy);
  });

  it('keeps an undated article undated and one without an address without one', () => {
    const copy = archiveItem(NEWS, 3, 7);
    expect(copy.date).toBeNull();
    expect(copy.url).toBeNull();
    expect(copy.paragraphs).toEqual(NEWS[1]?.paragraphs);
  });
});

describe('writeNews and readNews', () => {
  it('writes knowledge files the loader reads back with their metadata and paragraphs', async () => {
    const bytes = await writeNews(dir, archive(NEWS, 5, 7));
    expect(bytes).toBeGreaterThan(0);
    expect((await readdir(join(dir, 'articles'))).length).toBe(5);
    const { articles, problems } = await loadKnowledge(dir);
    expect(problems).toEqual([]);
    const first = articles.find((a) => a.file.endsWith('first-story.md'));
    expect(first?.meta.title).toBe(NEWS[0]?.title);
    expect(first?.meta.date).toBe('2022-02-01');
    expect(first?.paragraphs.map((p) => p.text)).toEqual(NEWS[0]?.paragraphs);
    expect(new Set(articles.map((a) => a.id)).size).toBe(5);
  });

  it('reads one article a line and skips blank lines', async () => {
    const file = join(dir, 'news.jsonl');
    await writeFile(file, `${NEWS.map((n) => JSON.stringify(n)).join('\n\n')}\n`);
    expect(await readNews(file)).toEqual(NEWS);
    expect(newsFile(NEWS[1] as NewsItem).text).not.toMatch(/^date:/m);
  });
});

describe('distinctCalls', () => {
  it('never repeats a call within a command and measures every command', async () => {
    await writeNews(dir, archive(NEWS, 6, 7));
    const { articles } = await loadKnowledge(dir);
    const facts = await extractAll(articles);
    const stories = groupStories(articles).list;
    const calls = distinctCalls(facts, stories, ['when do talks resume', 'when do talks resume'], 20);
    const commands = new Set(calls.map((c) => c.command));
    for (const { spec } of READ_COMMANDS) expect(commands.has(spec.name)).toBe(true);
    for (const command of commands) {
      if (command === 'help') continue;
      const keys = calls.filter((c) => c.command === command).map((c) => JSON.stringify(c.options));
      expect(new Set(keys).size).toBe(keys.length);
    }
    const questions = calls.filter((c) => c.command === 'search').map((c) => c.options.question);
    expect(questions).toContain('when do talks resume');
  });
});
