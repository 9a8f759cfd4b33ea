import { groupEventNames } from '../extract/index.ts';
import type { EventAspect, EventFact } from '../extract/types.ts';
import { fold } from '../search/index.ts';
import type { Story } from '../stories/index.ts';
import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, type Options, textOption } from './options.ts';
import { STORY_OPTION } from './scope.ts';
import { bestPerParagraph } from './search.ts';
import { UNATTRIBUTED } from './sources.ts';
import type { CommandSpec } from './spec.ts';
import type { Answer } from './types.ts';

/** The aspects `/drills` offers, each gathering event facts of one or more kinds. */
export const DRILL_ASPECTS = {
  name: { heading: 'Name', kinds: ['name'], words: 'drills exercises called dubbed named' },
  dates: { heading: 'When', kinds: ['start', 'end', 'duration'], words: 'drills exercises begin end days' },
  locations: { heading: 'Where', kinds: ['location'], words: 'drills exercises taking place training grounds' },
  forces: { heading: 'Forces', kinds: ['forces'], words: 'drills exercises troops deployed' },
  purpose: { heading: 'Purpose', kinds: ['purpose'], words: 'purpose of the drills exercises' },
  naval: { heading: 'Naval drills', kinds: ['naval'], words: 'naval drills sea warships' },
  attendance: { heading: 'Who attends', kinds: ['attendance'], words: 'attend drills exercises arrived' },
  announcement: { heading: 'Announced by', kinds: ['announcement'], words: 'drills exercises announced statement' },
} as const satisfies Record<string, { heading: string; kinds: readonly EventAspect[]; words: string }>;

/** An aspect name `/drills` accepts. */
export type DrillAspect = keyof typeof DRILL_ASPECTS;

/** Words people type for an aspect, mapped onto its name ("where" → locations). */
const ASPECT_ALIASES: Record<string, DrillAspect> = {
  names: 'name',
  called: 'name',
  date: 'dates',
  when: 'dates',
  start: 'dates',
  end: 'dates',
  duration: 'dates',
  location: 'locations',
  where: 'locations',
  place: 'locations',
  places: 'locations',
  force: 'forces',
  troops: 'forces',
  why: 'purpose',
  navy: 'naval',
  sea: 'naval',
  attend: 'attendance',
  attendees: 'attendance',
  who: 'attendance',
  announced: 'announcement',
};

/** Resolves a typed aspect ("Where", "location") to an aspect name, or null. */
export function parseAspect(text: string): DrillAspect | null {
  const t = fold(text).trim();
  // Own keys only: "constructor" is in every object.
  if (Object.hasOwn(DRILL_ASPECTS, t)) return t as DrillAspect;
  return Object.hasOwn(ASPECT_ALIASES, t) ? (ASPECT_ALIASES[t] ?? null) : null;
}

/** Every event fact of the knowledge, in article and paragraph order. */
function eventFacts(ctx: AnswerContext): EventFact[] {
  return ctx.facts.flatMap((f) => f.events);
}

/**
 * The names the sources give to the event, grouped into variants of one event by the extractor's own rule
 * (`groupEventNames`: a shared distinctive word and the same year): "Allied Resolve-2022" and "Union Resolve 2022"
 * are one exercise named two ways. Each group keeps one fact per distinct name, its first source.
 */
export function nameVariants(events: readonly EventFact[]): EventFact[][] {
  const firstOf = new Map<string, EventFact>();
  for (const e of events) {
    if (e.aspect !== 'name') continue;
    const key = fold(e.value).replace(/[^\p{L}\p{N}]+/gu, '');
    if (![...firstOf.values()].some((f) => fold(f.value).replace(/[^\p{L}\p{N}]+/gu, '') === key)) {
      firstOf.set(e.value, e);
    }
  }
  return groupEventNames([...firstOf.keys()]).map((g) => g.flatMap((name) => firstOf.get(name) ?? []));
}

/**
 * Adds each event's differing names side by side, each claimed by the article that uses it (its publisher, or
 * "unattributed article"). Returns the names shown, so they are not listed again.
 */
export function addNameVariants(b: AnswerBuilder, ctx: AnswerContext, events: readonly EventFact[]): Set<string> {
  const groups = nameVariants(events).filter((g) => g.length >= 2);
  const shown = new Set<string>();
  for (const g of groups) {
    const subject = groups.length === 1 ? 'name of the drills' : `names of ${g[0]?.value ?? 'the event'}`;
    b.conflict(
      `${subject} (variants of one event)`,
      g.map((e) => b.claim(e.value, ctx.article(e.article)?.meta.publisher ?? UNATTRIBUTED, e.context, e)),
    );
    for (const e of g) shown.add(e.value);
  }
  return shown;
}

/** "end 2022-02-20", "duration 10 days", or the bare value when the aspect is the only kind asked for. */
function factLabel(e: EventFact, several: boolean): string {
  // An undated start or end is labelled as such: the verb phrase the extractor keeps is in the snippet anyway.
  const undated = (e.aspect === 'start' || e.aspect === 'end') && e.date === null && !/\d/.test(e.value);
  const value = undated ? '(no date given)' : (e.date ?? e.value);
  return several ? `${e.aspect} ${value}` : value;
}

/**
 * Adds the section of one aspect: the extracted facts, one line per sentence, or (when the extractor found none)
 * the sentences that best match the aspect's words, headed as such. Names in `shown` are not listed again.
 */
