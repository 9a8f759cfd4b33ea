/**
 * Long answers are complete, and paged where they are shown: Discord with Previous/More buttons, the text front doors
 * with `page` and `limit`. Answer functions list everything up to {@link LIST_MAX} lines and say when there is more,
 * so nothing is ever dropped silently.
 */
import type { IntegerOptionSpec } from './spec.ts';

/** Most lines one answer lists; beyond it the answer says how many more there are and how to narrow it. */
export const LIST_MAX = 500;

/** Lines per page in the text front doors when `limit` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/** `page`: which page of a long answer the text front doors print (Discord pages with buttons instead). */
export const PAGE_OPTION = {
  name: 'page',
  type: 'integer',
  description: 'Which page of a long answer (default 1)',
  min: 1,
  max: 1000,
  doors: ['cli', 'console'],
} as const satisfies IntegerOptionSpec;

/** `limit` of a paged command: lines per page in the text front doors. */
export const PAGE_SIZE_OPTION = {
  name: 'limit',
  type: 'integer',
  description: `Lines per page (default ${DEFAULT_PAGE_SIZE})`,
  min: 1,
  max: 100,
  doors: ['cli', 'console'],
} as const satisfies IntegerOptionSpec;

/** The paging options a paged command lists after its own. */
export const PAGING_OPTIONS = [PAGE_OPTION, PAGE_SIZE_OPTION] as const;

/** "N more … not listed" when a list was cut at {@link LIST_MAX}; null when nothing was cut. */
export function cutNote(total: number, what: string, narrow: string): string | null {
  return total > LIST_MAX ? `${total - LIST_MAX} more ${what} not listed (first ${LIST_MAX} shown); ${narrow}.` : null;
}
