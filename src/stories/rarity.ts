import { readFileSync } from 'node:fs';

/**
 * How common each word is in news at large: document frequencies over a reference set of news articles, so that a
 * knowledge folder of twenty articles can still tell "Netflix" (rare, telling) from "company" (common, not). Built
 * by `scripts/build-term-rarity.ts`; words only (no sentences), and only those seen in several articles.
 */
export interface TermRarity {
  /** Articles the table was counted over. */
  readonly documents: number;
  /** Articles containing the word, by word. */
  readonly frequency: ReadonlyMap<string, number>;
  /** Words that are names in news text (capitalised inside sentences nearly every time): "zelensky", "nasdaq". */
  readonly names: ReadonlySet<string>;
}

/** The table file's shape. */
interface RarityFile {
  readonly documents: number;
  readonly df: Readonly<Record<string, number>>;
  readonly names?: readonly string[];
}

let loaded: TermRarity | undefined;

/** The reference table shipped with the project, read once on first use. */
export function referenceRarity(): TermRarity {
  if (loaded) return loaded;
  const file = JSON.parse(readFileSync(new URL('./term-rarity.json', import.meta.url), 'utf8')) as RarityFile;
  loaded = {
    documents: file.documents,
    frequency: new Map(Object.entries(file.df)),
    names: new Set(file.names ?? []),
  };
  return loaded;
}

/** A table with no reference counts: rarity is judged on the knowledge folder alone. */
export const NO_RARITY: TermRarity = { documents: 0, frequency: new Map(), names: new Set() };
