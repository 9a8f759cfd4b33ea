/**
 * What an event brings to the field: troops, units and equipment (forces), its size, how many take part,
 * and the naval part of it (seas, dates, ships).
 */
import type { DatedSpan } from './schedule.ts';
import { FORCE_TERM, fresh, NAVAL_TERM, PARTICIPATION_CUE, SEA_NAME, SIZE_CUE } from './terms.ts';

/** A count or quantity right before a force term ("30,000 combat", "at least 14 Russian", "a few"). */
const QUANTITY_BEFORE =
  /(?:(?:up to|at least|about|some|over|nearly|more than|around|an expected|only|roughly)\s+)?(?:(?<![\w-])\d+(?:[,.]\d+)*(?:\s+(?:to|and)\s+\d+(?:[,.]\d+)*)?|a few(?:\s+(?:thousand|hundred|dozen))?|thousands of|hundreds of|dozens of|several)\s+(?:(?!(?:and|or)\s)[\p{L}-]+\s+){0,3}$/u;
const QUANTITY =
  /(?:(?:up to|at least|about|some|over|nearly|more than|around|only)\s+)?(?<![\w-])\d+(?:[,.]\d+)*(?:\s+(?:to|and)\s+\d+(?:[,.]\d+)*)?/;
const MAX_TERMS = 8;

/** The forces a sentence lists, each with the count before it when there is one, in order, without repeats. */
function forceTerms(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(fresh(FORCE_TERM))) {
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    const quantity = QUANTITY_BEFORE.exec(before)?.[0] ?? '';
    const phrase = `${quantity}${m[0]}`.trim();
    if (!out.some((t) => t.includes(phrase))) out.push(phrase);
  }
  return out.slice(0, MAX_TERMS);
}

/** A verbatim clause from `start`, cut at the clause's end or at 80 characters on a word boundary. */
function clauseFrom(text: string, start: number): string {
  const rest = text.slice(start);
  const stop = rest.search(/[,;:.”"](?=[\s”"]|$)|$/);
  const clause = rest.slice(0, stop).trim();
  return clause.length <= 80 ? clause : `${clause.slice(0, 80).replace(/\s+\S*$/, '')}…`;
}

/**
 * Forces facts of a sentence already known to concern the event: the troops, units and equipment it names;
 * its size ("the scale may be larger than before"); and counted participation ("up to 30,000 could take part").
 */
export function forces(text: string): string[] {
  const out: string[] = [];
  const terms = forceTerms(text);
  if (terms.length > 0) out.push(terms.join(', '));
  const size = SIZE_CUE.exec(text);
  if (size) out.push(clauseFrom(text, size.index));
  const part = PARTICIPATION_CUE.exec(text);
  const count = part ? QUANTITY.exec(text.slice(0, part.index)) : null;
  if (part && count) out.push(text.slice(count.index, part.index + part[0].length).trim());
  return out;
}

/** Does a sentence speak of ships or seas? */
export function isNaval(text: string): boolean {
  return NAVAL_TERM.test(text) || fresh(SEA_NAME).test(text);
}

const SHIPS =
  /\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|several|dozens of|a few)\s+(?:[A-Z][\p{L}]+\s+)?(?:warships|ships|vessels|submarines|frigates|destroyers|corvettes|cruisers|landing ships)\b/iu;

/**
 * The naval facts of a sentence about a naval drill: the seas named, the dates (resolved where possible),
 * and the ships counted ("Six Russian warships"), joined as one value.
 */
export function naval(text: string, dates: readonly DatedSpan[]): string {
  const seas: string[] = [];
  for (const m of text.matchAll(fresh(SEA_NAME))) {
    const sea = m[0].replace(/^the\s+/i, '').trim();
    if (!seas.includes(sea)) seas.push(sea);
  }
  // A stated range is the drill's own time; other dates in the sentence are often when someone spoke of it.
  const ranges = dates.filter((d) => d.endDate !== null);
  const own = ranges.length > 0 ? ranges : dates;
  const when = own.map((d) =>
    d.date ? (d.endDate && d.endDate !== d.date ? `${d.date} to ${d.endDate}` : d.date) : d.text,
  );
  const ships = SHIPS.exec(text)?.[0];
  const parts = [seas.join(', '), when.join(', '), ships ?? ''].filter((p) => p !== '');
  const fallback = NAVAL_TERM.exec(text)?.[0] ?? 'naval drills';
  return parts.length > 0 ? parts.join('; ') : fallback;
}
