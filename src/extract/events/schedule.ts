/**
 * When an event runs: its start and end (with the date the sentence ties to the verb) and its duration.
 * A date belongs to the verb that governs it — the nearest verb before it — so in "began in Belarus and will
 * end February 20, the ministry announced Thursday" February 20 is the end and Thursday the announcement.
 */
import { verbsOf } from '../language/index.ts';
import { COUNT, countValue, EVENT_NOUN, fresh } from './terms.ts';

/** A date phrase of a sentence with its offsets and resolution. */
export interface DatedSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly date: string | null;
  readonly endDate: string | null;
}

/** A fact found by a schedule rule; the caller adds the article, paragraph and context. */
export interface ScheduleFact {
  readonly aspect: 'start' | 'end' | 'duration';
  readonly value: string;
  readonly date: string | null;
}

const START_VERB =
  /\b(?:began|begun|begins?|beginning|started|starts?|starting|kick(?:ed|s)?\s+off|commence[sd]?|commencing|g[eo]t\s+under\s?way|opened|opens)\b/gi;
/** "launch" starts many things ("launch an attack"): only an exercise launched counts. */
const LAUNCH_EVENT =
  /\blaunch(?:ed|es|ing)?\s+(?:(?:the|a|an|its|their|[\w-]+)\s+){0,4}?(?:drills?|exercises?|war\s?games|maneuvers|manoeuvres)\b/gi;
/** "end" followed by "of" is the noun ("the end of February"), not the verb. */
const END_VERB =
  /\b(?:end(?!\s+of\b)|ends|ended|ending|conclude[sd]?|concluding|finish(?:es|ed)?|wrap(?:s|ped)?\s+up|wind(?:s|ing)?\s+down|wound\s+down|(?:last|run|ran|continue)(?:s|ed|ing)?\s+(?:until|till|through))\b/gi;

interface Anchor {
  readonly start: number;
  readonly end: number;
  readonly kind: 'start' | 'end' | 'other';
}

/** Start and end verbs, plus every other verb (which can also govern a date: "announced Thursday"). */
function anchorsOf(text: string, withVerbs: boolean): Anchor[] {
  const anchors: Anchor[] = [];
  for (const m of text.matchAll(fresh(START_VERB)))
    anchors.push({ start: m.index, end: m.index + m[0].length, kind: 'start' });
  for (const m of text.matchAll(fresh(LAUNCH_EVENT))) anchors.push({ start: m.index, end: m.index + 6, kind: 'start' });
  for (const m of text.matchAll(fresh(END_VERB)))
    anchors.push({ start: m.index, end: m.index + m[0].length, kind: 'end' });
  // Other verbs only matter as governors of dates; without dates, skip the (slow) tagging.
  if (!withVerbs) return anchors.sort((a, b) => a.start - b.start);
  const nouns = [...text.matchAll(fresh(EVENT_NOUN))].map((m) => [m.index, m.index + m[0].length] as const);
  for (const v of verbsOf(text)) {
    const overlaps = (s: number, e: number) => v.start < e && v.end > s;
    if (anchors.some((a) => overlaps(a.start, a.end)) || nouns.some(([s, e]) => overlaps(s, e))) continue;
    anchors.push({ start: v.start, end: v.end, kind: 'other' });
  }
  return anchors.sort((a, b) => a.start - b.start);
}

/** The verb governing a date: the last one before it, or the first after it when it opens the sentence. */
function governing(anchors: readonly Anchor[], span: DatedSpan): Anchor | undefined {
  const before = anchors.filter((a) => a.end <= span.start);
  return before.at(-1) ?? anchors.find((a) => a.start >= span.end);
}

/** Is an exercise noun close enough to a verb to be what it starts or ends (its subject or object)? */
function nearEventNoun(text: string, anchor: Anchor, names: readonly string[]): boolean {
  const window = text.slice(Math.max(0, anchor.start - 50), anchor.end + 60);
  return fresh(EVENT_NOUN).test(window) || names.some((n) => window.includes(n));
}

