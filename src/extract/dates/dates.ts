import * as chrono from 'chrono-node';
import type { Article } from '../../knowledge/types.ts';
import { type Tense, tenseAt } from '../language/index.ts';
import type { DateMention, Sentence } from '../types.ts';
import { addDays, fromIso, monthOf, resolveWeekday, toIso, weekOf, yearOf } from './calendar.ts';

const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const MONTH = `(?:${MONTH_NAMES})\\.?`;
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const MONTH_DAY = `(?:${MONTH}\\s+${DAY}|${DAY}\\s+(?:of\\s+)?${MONTH})`;

/**
 * "between February 14 and 19", "from 3 March to 5 April 2023": chrono reads "February 10 to 20" as a range
 * but not "between … and …", so ranges are found first and chrono's pieces inside them are dropped.
 * Groups: start, its year, end (a full date or a bare day), the end's year.
 */
const RANGE = new RegExp(
  `\\b(?:between|from)\\s+(${MONTH_DAY})(?:,?\\s+(\\d{4}))?\\s+(?:and|to|through|until|till|-|–|—)\\s+(${MONTH_DAY}|${DAY})\\b(?:,?\\s+(\\d{4}))?`,
  'gi',
);

/** Words that make a phrase depend on the article's date ("last Thursday", "this week", "two days ago"). */
const RELATIVE =
  /\b(?:today|tonight|yesterday|tomorrow|this|last|next|past|coming|previous|following|ago|earlier|later)\b/i;
/** "the next 10 days", "the past two weeks": a span from the article's date, not a single day. */
const COUNTED_SPAN = /\b(?:next|past|last|coming|previous|following)\s+(?:\S+\s+)?(?:days|weeks|months|years)\b/i;
/** "this week", "last week", "next week": offset in weeks from the article's week. */
const WEEK_WORD = /\b(this|last|past|previous|next|coming)\s+week\b/i;
/**
 * What makes a chrono result a date here: a weekday, a month, a number, a named day, or a relative word with a
 * calendar unit. Without one, chrono's casual readings ("now", "midday", "the weeks") are not dates.
 */
const ANCHOR = new RegExp(
  `\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|${MONTH_NAMES}|today|tonight|yesterday|tomorrow)\\b|\\d|\\b(?:this|last|next|past|coming|previous|following)\\s+(?:\\S+\\s+)?(?:days?|weeks?|weekend|months?|years?)\\b`,
  'i',
);
/**
 * A cheap test that a sentence may hold a date at all: {@link ANCHOR} without its word boundaries, so it
 * matches wherever ANCHOR matches any part of the sentence (and a range always has a digit). A sentence it
 * refuses yields no date, and chrono, which tries dozens of patterns, need not read it.
 */
const MAY_HOLD_DATE = new RegExp(ANCHOR.source.replaceAll('\\b', ''), 'i');
/** Words that carry their own direction, whatever the verb: "last week" is past even in "will follow last week's". */
const PAST_WORD = /\b(?:yesterday|last|past|previous|ago|earlier)\b/i;
const FUTURE_WORD = /\b(?:tomorrow|next|coming|following|later)\b/i;
/** A leading preposition is not part of the date ("on Wednesday night" → "Wednesday night"). */
const LEADING_PREPOSITION = /^(?:on|at|in|by|from|since|until|of|during)\s+/i;

interface Resolved {
  readonly date: string | null;
  readonly endDate: string | null;
}
const UNRESOLVED: Resolved = { date: null, endDate: null };

interface Span extends Resolved {
  readonly start: number;
  readonly end: number;
}

/** Trims prepositions and trailing punctuation off a phrase found at [start, end) of `text`. */
function trimPhrase(text: string, start: number, end: number): { start: number; end: number } {
  let s = start;
  let e = end;
  const lead = LEADING_PREPOSITION.exec(text.slice(s, e));
  if (lead) s += lead[0].length;
  while (e > s && /[\s,.;:]/.test(text[e - 1] as string)) e--;
  return { start: s, end: e };
}

/** The single day chrono reads in `phrase` when day and month are stated, else null. */
function dayOf(phrase: string, reference: Date): chrono.ParsedComponents | null {
  const parsed = chrono.parse(phrase, { instant: reference, timezone: 0 }, { forwardDate: false })[0];
  return parsed?.start.isCertain('day') && parsed.start.isCertain('month') ? parsed.start : null;
}

/** Resolves a range found by {@link RANGE}. Without a stated year an undated article leaves it unresolved. */
function resolveRange(m: RegExpMatchArray, reference: string | null): Resolved {
  const [, from = '', fromYear, to = '', toYear] = m;
  const year = fromYear ?? toYear;
  if (reference === null && !year) return UNRESOLVED;
  const instant = fromIso(reference ?? '2000-06-15');
  const first = dayOf(year ? `${from} ${year}` : from, instant);
  if (!first) return UNRESOLVED;
  const start = toIso(first.date());
  let end: string;
  if (/^\d{1,2}(?:st|nd|rd|th)?$/i.test(to.trim())) {
    const day = Number.parseInt(to, 10);
    // A bare end day smaller than the start day is in the next month ("from March 28 to 2").
    const month = Number(start.slice(5, 7)) - (day >= Number(start.slice(8)) ? 1 : 0);
    const candidate = new Date(Date.UTC(Number(start.slice(0, 4)), month, day, 12));
    // "February 14 and 39" is no date: Date would roll it into March.
    if (day < 1 || candidate.getUTCDate() !== day) return { date: start, endDate: null };
    end = toIso(candidate);
  } else {
    const last = dayOf(`${to} ${toYear ?? start.slice(0, 4)}`, instant);
    if (!last) return { date: start, endDate: null };
    end = toIso(last.date());
    if (end < start) end = `${Number(end.slice(0, 4)) + 1}${end.slice(4)}`;
  }
  return { date: start, endDate: end };
}

