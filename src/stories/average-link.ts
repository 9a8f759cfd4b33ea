/**
 * Average-link agglomerative clustering over a sparse similarity graph: every item starts alone, and the two
 * clusters whose items are most alike on average (a pair with no edge counts as 0) merge, again and again, until no
 * two clusters reach the threshold. Unlike placing items one at a time, the result does not depend on which item
 * came first: an article that arrived before the rest of its story still ends up in it.
 *
 * Merging is one step at a time ({@link AverageLinkClustering.step}), so a caller can yield to the event loop
 * between steps.
 */

/** One candidate merge: the average similarity of two clusters as of their versions when it was computed. */
interface Candidate {
  readonly similarity: number;
  readonly a: number;
  readonly b: number;
  readonly versionA: number;
  readonly versionB: number;
}

/** Higher similarity first; on a tie, the pair of earlier clusters (by their first item), so the result never varies. */
function before(x: Candidate, y: Candidate): boolean {
  if (x.similarity !== y.similarity) return x.similarity > y.similarity;
  const [x1, x2] = x.a < x.b ? [x.a, x.b] : [x.b, x.a];
  const [y1, y2] = y.a < y.b ? [y.a, y.b] : [y.b, y.a];
  return x1 !== y1 ? x1 < y1 : x2 < y2;
}

/** A binary heap of candidate merges, best first. */
class CandidateHeap {
  private readonly items: Candidate[] = [];

  get size(): number {
    return this.items.length;
  }

  push(c: Candidate): void {
    const items = this.items;
    items.push(c);
    let i = items.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(items[i] as Candidate, items[parent] as Candidate)) break;
      [items[i], items[parent]] = [items[parent] as Candidate, items[i] as Candidate];
      i = parent;
    }
  }

  pop(): Candidate | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        const right = left + 1;
        let best = i;
        if (left < items.length && before(items[left] as Candidate, items[best] as Candidate)) best = left;
        if (right < items.length && before(items[right] as Candidate, items[best] as Candidate)) best = right;
        if (best === i) break;
        [items[i], items[best]] = [items[best] as Candidate, items[i] as Candidate];
        i = best;
      }
    }
    return top;
  }
}

/**
 * Clusters items `0 … count-1`. Add each similar pair once with {@link link}, then call {@link step} until it returns
 * false (or {@link run}); {@link clusters} gives the result. A cluster is named by its smallest item.
 */
export class AverageLinkClustering {
  /** Sum of the pair similarities between two live clusters, by cluster then neighbour. */
  private readonly sums = new Map<number, Map<number, number>>();
  private readonly sizes: number[];
  private readonly versions: number[];
  /** Items of each live cluster. */
  private readonly members = new Map<number, number[]>();
  private readonly heap = new CandidateHeap();

  constructor(
    count: number,
    private readonly threshold: number,
  ) {
    this.sizes = new Array<number>(count).fill(1);
    this.versions = new Array<number>(count).fill(0);
    for (let i = 0; i < count; i++) this.members.set(i, [i]);
  }

  /**
   * Records the similarity of two items, before any {@link step}: once per pair (a pair never linked counts as 0).
   * Its merge is queued here, a little at a time, rather than all at once when merging starts.
   */
  link(a: number, b: number, similarity: number): void {
    if (a === b || similarity <= 0) return;
    this.neighbours(a).set(b, (this.neighbours(a).get(b) ?? 0) + similarity);
    this.neighbours(b).set(a, (this.neighbours(b).get(a) ?? 0) + similarity);
    this.offer(a, b);
  }

  /** Merges the best pair of clusters, if any reaches the threshold. Returns whether it did. */
  step(): boolean {
    for (;;) {
      const c = this.heap.pop();
      if (c === undefined) return false;
      if (this.versions[c.a] !== c.versionA || this.versions[c.b] !== c.versionB) continue;
      if (!this.members.has(c.a) || !this.members.has(c.b)) continue;
      this.merge(Math.min(c.a, c.b), Math.max(c.a, c.b));
      return true;
    }
  }

  /** Merges until nothing reaches the threshold. */
  run(): void {
    while (this.step()) {}
  }

  /** The clusters as lists of items, each in ascending order, ordered by their first item. */
  clusters(): number[][] {
    return [...this.members.values()]
      .map((items) => [...items].sort((x, y) => x - y))
      .sort((x, y) => (x[0] ?? 0) - (y[0] ?? 0));
  }

  private neighbours(cluster: number): Map<number, number> {
    let row = this.sums.get(cluster);
    if (!row) {
      row = new Map();
      this.sums.set(cluster, row);
    }
    return row;
  }

  /** Queues the merge of two clusters when their average similarity reaches the threshold. */
  private offer(a: number, b: number): void {
    const sum = this.sums.get(a)?.get(b) ?? 0;
    const similarity = sum / ((this.sizes[a] as number) * (this.sizes[b] as number));
    if (similarity < this.threshold) return;
    this.heap.push({
      similarity,
      a,
      b,
      versionA: this.versions[a] as number,
      versionB: this.versions[b] as number,
    });
  }

  /** Folds cluster `gone` into `kept`: their sizes, items and sums with every neighbour add up. */
  private merge(kept: number, gone: number): void {
    const keptRow = this.neighbours(kept);
    const goneRow = this.neighbours(gone);
    keptRow.delete(gone);
    goneRow.delete(kept);
    for (const [other, sum] of goneRow) {
      keptRow.set(other, (keptRow.get(other) ?? 0) + sum);
      const otherRow = this.neighbours(other);
      otherRow.delete(gone);
      otherRow.set(kept, (otherRow.get(kept) ?? 0) + sum);
    }
    this.sums.delete(gone);
    this.sizes[kept] = (this.sizes[kept] as number) + (this.sizes[gone] as number);
    this.members.get(kept)?.push(...(this.members.get(gone) ?? []));
    this.members.delete(gone);
    this.versions[kept] = (this.versions[kept] as number) + 1;
    this.versions[gone] = (this.versions[gone] as number) + 1;
    for (const other of keptRow.keys()) this.offer(kept, other);
  }
}
