/** Small UTC calendar helpers: dates travel as `YYYY-MM-DD` strings, computed at noon UTC to dodge DST. */

const DAY_MS = 86_400_000;

/** A `YYYY-MM-DD` string as a Date at noon UTC. */
export function fromIso(iso: string): Date {
  return new Date(`${iso}T12:00:00Z`);
}

/** A Date's UTC calendar day as `YYYY-MM-DD`. */
export function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** `iso` moved by `days` (negative goes back). */
export function addDays(iso: string, days: number): string {
  return toIso(new Date(fromIso(iso).getTime() + days * DAY_MS));
}

/** Day of the week of `iso`, 0 = Sunday as in `Date#getUTCDay`. */
export function weekdayOf(iso: string): number {
  return fromIso(iso).getUTCDay();
}

/** Monday to Sunday of the week containing `iso` (ISO weeks, as European and most news copy count them). */
export function weekOf(iso: string): [string, string] {
  const monday = addDays(iso, -((weekdayOf(iso) + 6) % 7));
  return [monday, addDays(monday, 6)];
}

/** First and last day of the month containing `iso`. */
export function monthOf(iso: string): [string, string] {
  const first = `${iso.slice(0, 7)}-01`;
  const d = fromIso(first);
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0, 12));
  return [first, toIso(last)];
}

/** First and last day of the year containing `iso`. */
export function yearOf(iso: string): [string, string] {
  const y = iso.slice(0, 4);
  return [`${y}-01-01`, `${y}-12-31`];
}

/**
 * The day named by a bare weekday ("Thursday") relative to the article's date, by tense: in the past the most
 * recent such day on or before it, in the future the next on or after it, otherwise the nearest (ties go to
 * the past, because news mostly reports what happened).
 */
export function resolveWeekday(
  reference: string,
  weekday: number,
  tense: 'past' | 'present' | 'future' | null,
): string {
  const back = (weekdayOf(reference) - weekday + 7) % 7;
  const forward = (weekday - weekdayOf(reference) + 7) % 7;
  if (tense === 'past') return addDays(reference, -back);
  if (tense === 'future') return addDays(reference, forward);
  return forward < back ? addDays(reference, forward) : addDays(reference, -back);
}
