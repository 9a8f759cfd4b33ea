import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { splitSentences } from '../../src/extract/language/index.ts';
import type { Article } from '../../src/knowledge/types.ts';
import { createRng, mixSeed, type Rng } from './prng.ts';

/**
 * A synthetic newsroom archive for benchmarks: real sentences from the knowledge folder recombined into new
 * articles, with people, numbers and dates varied so the index sees a realistic vocabulary and fact count
 * rather than one story repeated. Article `i` depends only on the seed and `i`, so a corpus of 100 is the first
 * 100 articles of a corpus of 10,000 and every run builds the same bytes.
 */

/** A run of verbatim text that can be moved as a unit: one or more sentences whose quotation marks balance. */
export type Segment = string;

/** What the generator draws from, prepared once from real articles. */
export interface SourceMaterial {
  /** Each source paragraph as its segments, in reading order across all articles. */
  readonly paragraphs: readonly (readonly Segment[])[];
  /** Person-like names found in the sources ("First Last"), replaced by generated names. */
  readonly names: readonly string[];
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Capitalised words that start a run of capitals without being part of a name. */
const NOT_NAME_WORDS = new Set(['The', 'A', 'An', 'In', 'On', 'At', 'But', 'And', 'While', 'As', 'It', 'He', 'She']);

const SYLLABLES = ['an', 'bel', 'cor', 'da', 'el', 'fen', 'gri', 'ha', 'is', 'jo', 'ka', 'li', 'mar', 'no', 'ol'];
const MORE_SYLLABLES = ['pe', 'ra', 'sa', 'tor', 'vi', 'yu', 'ze', 'min', 'lor', 'ven', 'dra', 'mi', 'ru', 'te'];
const SURNAME_ENDINGS = ['ov', 'son', 'ez', 'ski', 'ton', 'berg', 'enko', 'ard', 'ley', 'ini'];
const PUBLISHERS = [
  'Northern Ledger',
  'Harbor Times',
  'Daily Meridian',
  'Continental Wire',
  'Evening Courier',
  'Riverside Post',
  'Atlas News',
  'Coastal Herald',
];

/** Counts opening and closing quotation marks; straight double quotes count as both, so balance is parity. */
function quotesBalance(text: string): boolean {
  const opens = (text.match(/\u201C/g) ?? []).length;
  const closes = (text.match(/\u201D/g) ?? []).length;
  const straight = (text.match(/"/g) ?? []).length;
  return opens === closes && straight % 2 === 0;
}

/** Splits a paragraph into movable segments: sentences, merged while a quotation is still open. */
export function segmentsOf(paragraph: string): Segment[] {
  const out: Segment[] = [];
  let pending = '';
  for (const sentence of splitSentences(paragraph)) {
    pending = pending ? `${pending} ${sentence.text}` : sentence.text;
    if (quotesBalance(pending)) {
      out.push(pending);
      pending = '';
    }
  }
  if (pending) out.push(pending);
  return out;
}

/**
 * Names of people in the sources: two capitalised words ("Dmitry Peskov") whose second word also stands alone,
 * acting ("Peskov said", "Putin’s"), which is how news copy refers to a person after naming them once, while the
 * first word never appears without it. Organisations and places ("Eastern Europe", "Black Sea") fail these tests,
 * so they keep their real names.
 */
export function findNames(texts: readonly string[]): string[] {
  const all = texts.join('\n');
  const candidates = new Set<string>();
  for (const m of all.matchAll(/\b(\p{Lu}\p{Ll}+) (\p{Lu}\p{Ll}+)\b(?! \p{Lu})/gu)) {
    const first = m[1] as string;
    const last = m[2] as string;
    if (NOT_NAME_WORDS.has(first) || MONTHS.includes(last) || WEEKDAYS.includes(last)) continue;
    const rest = all.replaceAll(`${first} ${last}`, '');
    // Alone, a surname acts: it says, writes or owns something, or closes a clause ("Peskov said", "Putin’s").
    const alone = new RegExp(
      `(?<!\\p{Lu}\\p{Ll}+ )\\b${last}(?:\\s+(?:said|says|told|added|warned|wrote|announced|is|was|has|had)\\b|[’']s\\b|[,.;])`,
      'u',
    );
    // A given name appears only in front of its surname; "Both Russia" and "Eastern Europe" fail this.
    if (alone.test(rest) && !new RegExp(`\\b${first}\\b`, 'i').test(rest)) candidates.add(`${first} ${last}`);
  }
  return [...candidates].sort();
}

/** Prepares the source material from loaded articles. */
export function sourceMaterial(articles: readonly Article[]): SourceMaterial {
  const texts = articles.flatMap((a) => a.paragraphs.map((p) => p.text));
  const paragraphs = texts.map(segmentsOf).filter((segments) => segments.length > 0);
  if (paragraphs.length === 0) throw new Error('no source paragraphs: the knowledge folder has no article text');
  return { paragraphs, names: findNames(texts) };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** A made-up "First Last" name. */
export function generatedName(rng: Rng): { first: string; last: string } {
  const first = capitalise(rng.pick(SYLLABLES) + rng.pick(MORE_SYLLABLES) + (rng.chance(0.4) ? 'a' : ''));
  const last = capitalise(rng.pick(MORE_SYLLABLES) + rng.pick(SYLLABLES) + rng.pick(SURNAME_ENDINGS));
  return { first, last };
}

/** `text` as a literal in a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A number with as many digits as `digits`, written with thousands separators when the original had them. */
function varyNumber(rng: Rng, original: string): string {
  const digits = original.replace(/,/g, '');
  if (digits.length === 0) return original;
  let value = String(rng.int(1, 9));
  for (let i = 1; i < digits.length; i++) value += String(rng.int(0, 9));
  return original.includes(',') ? Number(value).toLocaleString('en-US') : value;
}

/** Replaces people, dates and numbers in one paragraph, keeping each person consistent across the article. */
function vary(text: string, rng: Rng, people: Map<string, string>, source: SourceMaterial, year: number): string {
  let out = text;
  if (source.names.length > 0) {
    const surnames = new Map(source.names.map((n) => [n.split(' ')[1] as string, n]));
    const pattern = new RegExp(
      `\\b(?:${source.names.map(escapeRegExp).join('|')}|${[...surnames.keys()].map(escapeRegExp).join('|')})\\b`,
      'gu',
    );
    out = out.replace(pattern, (match) => {
      const full = match.includes(' ') ? match : (surnames.get(match) ?? match);
      let replacement = people.get(full);
      if (replacement === undefined) {
        const { first, last } = generatedName(rng);
        replacement = `${first} ${last}`;
        people.set(full, replacement);
      }
      return match.includes(' ') ? replacement : (replacement.split(' ')[1] as string);
    });
  }
  out = out.replace(
    new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g'),
    () => `${rng.pick(MONTHS)} ${rng.int(1, 28)}`,
  );
  out = out.replace(new RegExp(`\\b(${WEEKDAYS.join('|')})\\b`, 'g'), () => rng.pick(WEEKDAYS));
  // Years become the article's year or the one before; numbers glued to letters ("SU-35", "Resolve-2022") are names.
  return out.replace(/(?<![\p{L}\d-])\d{1,3}(?:,\d{3})+(?![\d,])|(?<![\p{L}\d.,-])\d+(?![\d,])/gu, (match) => {
    if (/^(19|20)\d\d$/.test(match)) return String(year - rng.int(0, 1));
    return varyNumber(rng, match);
  });
}

/** One generated article file: its name and its full text. */
export interface GeneratedFile {
  readonly name: string;
  readonly text: string;
}

/** Options for {@link generateArticle} and {@link writeCorpus}. */
export interface CorpusOptions {
  /** Seed of the whole corpus. Default 7. */
  readonly seed?: number;
  /** Fewest and most paragraphs per article. Default 8 to 20. */
  readonly minParagraphs?: number;
  readonly maxParagraphs?: number;
}

function yamlString(text: string): string {
  // JSON strings are valid YAML flow scalars, and escape every character YAML would otherwise interpret.
  return JSON.stringify(text);
}

/**
 * Generates article number `index`: runs of consecutive source paragraphs (so "he added" still follows its
 * speaker), sometimes with a sentence from elsewhere appended, then varied. Most are Markdown with front matter;
 * one in ten is plain text with a dateline, as pasted copy arrives.
 */
export function generateArticle(source: SourceMaterial, index: number, options: CorpusOptions = {}): GeneratedFile {
  const rng = createRng(mixSeed(options.seed ?? 7, index));
  const count = rng.int(options.minParagraphs ?? 8, options.maxParagraphs ?? 20);
  const year = rng.int(2019, 2025);
  const date = `${year}-${String(rng.int(1, 12)).padStart(2, '0')}-${String(rng.int(1, 28)).padStart(2, '0')}`;
  const people = new Map<string, string>();
  const paragraphs: string[] = [];
  while (paragraphs.length < count) {
    let at = rng.int(0, source.paragraphs.length - 1);
    const run = rng.int(2, 5);
    for (let i = 0; i < run && paragraphs.length < count; i++, at = (at + 1) % source.paragraphs.length) {
      const segments = [...(source.paragraphs[at] ?? [])];
      if (rng.chance(0.25)) segments.push(rng.pick(rng.pick(source.paragraphs)));
      paragraphs.push(vary(segments.join(' '), rng, people, source, year));
    }
  }
  const byline = Array.from({ length: rng.int(1, 3) }, () => {
    const { first, last } = generatedName(rng);
    return `${first} ${last}`;
  });
  const publisher = rng.pick(PUBLISHERS);
  const id = `a${String(index).padStart(5, '0')}`;
  const body = `${paragraphs.join('\n\n')}\n`;
  if (rng.chance(0.1)) {
    return { name: `${id}.txt`, text: ` date ${date} By ${byline.join(' and ')}, ${publisher}\n\n${body}` };
  }
  const title = (paragraphs[0] ?? '')
    .replace(/["\u201C\u201D]/g, '')
    .split(/\s+/)
    .slice(0, rng.int(6, 10))
    .join(' ')
    .replace(/[,;:]$/, '');
  const slug = publisher.toLowerCase().replace(/\s+/g, '-');
  const front = [
    '---',
    `title: ${yamlString(title)}`,
    `publisher: ${yamlString(publisher)}`,
    `byline: [${byline.map(yamlString).join(', ')}]`,
    `date: ${date}`,
    `url: https://example.org/${slug}/${id}`,
    'language: en',
    '---',
  ].join('\n');
  return { name: `${id}.md`, text: `${front}\n\n${body}` };
}

/**
 * Writes articles `0 … size-1` into `<dir>/articles/`, replacing anything there, and returns the bytes written.
 * The folder then loads with the real loader like any knowledge folder.
 */
export async function writeCorpus(
  dir: string,
  size: number,
  source: SourceMaterial,
  options: CorpusOptions = {},
): Promise<number> {
  const folder = join(dir, 'articles');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  let bytes = 0;
  const chunk = 200;
  for (let start = 0; start < size; start += chunk) {
    const files = Array.from({ length: Math.min(chunk, size - start) }, (_, i) =>
      generateArticle(source, start + i, options),
    );
    await Promise.all(files.map((f) => writeFile(join(folder, f.name), f.text)));
    for (const f of files) bytes += Buffer.byteLength(f.text);
  }
  return bytes;
}

/** Number of article files in a corpus folder, to check a reused folder is complete. */
export async function corpusSize(dir: string): Promise<number> {
  try {
    return (await readdir(join(dir, 'articles'))).length;
  } catch {
    return 0;
  }
}