/**
 * Resolves one chrono result. `undefined` means "not a date at all" (a clock time alone); an undated article
 * keeps anything relative (weekdays, "this week") and any day without a stated year unresolved. `tense` is asked only of a weekday alone,
 * which the tense places before or after the article's date.
 */
function resolveResult(r: chrono.ParsedResult, phrase: string, tense: () => Tense | null, reference: string | null) {
  const c = r.start;
  const hasDay = c.isCertain('day');
  const hasMonth = c.isCertain('month');
  const hasYear = c.isCertain('year');
  const weekdayOnly = c.isCertain('weekday') && !hasDay;
  const relative = RELATIVE.test(phrase);
  if (!hasDay && !hasMonth && !weekdayOnly && !relative) return undefined;
  // chrono reads "February 14 14" as 2014: a year not written with four digits is too ambiguous to keep.
  if (hasYear && !relative && !/\b\d{4}\b/.test(phrase)) return undefined;
  const start = toIso(c.date());
  const end = r.end ? toIso(r.end.date()) : null;
  if (reference === null) {
    if (relative || weekdayOnly) return UNRESOLVED;
    if (hasYear && hasDay) return { date: start, endDate: end };
    if (hasYear && hasMonth) return range(monthOf(start));
    return UNRESOLVED;
  }
  if (COUNTED_SPAN.test(phrase)) return range(start < reference ? [start, reference] : [reference, start]);
  const week = WEEK_WORD.exec(phrase);
  if (week) {
    const shift = { this: 0, last: -7, past: -7, previous: -7, next: 7, coming: 7 }[week[1]?.toLowerCase() ?? 'this'];
    return range(weekOf(addDays(reference, shift ?? 0)));
  }
  if (relative && /\bmonth\b/i.test(phrase)) return range(monthOf(start));
  if (relative && /\byear\b/i.test(phrase)) return range(yearOf(start));
  if (weekdayOnly && !relative)
    return { date: resolveWeekday(reference, c.get('weekday') ?? 0, tense()), endDate: null };
  if (hasMonth && !hasDay && !weekdayOnly) return range(monthOf(start));
  return { date: start, endDate: end };
}

/** `read`, run on the first call only; later calls return its first answer. */
function once<T>(read: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = read();
      done = true;
    }
    return value;
  };
}

function range([date, endDate]: [string, string]): Resolved {
  return { date, endDate };
}

/** The date phrases of one sentence, in order, resolved against `reference` (the article's date or null). */
export function datesInSentence(text: string, reference: string | null): Array<Span & { tense: Tense | null }> {
  const spans: Array<Span & { tense: Tense | null }> = [];
  if (!MAY_HOLD_DATE.test(text)) return spans;
  for (const m of text.matchAll(RANGE)) {
    const start = m.index;
    spans.push({ start, end: start + m[0].length, ...resolveRange(m, reference), tense: tenseAt(text, start) });
  }
  const instant = fromIso(reference ?? '2000-06-15');
  for (const r of chrono.parse(text, { instant, timezone: 0 }, { forwardDate: false })) {
    const { start, end } = trimPhrase(text, r.index, r.index + r.text.length);
    if (end <= start || spans.some((s) => start < s.end && end > s.start)) continue;
    const phrase = text.slice(start, end);
    if (!ANCHOR.test(phrase)) continue;
    // The tense needs the sentence's verbs (compromise, the slow part): read it only for a phrase kept as a date.
    const tense = once(() =>
      PAST_WORD.test(phrase) ? 'past' : FUTURE_WORD.test(phrase) ? 'future' : tenseAt(text, start),
    );
    const resolved = resolveResult(r, phrase, tense, reference);
    if (resolved) spans.push({ start, end, ...resolved, tense: tense() });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/**
 * Finds date mentions and resolves them against the article's date (undated articles keep relative dates
 * unresolved). Bare years ("since 2014", "Resolve-2022") are not date mentions and are skipped: a year is not a
 * day, and one inside a name is not a date at all. Clock times on their own are skipped too.
 */
export function extractDates(article: Article, sentences: readonly Sentence[]): DateMention[] {
  const out: DateMention[] = [];
  for (const s of sentences) {
    for (const d of datesInSentence(s.text, article.meta.date)) {
      out.push({
        article: article.id,
        paragraph: s.paragraph,
        text: s.text.slice(d.start, d.end),
        date: d.date,
        endDate: d.endDate,
        tense: d.tense,
        context: s.text,
      });
    }
  }
  return out;
}
