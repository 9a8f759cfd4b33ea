import { boundedMemo } from '../memo.ts';
import { fold } from '../search/index.ts';

/**
 * Folded words of a name ("Ukraine’s Defense Minister" → ["ukraine", "s", "defense", "minister"]). The same names
 * and sentences are split again and again by every answer, so the words are remembered (a bounded memo, like the
 * index's term memo): the list returned is shared, so it is read-only.
 */
export const nameWords: (name: string) => readonly string[] = boundedMemo(100_000, (name: string) =>
  fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean),
);

/**
 * Does a user's query name this person or body? Every word of the query must be a word of one of the names
 * (or the start of one, for a query typed partially): "Peskov", "dmitry peskov" and "Kremlin spokesperson" all
 * name Dmitry Peskov, "Pes" does too, "Putin" does not.
 */
export function namesMatch(query: string, names: readonly string[]): boolean {
  return wordsMatch(nameWords(query), names.map(nameWords));
}

/** {@link namesMatch} on words already split: the query's, and each name's. */
export function wordsMatch(query: readonly string[], names: readonly (readonly string[])[]): boolean {
  if (query.length === 0) return false;
  return names.some((words) =>
    query.every(
      (w, i) => words.includes(w) || (i === query.length - 1 && w.length >= 3 && words.some((x) => x.startsWith(w))),
    ),
  );
}

/**
 * Edit distance, for "did you mean" suggestions on names the index does not hold as terms. Two letters typed the
 * wrong way round ("vyia" for "viya") are one edit, as they are one slip of the hand.
 */
export function editDistance(a: string, b: string): number {
  return editDistanceWithin(a, b, Number.POSITIVE_INFINITY);
}

/**
 * {@link editDistance} when it is at most `max`, else any number above `max`: stops as soon as no alignment can
 * stay within `max`, which is what makes matching a typed word against every name word of a large archive cheap.
 */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  // Three rows of the table: two rows back is where a swap of neighbouring letters is read.
  let before: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(
        (prev[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, (before[j - 2] as number) + 1);
      row.push(v);
      if (v < best) best = v;
    }
    if (best > max) return max + 1;
    before = prev;
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * The words within `max` edits of a mistyped word that start with its first letter (a typo rarely falls on the first
 * letter), closest first, then in alphabetical order.
 */
export function wordsNear(word: string, candidates: Iterable<string>, max: number): { word: string; edits: number }[] {
  const found: { word: string; edits: number }[] = [];
  for (const w of candidates) {
    if (w[0] !== word[0] || Math.abs(w.length - word.length) > max) continue;
    const edits = editDistanceWithin(word, w, max);
    if (edits <= max) found.push({ word: w, edits });
  }
  return found.sort((a, b) => a.edits - b.edits || a.word.localeCompare(b.word));
}

/**
 * Names close to a mistyped query ("Peskow" → "Dmitry Peskov"): a word of the name within a third of its length
 * in edits of a word of the query. Best first, at most `limit`.
 */
export function closeNames(query: string, names: readonly string[], limit = 5): string[] {
  const q = nameWords(query);
  // Names share words ("Minister", a surname): each word is measured once, against every word of the query.
  const closeness = new Map<string, number>();
  const closest = (w: string): number => {
    let best = closeness.get(w);
    if (best === undefined) {
      best = Number.POSITIVE_INFINITY;
      for (const x of q) {
        const max = Math.max(1, Math.floor(Math.max(w.length, x.length) / 3));
        const d = editDistanceWithin(w, x, max);
        if (d <= max) best = Math.min(best, d);
      }
      closeness.set(w, best);
    }
    return best;
  };
  const scored: Array<[string, number]> = [];
  for (const name of names) {
    let best = Number.POSITIVE_INFINITY;
    for (const w of nameWords(name)) best = Math.min(best, closest(w));
    if (best < Number.POSITIVE_INFINITY) scored.push([name, best]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return [...new Set(scored.map((s) => s[0]))].slice(0, limit);
}

/** Short forms of given names that news writes for the full one ("Pat" for Patrick), by the full name. */
const NICKNAMES: ReadonlyMap<string, readonly string[]> = new Map([
  ['patrick', ['pat']],
  ['robert', ['bob', 'rob', 'bobby']],
  ['william', ['bill', 'will', 'billy']],
  ['michael', ['mike']],
  ['james', ['jim', 'jimmy', 'jamie']],
  ['thomas', ['tom']],
  ['joseph', ['joe']],
  ['richard', ['dick', 'rick', 'rich']],
  ['elizabeth', ['liz', 'beth', 'betsy']],
  ['katherine', ['kate', 'kathy']],
  ['christopher', ['chris']],
  ['daniel', ['dan', 'danny']],
  ['david', ['dave']],
  ['steven', ['steve']],
  ['stephen', ['steve']],
  ['anthony', ['tony']],
  ['benjamin', ['ben']],
  ['samuel', ['sam']],
  ['alexander', ['alex']],
  ['andrew', ['andy']],
  ['matthew', ['matt']],
  ['nicholas', ['nick']],
  ['edward', ['ed', 'ted']],
  ['charles', ['chuck', 'charlie']],
  ['jennifer', ['jen', 'jenny']],
  ['margaret', ['maggie', 'peggy']],
  ['susan', ['sue']],
  ['deborah', ['deb', 'debbie']],
  ['kenneth', ['ken']],
  ['ronald', ['ron']],
  ['donald', ['don']],
  ['gregory', ['greg']],
  ['jeffrey', ['jeff']],
  ['timothy', ['tim']],
  ['lawrence', ['larry']],
  ['gerald', ['jerry']],
  ['theodore', ['ted']],
  ['eugene', ['gene']],
]);

/** The other forms of a given name: its short forms ("lawrence" → "larry"), or the full name of a short form. */
export function givenNameForms(name: string): readonly string[] {
  const short = NICKNAMES.get(name) ?? [];
  const full = [...NICKNAMES].filter(([, forms]) => forms.includes(name)).map(([f]) => f);
  return [...short, ...full];
}
