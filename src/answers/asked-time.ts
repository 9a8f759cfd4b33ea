/**
 * Whether the articles can know what a question asks about a time: an article cannot report what happened after
 * it was written. "What punishment did the Academy give on April 18" over articles of early April, or "what was
 * the inflation rate for March" over articles of mid-March, is answered honestly by saying so, not by the nearest
 * earlier fact.
 */
import type { Article } from '../knowledge/index.ts';
import { fold } from '../search/index.ts';
import { MONTHS } from './ranking.ts';

const MONTH = String.raw`(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;

const NAMES_A_MONTH = new RegExp(String.raw`\b${MONTH}`);

/** "April 18", "18 April", "April 18th, 2022". */
/** A day that names an event ("the Jan. 6 panel", "the January 6 riot"): the event, not a time asked about. */
const EVENT_AFTER = String.raw`(?!\s+(?:panel|committee|riots?|attack|hearings?|probe|investigation|insurrection|rioters?|select)\b)`;
const DAY_AFTER_MONTH = new RegExp(
  String.raw`\b${MONTH}\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+((?:19|20)\d\d))?${EVENT_AFTER}`,
);
/** A day after "before", "by", "until" or "ahead of": the time up to it, not the day itself. */
const UP_TO_A_DAY = new RegExp(
  String.raw`\b(?:before|by|until|till|ahead of|prior to|in the run-up to|leading up to)\s+(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})\b`,
  'g',
);

/**
 * A time a question does not ask about: a figure "so far in April" is told before April ends, and a day something is
 * "for" ("champagne for New Year's Eve", read as December 31) is what is spoken of, not when.
 */
const NOT_ASKED_TIME = new RegExp(
  String.raw`\bso far\s+(?:in|this|during)\s+${MONTH}|\bfor\s+(?:${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH})\b`,
  'g',
);

const DAY_BEFORE_MONTH = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH}\b(?:,?\s+((?:19|20)\d\d))?`,
);

/** "for March 2022", "in March": a whole month a figure is for. */
const WHOLE_MONTH = new RegExp(String.raw`\b(?:for|in|during)\s+${MONTH}\b(?:\s+((?:19|20)\d\d))?`);

/** "the April jobs report", "the March CPI data": a whole month whose figures a report gives. */
const REPORT_MONTH = new RegExp(
  String.raw`\bthe\s+${MONTH}\b(?:\s+((?:19|20)\d\d))?(?=\s+(?:jobs|employment|payrolls?|inflation|cpi|consumer price|retail sales|gdp)\b)`,
);

/** "at its March 2022 meeting", "in April": the month of an event. */
const MONTH_OF_EVENT = new RegExp(
  String.raw`\b(?:for|in|during|at|on)\s+(?:(?:its|the|their|his|her)\s+)?${MONTH}\b(?:\s+((?:19|20)\d\d))?`,
);

/**
 * Words of something done on a day, just before the month a question names ("rate hike in", "closing in"): a one-day
 * act, whose size is known the day it is done, unlike a month's measure ("prices rose in March").
 */
const ACT_IN_MONTH =
  /\b(?:hikes?|cuts?|meetings?|decisions?|announcements?|votes?|summits?|deals?|(?:clos|open|launch|announc|cutt|hik)ing|(?:kick(?:s|ed)?|kicking) (?:off|in)|beg[au]n|begins?|start(?:s|ed)?|took effect|takes? effect)\s*$/;

/** "The first quarter of 2022", "Q1 2022". */
const QUARTER =
  /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter(?:\s+of)?|q([1-4]))\s*(?:of\s+|in\s+)?((?:19|20)\d\d)?\b/;

/**
 * The months a question names after a preposition ("about hiking in March"), by their full names; "may" only
 * after one ("in May"), as it is also a verb.
 */
export function monthsNamed(text: string): string[] {
  const out: string[] = [];
  for (const m of fold(text).matchAll(
    new RegExp(String.raw`\b(?:in|for|at|by|until|from|before|after|since|of)\s+(?:the\s+)?${MONTH}\b`, 'g'),
  )) {
    const month = MONTHS.find((name) => name.startsWith((m[1] ?? '').slice(0, 3)));
    if (month && !out.includes(month)) out.push(month);
  }
  return out;
}

/** Whether a question asks about a quarter ("in the fourth quarter", "q1", "the latest quarter"). */
export function asksQuarter(text: string): boolean {
  return QUARTER.test(fold(text)) || /\b(?:latest|last|final|this|that|the) quarter\b/i.test(text);
}

/**
 * The months a sentence of news names, by their full names: capitalised ("in March", "Dec. 18"), and "May" not where
 * it opens the sentence (the verb).
 */
