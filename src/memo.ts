/**
 * A bounded memo for pure functions on hot paths (a name's key, a word's index terms, a masked paragraph): answers
 * are remembered by key and all forgotten at once when `limit` are held, which keeps memory bounded without the
 * book-keeping of an LRU. Forgetting changes nothing but time, since the function is pure.
 */

/**
 * `compute` remembered by `keyOf` of its arguments (by default the first argument), at most `limit` answers at a time.
 * The answers returned are shared: callers must not change them.
 */
export function boundedMemo<A extends readonly unknown[], V>(
  limit: number,
  compute: (...args: A) => V,
  keyOf: (...args: A) => unknown = (...args) => args[0],
): (...args: A) => V {
  const memo = new Map<unknown, V>();
  return (...args: A): V => {
    const key = keyOf(...args);
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as V;
    const value = compute(...args);
    if (memo.size >= limit) memo.clear();
    memo.set(key, value);
    return value;
  };
}
