import type { DateMention, EventFact } from '../extract/types.ts';
import type { Story } from '../stories/index.ts';
import { AnswerBuilder } from './build.ts';
import { type AnswerContext, memo } from './context.ts';
import { given, type Options } from './options.ts';
import { cutNote, LIST_MAX, PAGING_OPTIONS } from './paging.ts';
import { STORY_OPTION } from './scope.ts';
import type { CommandSpec } from './spec.ts';
import type { Answer } from './types.ts';

/** One dated line of the timeline. */
export interface TimelineEntry {
  readonly date: string;
  readonly endDate: string | null;
  readonly article: string;
  readonly paragraph: number;
  readonly context: string;
  /** "planned" for what the sentence speaks of in the future. */
  readonly planned: boolean;
}

/** "2022-02-14 – 2022-02-19 (planned)". */
export function dateLabel(e: TimelineEntry): string {
  const range = e.endDate && e.endDate !== e.date ? `${e.date} – ${e.endDate}` : e.date;
  return e.planned ? `${range} (planned)` : range;
}

function fromDate(d: DateMention): TimelineEntry | null {
  if (d.date === null) return null;
  return {
    date: d.date,
    endDate: d.endDate,
    article: d.article,
    paragraph: d.paragraph,
    context: d.context,
    planned: d.tense === 'future',
  };
}

function fromEvent(e: EventFact): TimelineEntry | null {
  if (e.date === null) return null;
  return {
    date: e.date,
    endDate: null,
    article: e.article,
    paragraph: e.paragraph,
    context: e.context,
    planned: false,
  };
}

/**
 * Every resolved date of the knowledge in order, one line per sentence and date (a sentence naming a range and its
 * start is one line, not two).
 */
export function timelineEntries(ctx: AnswerContext): readonly TimelineEntry[] {
  return memo(ctx, 'timeline', () => collect(ctx));
}

function collect(ctx: AnswerContext): TimelineEntry[] {
  const all = ctx.facts.flatMap((f) => [
    ...f.dates.map(fromDate),
    ...f.events.filter((e) => e.aspect === 'start' || e.aspect === 'end').map(fromEvent),
  ]);
  const seen = new Set<string>();
  const out: TimelineEntry[] = [];
  for (const e of all) {
    if (e === null) continue;
    const key = `${e.date}\0${e.article}\0${e.paragraph}\0${e.context}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(e);
  }
  out.sort(
    (a, b) =>
      a.date.localeCompare(b.date) ||
      (a.endDate ?? '').localeCompare(b.endDate ?? '') ||
      a.article.localeCompare(b.article) ||
      a.paragraph - b.paragraph,
  );
  return out;
}

/** `/timeline`: its entry in the command catalogue. It walks every article's dates, hence `slow`. */
export const spec = {
  name: 'timeline',
  summary: 'dated events in order',
  description: 'Dated events in order, each cited',
  options: [STORY_OPTION, ...PAGING_OPTIONS],
  examples: ['/timeline'],
  slow: true,
} as const satisfies CommandSpec;

/** For `/timeline` without a story: the newest story with a dated event (a story with none has no timeline). */
export function storyWithDates(ctx: AnswerContext): Story | undefined {
  const dated = new Set(timelineEntries(ctx).map((e) => e.article));
  return ctx.stories.list.find((s) => s.articles.some((a) => dated.has(a)));
}

/** `/timeline`: the dated events of the story in order, each cited; what could not be dated is said, not guessed. */
export function timelineAnswer(ctx: AnswerContext, options: Options): Answer {
  const b = new AnswerBuilder(ctx, 'timeline', given(options));
  const entries = timelineEntries(ctx);
  b.section(
    'Timeline',
    entries.slice(0, LIST_MAX).map((e) => b.item(e.context, e, dateLabel(e))),
  );
  const cut = cutNote(entries.length, 'dated line(s)', 'narrow with story:');
  if (cut) b.notes.push(cut);
  const unresolved = ctx.facts.reduce((n, f) => n + f.dates.filter((d) => d.date === null).length, 0);
  const undated = ctx.articles.filter((a) => a.meta.date === null).length;
  if (unresolved > 0) {
    b.notes.push(
      `${unresolved} date mention(s) could not be placed on the calendar${
        undated > 0 ? ` (${undated} article(s) carry no publication date to resolve "Thursday" against)` : ''
      }.`,
    );
  }
  if (!b.hasContent) {
    b.notes.push('No dated events were found in the articles.');
    b.suggestions.push('/drills aspect:dates', '/search when');
  }
  return b.build('Timeline');
}