export function monthsWritten(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(
    /(?<!^)\b(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b(?:\.|(?=\s+\d)|(?<=[a-z]{4,}))/g,
  )) {
    const month = MONTHS.find((name) => name.startsWith((m[1] ?? '').toLowerCase().slice(0, 3)));
    if (month && !out.includes(month)) out.push(month);
  }
  return out;
}

/** The quarters a text names by number ("Q4", "the fourth quarter", "fiscal 3rd-quarter"), as 1 to 4. */
export function quartersNamed(text: string): number[] {
  const out: number[] = [];
  // "The first three months of 2022", "the final three months of 2021": the year's first and last quarters.
  for (const m of fold(text).matchAll(
    /\b(?:(first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter|q([1-4])|(first|last|final) three months)\b/g,
  )) {
    const n = m[2] ? Number(m[2]) : m[3] ? (m[3] === 'first' ? 1 : 4) : (QUARTER_NUMBER.indexOf(m[1] ?? '') % 4) + 1;
    if (!out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * Whether a text tells of a quarter: "the quarter", "quarterly", "Q4", "the three months to December", "the October to
 * December period".
 */
export function namesQuarter(text: string): boolean {
  // Or its months: "in the October to December period", "January-March".
  return /\bquarter(?:ly|s)?\b|\bQ[1-4]\b|\bthree months\b|\b(?:January|April|July|October)\s*(?:to|-|–|through)\s*(?:March|June|September|December)\b/i.test(
    text,
  );
}

/** The quarters' names in order, twice: in words, then as "1st" and "Q" numbers (by index modulo 4). */
const QUARTER_NUMBER = ['first', 'second', 'third', 'fourth', '1st', '2nd', '3rd', '4th', '1', '2', '3', '4'];

/** A question about what happened ("did …", "what was …"). */
const PAST_QUESTION = /^(?:\w+\s+)?(?:did|was|were|had)\b/;

/** A question about what happened, by its verb in the past anywhere ("what happened on", "what did the board do"). */
const HAPPENED_ASKED = /\b(?:did|was|were|had|happened|happen|went|came)\b/;

/**
 * Words that ask about what is expected, not what happened: the articles may well say it beforehand. A plan is also
 * told in the present ("how many stores is it closing in February", "in how many states is Bed Bath & Beyond
 * closing stores in February").
 */
const EXPECTATION =
  /\b(will|would|could|might|likely|expect(?:s|ed)?|forecast(?:s|ing)?|predict(?:s|ed)?|project(?:s|ed)|plan(?:s|ned)?|schedul(?:e|ed)|due to be|going to|set to|guid(?:e|es|ed|ing|ance)|outlook|anticipat(?:e|es|ed|ing)|estimat(?:e|es|ed)|consensus|(?:is|are) (?:\w+ ){0,3}?going (?:up|down)|(?:is|are) (?:[\w&'.]+ ){0,4}?\w{3,}ing (?:\w+ ){0,2}?(?:in|during|by|this|next))\b/i;

function monthIndex(name: string): number {
  return MONTHS.findIndex((m) => m.startsWith(name.slice(0, 3)));
}

/** A time a question asks about, with the first day an article could report it. */
interface AskedTime {
  /** As a message says it: "April 18", "the end of March 2022". */
  readonly text: string;
  /** `YYYY-MM-DD`: the day itself (news reports a day's events that day), or the day after a month's end. */
  readonly from: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day (`YYYY-MM-DD`) after a month (0-based). */
function dayAfterMonth(year: number, month: number): string {
  const d = new Date(Date.UTC(year, month + 1, 1));
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/**
 * The day or whole month a question asks about, if any, with the year the question gives or, failing that, the
 * year of the latest article. Only for a question about what happened: not one about what is expected or planned.
 * A whole month counts only for a figure ("what was the inflation rate for March"), which is known once it ends.
 */
function askedTime(question: string, figure: boolean, latest: string): AskedTime | null {
  // "Will" inside a question is a name ("Will Smith"); opening it, it asks about the future.
  if (EXPECTATION.test(question.replace(/(?<!^\s*)\bWill\b/g, ' '))) return null;
  // "Before Christmas", "by April 18", "ahead of March 1": the time before a day, which articles written before it
  // can tell.
  const q = fold(question).replace(UP_TO_A_DAY, ' ').replace(NOT_ASKED_TIME, ' ');
  const after = DAY_AFTER_MONTH.exec(q);
  const before = after ? null : DAY_BEFORE_MONTH.exec(q);
  // A day asked in the present is one the articles may announce ("is the filing deadline April 18 this year"); only
  // what happened on it waits for it.
  if ((after || before) && !HAPPENED_ASKED.test(q)) return null;
  if (after || before) {
    const monthName = (after ? after[1] : before?.[2]) ?? '';
    const day = Number(after ? after[2] : before?.[1]);
    const month = monthIndex(monthName);
    if (month < 0 || day < 1 || day > 31) return null;
    const written = after ? after[3] : before?.[3];
    const year = written ? Number(written) : nearestYear(month, latest);
    return { text: `${cap(MONTHS[month] as string)} ${day}`, from: `${year}-${pad(month + 1)}-${pad(day)}` };
  }
  if (!figure) {
    // What happened in a month ("did the Bank raise rates at its March 2022 meeting") is reported from its first day.
    // Without its year, whether it happened ("did the Fed go with a half-point hike at its May meeting") asks of the
    // month nearest the latest article it concerns (May, over articles of March): one more than half a year after
    // them is taken as last year's, which they could report. Not "what did Powell say about hiking in March": what
    // was said before the month.
    const event = PAST_QUESTION.test(q) ? MONTH_OF_EVENT.exec(q) : null;
    // "What was the verdict in the trial in March" too: what something was in the month, not words said before it.
    // "How did the stock react to its earnings in April": how it went then, as "did".
    if (
      !event ||
      (!event[2] && !/^\s*(?:did|was|were|had|how\s+did|(?:what|who|which|where|how)\s+(?:was|were))\b/.test(q))
    )
      return null;
    const month = monthIndex(event[1] ?? '');
    if (month < 0) return null;
    const year = event[2] ? Number(event[2]) : nearestYear(month, latest);
    return { text: `${cap(MONTHS[month] as string)} ${year}`, from: `${year}-${pad(month + 1)}-01` };
  }
  // "Revenue in the first quarter of 2022": a quarter's figure, known once the quarter ends. Only with its year, and
  // not a fiscal quarter, which a company counts from its own month.
  const quarter = QUARTER.exec(q);
  if (quarter?.[3] && !/\bfiscal\b/.test(q)) {
    const n = QUARTER_NUMBER.indexOf(quarter[1] ?? quarter[2] ?? '') % 4;
    const year = Number(quarter[3]);
    return { text: `the end of Q${n + 1} ${year}`, from: dayAfterMonth(year, n * 3 + 2) };
  }
  const whole = WHOLE_MONTH.exec(q) ?? REPORT_MONTH.exec(q);
  // A figure of something done on a day of the month ("the Fed's rate hike in March", "stores closing in February")
  // is reported from that day, not once the month's figures are in: the month bars only articles written before it.
  const done = whole && ACT_IN_MONTH.test(q.slice(0, whole.index));
  // "May" is also a verb: a whole month of May only with its year.
  if (!whole || (whole[1]?.startsWith('may') && !whole[2])) return null;
  const month = monthIndex(whole[1] ?? '');
  if (month < 0) return null;
  const year = whole[2] ? Number(whole[2]) : nearestYear(month, latest);
  const name = `${cap(MONTHS[month] as string)}${whole[2] ? ` ${year}` : ''}`;
  if (done) return { text: name, from: `${year}-${pad(month + 1)}-01` };
  return { text: `the end of ${name}`, from: dayAfterMonth(year, month) };
}

/**
 * The year of a month named without one: the one nearest the latest article ("December" over articles of February
 * 2022 is December 2021; "March" is March 2022).
 */
function nearestYear(month: number, latest: string): number {
  const year = Number(latest.slice(0, 4));
  const at = Date.parse(latest);
  const distance = (y: number) => Math.abs(Date.UTC(y, month, 15) - at);
  return [year - 1, year, year + 1].reduce((best, y) => (distance(y) < distance(best) ? y : best));
}

function cap(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/**
 * Why the articles cannot answer a question about a time after all of them were written, or null when one of them
 * could (or the question names no such time, or an article is undated). The articles are asked for only when the
 * question names a month.
 */
export function tooLateFor(question: string, figure: boolean, articles: () => readonly Article[]): string | null {
  // Most questions name no month: they cost one test, not a pass over the articles.
  if (!NAMES_A_MONTH.test(fold(question)) && !QUARTER.test(fold(question))) return null;
  let latest = '';
  for (const a of articles()) {
    if (a.meta.date === null) return null;
    if (a.meta.date > latest) latest = a.meta.date;
  }
  if (latest === '') return null;
  const asked = askedTime(question, figure, latest);
  if (!asked || latest >= asked.from) return null;
  return `No article can say that yet: the latest of them was written on ${latest}, before ${asked.text}.`;
}
