/**
 * The large English word list (274,000 words, the `word-list` package), shared by extraction and answering. It
 * holds some names in lower case too ("russia", "musk"), so it tells ordinary words only where a name is unlikely.
 *
 * Every extraction worker reads it, so it is kept packed: the sorted words in one string with their start offsets
 * (about 3 MB, against 21 MB for a set of the same words), looked up by binary search.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

interface Packed {
  /** The words in code-unit order, each followed by a newline. */
  readonly text: string;
  /** Where each word starts in `text`, with the text's length last. */
  readonly starts: Int32Array;
}

let packed: Packed | null = null;

function words(): Packed {
  if (packed) return packed;
  const list = readFileSync(wordListPath, 'utf8')
    .split('\n')
    .filter((w) => w !== '')
    .sort();
  const starts = new Int32Array(list.length + 1);
  let at = 0;
  for (const [i, w] of list.entries()) {
    starts[i] = at;
    at += w.length + 1;
  }
  starts[list.length] = at;
  packed = { text: `${list.join('\n')}\n`, starts };
  return packed;
}

function wordAt(p: Packed, i: number): string {
  return p.text.slice(p.starts[i], (p.starts[i + 1] as number) - 1);
}

/** The list's words, lower case, in order; read once, when first asked. */
export function* dictionaryWords(): Generator<string> {
  const p = words();
  for (let i = 0; i < p.starts.length - 1; i++) yield wordAt(p, i);
}

/** Is the lower-case word in the list ("haul", "jacked", "charter")? */
export function isDictionaryWord(word: string): boolean {
  const p = words();
  let lo = 0;
  let hi = p.starts.length - 2;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const w = wordAt(p, mid);
    if (w === word) return true;
    if (w < word) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
