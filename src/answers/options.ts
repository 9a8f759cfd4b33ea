import type { Answer } from './types.ts';

/** Options as every front door passes them: keyed by slash-command option name. */
export type Options = Answer['query'];

/** A text option, trimmed; undefined when absent or blank. Numbers are accepted as their text. */
export function textOption(options: Options, key: string): string | undefined {
  const v = options[key];
  if (v === undefined || typeof v === 'boolean') return undefined;
  const s = String(v).trim();
  return s === '' ? undefined : s;
}

/** Largest `limit` any command accepts: more lines than this cannot be read in one reply anyway. */
export const MAX_LIMIT = 25;

/**
 * The `limit` option as a whole number in 1..{@link MAX_LIMIT}; `fallback` when absent. An unusable value
 * (text, zero, negative) also yields `fallback`, and the caller is told so it can say it in a note.
 */
export function limitOption(options: Options, fallback: number): { limit: number; invalid: boolean } {
  const v = options.limit;
  if (v === undefined || v === '') return { limit: fallback, invalid: false };
  const n = typeof v === 'number' ? v : Number(v);
  if (!Number.isInteger(n) || n < 1) return { limit: fallback, invalid: true };
  return { limit: Math.min(n, MAX_LIMIT), invalid: false };
}

/** Copies the options that were actually given, for the answer's `query` (what was searched). */
export function given(options: Options): Options {
  return Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined && v !== ''));
}