export function addAspect(
  b: AnswerBuilder,
  ctx: AnswerContext,
  aspect: DrillAspect,
  max: number,
  shown: ReadonlySet<string>,
): void {
  const spec = DRILL_ASPECTS[aspect];
  const kinds: readonly EventAspect[] = spec.kinds;
  const all = eventFacts(ctx).filter((e) => kinds.includes(e.aspect));
  // Names already set side by side as variants are not listed again.
  const facts = all.filter((e) => !(e.aspect === 'name' && shown.has(e.value)));
  if (all.length > 0 && facts.length === 0) return;
  if (facts.length > 0) {
    // One line per sentence: a sentence giving both start and end is one piece of evidence, labelled with both.
    const lines = new Map<string, EventFact[]>();
    for (const e of facts) {
      const key = `${e.article}\0${e.paragraph}\0${e.context}`;
      lines.set(key, [...(lines.get(key) ?? []), e]);
    }
    b.section(
      spec.heading,
      [...lines.values()].slice(0, max).map((group) => {
        const first = group[0] as EventFact;
        const label = [...new Set(group.map((e) => factLabel(e, kinds.length > 1)))].join('; ');
        return b.item(first.context, first, label);
      }),
    );
    return;
  }
  // No extracted fact of this kind: fall back to the sentences that best match the aspect's own words, so the
  // answer is still cited text rather than nothing, and say so.
  const hits = bestPerParagraph(ctx, spec.words, Math.min(max, 2));
  if (hits.length > 0) {
    b.section(
      `${spec.heading} (best matching sentences)`,
      hits.map((h) => b.item(h.snippet, h)),
    );
  }
}

/** The aspects as fixed choices, labelled with the heading the answer uses; the text front doors also take aliases. */
const ASPECT_CHOICES = Object.entries(DRILL_ASPECTS).map(([value, aspect]) => ({
  value,
  label: aspect.heading,
  aliases: Object.entries(ASPECT_ALIASES)
    .filter(([, target]) => target === value)
    .map(([alias]) => alias),
}));

/** `/drills`: its entry in the command catalogue. */
export const spec = {
  name: 'drills',
  summary: 'the exercise: name, dates, locations, forces, purpose, naval, attendance',
  description: 'What the sources say about the drills: names, dates, places, forces, purpose',
  main: 'aspect',
  options: [
    {
      name: 'aspect',
      type: 'string',
      description: 'One aspect only (default: a compact overview)',
      choices: ASPECT_CHOICES,
    },
    STORY_OPTION,
  ],
  examples: ['/drills aspect:locations'],
} as const satisfies CommandSpec;

/** Whether a context's articles describe a military exercise (the extractor found facts about one). */
function describesExercise(ctx: AnswerContext): boolean {
  return ctx.facts.some((f) => f.events.length > 0);
}

/** The stories that describe an exercise, newest first. */
function exerciseStories(ctx: AnswerContext): Story[] {
  const withEvents = new Set(ctx.facts.filter((f) => f.events.length > 0).map((f) => f.article));
  return ctx.stories.list.filter((s) => s.articles.some((a) => withEvents.has(a)));
}

/** For `/drills` without a story: the newest story that describes an exercise. */
export function storyWithExercise(ctx: AnswerContext): Story | undefined {
  return exerciseStories(ctx)[0];
}

/**
 * `/drills [aspect]`: what the articles say about the exercise: its name(s), dates, places, forces, purpose,
 * naval part and attendance; without an aspect, a compact overview. Differing names are shown side by side.
 */
export function drillsAnswer(ctx: AnswerContext, options: Options): Answer {
  const raw = textOption(options, 'aspect');
  const b = new AnswerBuilder(ctx, 'drills', given(options));
  const aspect = raw === undefined ? null : parseAspect(raw);
  if (raw !== undefined && aspect === null) {
    b.notes.push(`"${raw}" is not an aspect of the drills.`);
    b.notes.push(`Aspects: ${Object.keys(DRILL_ASPECTS).join(', ')}.`);
    b.suggestions.push(...Object.keys(DRILL_ASPECTS).map((a) => `/drills aspect:${a}`));
    return b.build('Drills');
  }
  if (!describesExercise(ctx)) {
    // Only articles that describe an exercise answer: an election quote is never a drill's "name".
    const where = ctx.scope ? ctx.scope.title : 'the knowledge base';
    b.notes.push(`No military exercise is described in ${where}.`);
    const others = exerciseStories(ctx.whole ?? ctx).slice(0, 5);
    if (others.length > 0) b.notes.push(`Stories that describe one: ${others.map((s) => s.title).join('; ')}.`);
    b.suggestions.push(...others.slice(0, 3).map((s) => `/drills story:${s.id}`), '/stories');
    return b.build('Drills');
  }
  const shown = aspect === null || aspect === 'name' ? addNameVariants(b, ctx, eventFacts(ctx)) : new Set<string>();
  if (aspect === null) {
    for (const a of Object.keys(DRILL_ASPECTS) as DrillAspect[]) addAspect(b, ctx, a, 2, shown);
  } else {
    addAspect(b, ctx, aspect, 10, shown);
  }
  if (!b.hasContent) explainNoMatch(b, ctx, 'drills', raw ?? 'drills', ['/search drills', '/brief']);
  const title = aspect === null ? 'The drills' : `The drills: ${aspect}`;
  return b.build(title);
}