/** A short verbatim label when no date is given: the verb up to the exercise noun it governs. */
function verbPhrase(text: string, anchor: Anchor): string {
  const rest = text.slice(anchor.start, anchor.start + 80);
  const noun = fresh(EVENT_NOUN).exec(rest);
  return (noun ? rest.slice(0, noun.index + noun[0].length) : text.slice(anchor.start, anchor.end)).trim();
}

/** A range stated with a month or a day ("from March 1 to 10"), not a counted span ("the next 10 days"). */
function isStatedRange(span: DatedSpan): boolean {
  return span.endDate !== null && /\d/.test(span.text) && !/\b(?:next|past|last|coming)\b/i.test(span.text);
}

/**
 * Start and end facts of one sentence about an event: a start or end verb near an exercise noun, with the
 * date it governs ("began … Thursday", "will end February 20", "scheduled to end on February 20"), and both
 * ends of a stated range ("will run from March 1 to 10").
 */
export function startsAndEnds(text: string, dates: readonly DatedSpan[], names: readonly string[]): ScheduleFact[] {
  const anchors = anchorsOf(text, dates.length > 0);
  const out: ScheduleFact[] = [];
  for (const anchor of anchors) {
    if (anchor.kind === 'other' || !nearEventNoun(text, anchor, names)) continue;
    const span = dates.find((d) => governing(anchors, d) === anchor);
    const date = anchor.kind === 'end' && span?.endDate ? span.endDate : (span?.date ?? null);
    out.push({ aspect: anchor.kind, value: date ?? span?.text ?? `${verbPhrase(text, anchor)} (no date given)`, date });
  }
  for (const span of dates) {
    if (!isStatedRange(span)) continue;
    for (const [aspect, date] of [
      ['start', span.date],
      ['end', span.endDate],
    ] as const) {
      if (!out.some((f) => f.aspect === aspect && f.date === date))
        out.push({ aspect, value: date ?? span.text, date });
    }
  }
  return out;
}

const UNIT = '(day|week|month)s?';
/** "the 10-day drills", "a two-week exercise". */
const DURATION_ADJECTIVE = new RegExp(`\\b(${COUNT})-(day|week|month)\\b`, 'gi');
/** "10 days of joint military drills". */
const DURATION_OF = new RegExp(`\\b(${COUNT})\\s+${UNIT}\\s+of\\b`, 'gi');
/** "for 10 days", "lasting two weeks", "over the next 10 days". */
const DURATION_FOR = new RegExp(
  `\\b(?:for|lasting|lasts?|run(?:s|ning)?\\s+for|over|during|within|in)\\s+(?:the\\s+)?(?:next\\s+|coming\\s+)?(${COUNT})\\s+${UNIT}\\b`,
  'gi',
);

/**
 * How long an event lasts, when the count of days, weeks or months is tied to an exercise noun ("10 days of
 * joint military drills", "the 10-day drills"), or stated with "for"/"lasting"/"over the next" in a sentence
 * about one.
 */
export function durations(text: string, names: readonly string[]): ScheduleFact[] {
  const out: ScheduleFact[] = [];
  const add = (count: string, unit: string) => {
    const n = countValue(count);
    if (n === null || n === 0) return;
    const value = `${n} ${unit.toLowerCase()}${n === 1 ? '' : 's'}`;
    if (!out.some((f) => f.value === value)) out.push({ aspect: 'duration', value, date: null });
  };
  const nounFollows = (from: number) => {
    const after = text.slice(from, from + 60);
    return fresh(EVENT_NOUN).test(after) || names.some((n) => after.includes(n));
  };
  for (const pattern of [DURATION_ADJECTIVE, DURATION_OF]) {
    for (const m of text.matchAll(fresh(pattern))) {
      if (nounFollows(m.index + m[0].length)) add(m[1] ?? '', m[2] ?? '');
    }
  }
  if (fresh(EVENT_NOUN).test(text) || names.some((n) => text.includes(n))) {
    for (const m of text.matchAll(fresh(DURATION_FOR))) add(m[1] ?? '', m[2] ?? '');
  }
  return out;
}
