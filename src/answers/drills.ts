import type { EventAspect, EventFact } from '../extract/types.ts';
import { fold } from '../search/index.ts';
import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { explainNoMatch } from './nomatch.ts';
import { given, type Options, textOption } from './options.ts';
import { bestPerParagraph } from './search.ts';
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
 * The names given to the drills, one claim per distinct name with its first source. Different names in different
 * sources are shown as variants of one event rather than as two events: a story's exercise is one exercise, however
 * each outlet spells it.
 */
export function nameVariants(events: readonly EventFact[]): EventFact[] {
  const seen = new Set<string>();
  return events.filter((e) => {
    if (e.aspect !== 'name') return false;
    const key = fold(e.value).replace(/[^\p{L}\p{N}]+/gu, '');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function addAspect(b: AnswerBuilder, ctx: AnswerContext, aspect: DrillAspect, max: number): void {
  const spec = DRILL_ASPECTS[aspect];
  const kinds: readonly EventAspect[] = spec.kinds;
  const facts = eventFacts(ctx).filter((e) => kinds.includes(e.aspect));
  if (facts.length > 0) {
    b.section(
      spec.heading,
      facts.slice(0, max).map((e) => b.item(e.context, e, e.value)),
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
  const variants = nameVariants(eventFacts(ctx));
  if (aspect === null || aspect === 'name') {
    b.conflict(
      'name of the drills',
      variants.map((e) => b.claim(e.value, null, e.context, e)),
    );
  }
  if (aspect === null) {
    for (const a of Object.keys(DRILL_ASPECTS) as DrillAspect[]) addAspect(b, ctx, a, 2);
  } else {
    addAspect(b, ctx, aspect, 10);
  }
  if (!b.hasContent) explainNoMatch(b, ctx, 'drills', raw ?? 'drills', ['/search drills', '/brief']);
  const title = aspect === null ? 'The drills' : `The drills: ${aspect}`;
  return b.build(title);
}
