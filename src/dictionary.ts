/**
 * The large English word list (274,000 words, the `word-list` package), shared by extraction and answering. It
 * holds some names in lower case too ("russia", "musk"), so it tells ordinary words only where a name is unlikely.
 *
 * Every extraction worker and every CLI run reads it, so it is kept as the file's own text with the start offset of
 * each word (about 3 MB, against 21 MB for a set of the same words), looked up by binary search. The file is in
 * alphabetical order but not quite in code-unit order (a couple of words stand out of place), so the few words that
 * break the order are held aside in a small set instead of sorting the whole list: splitting and sorting it cost a
 * quarter of a second on every start.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

interface Packed {
  /** The list as read: words each followed by a newline. */
  readonly text: string;
  /** Where each word kept in order starts in `text`. */
  readonly starts: Int32Array;
  /** Words that stand out of code-unit order in the file, found by a set instead. */
  readonly strays: ReadonlySet<string>;
}

let packed: Packed | null = null;

/**
 * Indexes the words of a newline-separated list in order, setting aside each word smaller than the last word kept,
 * so that the kept words are in code-unit order whatever the list's order.
 */
export function packWordList(raw: string): Packed {
  const text = raw.endsWith('\n') || raw === '' ? raw : `${raw}\n`;
  const starts: number[] = [];
  const strays = new Set<string>();
  let last = '';
  for (let at = 0; at < text.length; ) {
    const end = text.indexOf('\n', at);
    if (end > at) {
      const word = text.slice(at, end);
      if (word >= last) {
        starts.push(at);
        last = word;
      } else strays.add(word);
    }
    at = end + 1;
  }
  return { text, starts: Int32Array.from(starts), strays };
}

function words(): Packed {
  packed ??= packWordList(readFileSync(wordListPath, 'utf8'));
  return packed;
}

function wordAt(p: Packed, i: number): string {
  const start = p.starts[i] as number;
  return p.text.slice(start, p.text.indexOf('\n', start));
}

/** The list's words, lower case, in the list's order; read once, when first asked. */
export function* dictionaryWords(): Generator<string> {
  const p = words();
  for (let i = 0; i < p.starts.length; i++) yield wordAt(p, i);
  yield* p.strays;
}

/** Is the word in a packed list? Binary search over the words kept in order, then the strays. */
export function inWordList(p: Packed, word: string): boolean {
  let lo = 0;
  let hi = p.starts.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = wordAt(p, mid);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return p.strays.has(word);
}

/** Is the lower-case word in the list ("haul", "jacked", "charter")? */
export function isDictionaryWord(word: string): boolean {
  return inWordList(words(), word);
}
