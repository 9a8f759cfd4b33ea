import { fold } from '../search/index.ts';

/** Folded words of a name ("Ukraine’s Defense Minister" → ["ukraine", "s", "defense", "minister"]). */
export function nameWords(name: string): string[] {
  return fold(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Does a user's query name this person or body? Every word of the query must be a word of one of the names
 * (or the start of one, for a query typed partially): "Peskov", "dmitry peskov" and "Kremlin spokesperson" all
 * name Dmitry Peskov, "Pes" does too, "Putin" does not.
 */
export function namesMatch(query: string, names: readonly string[]): boolean {
  const q = nameWords(query);
  if (q.length === 0) return false;
  return names.some((name) => {
    const words = nameWords(name);
    return q.every(
      (w, i) => words.includes(w) || (i === q.length - 1 && w.length >= 3 && words.some((x) => x.startsWith(w))),
    );
  });
}

/** Edit distance, for "did you mean" suggestions on names the index does not hold as terms. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = prev[0] as number;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = prev[j] as number;
      prev[j] = Math.min(above + 1, (prev[j - 1] as number) + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
      diagonal = above;
    }
  }
  return prev[b.length] as number;
}

/**
 * Names close to a mistyped query ("Peskow" → "Dmitry Peskov"): a word of the name within a third of its length
 * in edits of a word of the query. Best first, at most `limit`.
 */
export function closeNames(query: string, names: readonly string[], limit = 5): string[] {
  const q = nameWords(query);
  const scored: Array<[string, number]> = [];
  for (const name of names) {
    let best = Number.POSITIVE_INFINITY;
    for (const w of nameWords(name)) {
      for (const x of q) {
        const d = editDistance(w, x);
        if (d <= Math.max(1, Math.floor(Math.max(w.length, x.length) / 3))) best = Math.min(best, d);
      }
    }
    if (best < Number.POSITIVE_INFINITY) scored.push([name, best]);
  }
  scored.sort((a, b) => a[1] - b[1] || a[0].localeCompare(b[0]));
  return [...new Set(scored.map((s) => s[0]))].slice(0, limit);
}
