/**
 * The real-text archives of the bench: the 1,917 real news articles of `../shared/corpus/news.jsonl`, and a larger
 * archive made from them. Article `i` of an archive is real article `i mod 1,917`; from the second round on, each
 * copy gets its own id and URL, a date moved by whole weeks per round (so copies fall into stories of their own
 * rather than joining the original's), and its people renamed consistently within the article, so a 10,000-article
 * archive holds 10,000 distinct articles of real prose, real quotations and real figures.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeRegExp, findNames, generatedName } from './corpus.ts';
import { createRng, mixSeed } from './prng.ts';

/** One line of `news.jsonl`. */
export interface NewsItem {
  readonly id: string;
  readonly url: string | null;
  readonly publisher: string | null;
  readonly byline: readonly string[] | null;
  readonly date: string | null;
  readonly title: string;
  readonly paragraphs: readonly string[];
}

/** Reads `news.jsonl`, one article a line. */
export async function readNews(path: string): Promise<NewsItem[]> {
  const text = await readFile(path, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as NewsItem);
}

/** Days a copy's date moves per round: past the grouping's 14-day horizon, so copies never join the original. */
const ROUND_DAYS = 63;

function shiftDate(date: string | null, days: number): string | null {
  if (date === null) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? date : new Date(ms + days * 86_400_000).toISOString().slice(0, 10);
}

/** Article `i` of the archive (see the module comment). */
export function archiveItem(news: readonly NewsItem[], i: number, seed: number): NewsItem {
  const original = news[i % news.length] as NewsItem;
  const round = Math.floor(i / news.length);
  if (round === 0) return original;
  const rng = createRng(mixSeed(seed, i));
  const rename: [RegExp, string][] = [];
  for (const name of findNames([original.title, ...original.paragraphs])) {
    const [first, last] = name.split(' ') as [string, string];
    const made = generatedName(rng);
    rename.push([new RegExp(`\\b${escapeRegExp(first)} ${escapeRegExp(last)}\\b`, 'g'), `${made.first} ${made.last}`]);
    rename.push([new RegExp(`\\b${escapeRegExp(last)}\\b`, 'g'), made.last]);
  }
  const vary = (text: string) => rename.reduce((t, [pattern, to]) => t.replace(pattern, to), text);
  return {
    ...original,
    id: `${original.id.slice(0, 70)}-r${round}`,
    url: original.url === null ? null : `${original.url}${original.url.includes('?') ? '&' : '?'}round=${round}`,
    date: shiftDate(original.date, round * ROUND_DAYS),
    title: vary(original.title),
    paragraphs: original.paragraphs.map(vary),
  };
}

/** One article as a knowledge file (Markdown with front matter), as `to-knowledge.mjs` writes it. */
export function newsFile(a: NewsItem): { readonly name: string; readonly text: string } {
  const q = (s: string) => JSON.stringify(s);
  const fm = ['---', `title: ${q(a.title)}`];
  if (a.publisher) fm.push(`publisher: ${q(a.publisher)}`);
  if (a.byline && a.byline.length > 0) fm.push(`byline: [${a.byline.map(q).join(', ')}]`);
  if (a.date) fm.push(`date: ${a.date}`);
  if (a.url) fm.push(`url: ${q(a.url)}`);
  fm.push('---', '');
  return { name: `${a.id}.md`, text: `${fm.join('\n')}\n${a.paragraphs.join('\n\n')}\n` };
}

/** Writes articles as knowledge files under `<dir>/articles/` (see {@link newsFile}); returns the bytes written. */
export async function writeNews(dir: string, items: Iterable<NewsItem>): Promise<number> {
  const folder = join(dir, 'articles');
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  for (const a of items) {
    const file = newsFile(a);
    bytes += Buffer.byteLength(file.text);
    await writeFile(join(folder, file.name), file.text);
  }
  return bytes;
}

/** The first `size` articles of the archive (see {@link archiveItem}), made one at a time as they are written. */
export function* archive(news: readonly NewsItem[], size: number, seed: number): Generator<NewsItem> {
  for (let i = 0; i < size; i++) yield archiveItem(news, i, seed);
}
