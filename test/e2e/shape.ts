/**
 * Structural shapes of JSON values for snapshot tests: keys and types are pinned, volatile values (ids, text,
 * counts) are not, so a snapshot breaks when a reply's structure changes and not when an article is added.
 */

/** A JSON value's shape: `"string"`, `"number"`, `"boolean"`, `"null"`, an object of shapes, or `[shape]`. */
export type Shape = string | { readonly [key: string]: Shape } | readonly Shape[];

/** Merges two shapes of values found at the same place (array elements): union of keys, `a|b` of scalar types. */
function merge(a: Shape, b: Shape): Shape {
  if (typeof a === 'string' && typeof b === 'string') {
    return [...new Set([...a.split('|'), ...b.split('|')])].sort().join('|');
  }
  if (Array.isArray(a) && Array.isArray(b)) {
    const [x] = a;
    const [y] = b;
    if (x === undefined) return b;
    if (y === undefined) return a;
    return [merge(x, y)];
  }
  if (typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const out: Record<string, Shape> = {};
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      const left = (a as Record<string, Shape>)[key];
      const right = (b as Record<string, Shape>)[key];
      // A key missing from some elements is not marked optional: which elements carry it depends on the data
      // (one article has a URL, another not), and the snapshot pins structure, not data.
      out[key] = left === undefined || right === undefined ? ((left ?? right) as Shape) : merge(left, right);
    }
    return out;
  }
  return `${describeKind(a)}|${describeKind(b)}`;
}

function describeKind(shape: Shape): string {
  if (typeof shape === 'string') return shape;
  return Array.isArray(shape) ? 'array' : 'object';
}

/**
 * The shape of `value`. Elements of arrays are merged into one element shape (a list of fields varies in length
 * with the data), except under the `positional` keys, whose elements each keep their own shape because their
 * order means something (a message's answer embed, then its sources embed).
 */
export function shapeOf(value: unknown, options: ShapeOptions = {}): Shape {
  const positional = new Set(options.positional ?? ['embeds']);
  const omitted = new Set(options.omit ?? DATA_DEPENDENT_KEYS);
  const at = (v: unknown, keepOrder: boolean): Shape => {
    if (v === null) return 'null';
    if (Array.isArray(v)) {
      const shapes = v.map((e) => at(e, false));
      if (keepOrder || shapes.length === 0) return shapes;
      return [shapes.reduce(merge)];
    }
    if (typeof v === 'object') {
      const out: Record<string, Shape> = {};
      for (const key of Object.keys(v).sort()) {
        const child = (v as Record<string, unknown>)[key];
        if (child !== undefined && !omitted.has(key)) out[key] = at(child, positional.has(key));
      }
      return out;
    }
    return typeof v;
  };
  return at(value, false);
}

/**
 * Optional Discord keys a renderer sets only when the data calls for it (an inline field for a disagreement, an
 * embed description for notes, a link when the article has a URL): their presence is data, so shapes omit them.
 */
export const DATA_DEPENDENT_KEYS: readonly string[] = ['inline', 'description', 'url'];

/** Options of {@link shapeOf}. */
export interface ShapeOptions {
  /** Keys whose array elements keep their own shapes. Default `['embeds']`. */
  readonly positional?: readonly string[];
  /** Keys left out of the shape. Default {@link DATA_DEPENDENT_KEYS}. */
  readonly omit?: readonly string[];
}
