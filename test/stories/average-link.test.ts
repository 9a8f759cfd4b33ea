import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { AverageLinkClustering } from '../../src/stories/average-link.ts';

/** Clusters `count` items from weighted pairs. */
function clusterOf(count: number, threshold: number, pairs: readonly (readonly [number, number, number])[]) {
  const c = new AverageLinkClustering(count, threshold);
  for (const [a, b, s] of pairs) c.link(a, b, s);
  c.run();
  return c.clusters();
}

/** A partition as a set of sorted groups, comparable whatever the order of groups. */
function partition(groups: readonly (readonly number[])[]): string[] {
  return groups.map((g) => [...g].sort((x, y) => x - y).join(',')).sort();
}

describe('AverageLinkClustering', () => {
  it('merges the pairs alike enough and leaves the rest alone', () => {
    expect(clusterOf(4, 0.1, [[0, 1, 0.3]])).toEqual([[0, 1], [2], [3]]);
  });

  it('does not chain: a third item like one member but not the other stays out', () => {
    // 0–1 alike, 1–2 alike, 0–2 not at all: single link would make one group of three; the average of 2 with {0, 1}
    // is 0.15, below the threshold.
    expect(
      clusterOf(3, 0.2, [
        [0, 1, 0.5],
        [1, 2, 0.3],
      ]),
    ).toEqual([[0, 1], [2]]);
    // Alike enough to both on average, it joins.
    expect(
      clusterOf(3, 0.2, [
        [0, 1, 0.5],
        [1, 2, 0.3],
        [0, 2, 0.2],
      ]),
    ).toEqual([[0, 1, 2]]);
  });

  it('gives the same groups whatever the numbering of the items', () => {
    const item = fc.integer({ min: 0, max: 7 });
    const pairs = fc.array(fc.tuple(item, item, fc.double({ min: 0.01, max: 1, noNaN: true })), { maxLength: 20 });
    fc.assert(
      fc.property(pairs, fc.shuffledSubarray([0, 1, 2, 3, 4, 5, 6, 7], { minLength: 8 }), (raw, order) => {
        // One similarity per pair, as the grouper links them.
        const seen = new Map<string, [number, number, number]>();
        for (const [a, b, s] of raw) if (a !== b) seen.set(`${Math.min(a, b)},${Math.max(a, b)}`, [a, b, s]);
        const linked = [...seen.values()];
        const renamed = linked.map(([a, b, s]) => [order[a] as number, order[b] as number, s] as const);
        const back = new Map(order.map((to, from) => [to, from]));
        const direct = partition(clusterOf(8, 0.25, linked));
        const viaRenamed = partition(clusterOf(8, 0.25, renamed).map((g) => g.map((i) => back.get(i) as number)));
        // Ties between equal similarities may merge in another order; only distinct similarities are compared.
        const values = linked.map(([, , s]) => s);
        fc.pre(new Set(values).size === values.length);
        expect(viaRenamed).toEqual(direct);
      }),
    );
  });

  it('stops only when no two groups are alike enough on average', () => {
    const item = fc.integer({ min: 0, max: 9 });
    const pairs = fc.array(fc.tuple(item, item, fc.double({ min: 0.01, max: 1, noNaN: true })), { maxLength: 30 });
    fc.assert(
      fc.property(pairs, (raw) => {
        const sim = new Map<string, number>();
        for (const [a, b, s] of raw) if (a !== b) sim.set(`${Math.min(a, b)},${Math.max(a, b)}`, s);
        const groups = clusterOf(
          10,
          0.3,
          [...sim].map(([k, s]) => {
            const [a, b] = k.split(',').map(Number) as [number, number];
            return [a, b, s] as const;
          }),
        );
        for (let i = 0; i < groups.length; i++) {
          for (let j = i + 1; j < groups.length; j++) {
            let sum = 0;
            for (const a of groups[i] as number[]) {
              for (const b of groups[j] as number[]) sum += sim.get(`${Math.min(a, b)},${Math.max(a, b)}`) ?? 0;
            }
            const average = sum / ((groups[i] as number[]).length * (groups[j] as number[]).length);
            expect(average).toBeLessThan(0.3);
          }
        }
      }),
    );
  });
});
