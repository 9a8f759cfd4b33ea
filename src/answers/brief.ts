import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { addAspect, addNameVariants, DRILL_ASPECTS, type DrillAspect } from './drills.ts';
import { addConflict, allFigureGroups, figureLabel } from './estimates.ts';
import { given, type Options } from './options.ts';
import { people } from './people.ts';
import { quoteItem, speakerLabel } from './quotes.ts';
import { STORY_OPTION } from './scope.ts';
import type { CommandSpec } from './spec.ts';
import { dateLabel, timelineEntries } from './timeline.ts';
import type { Answer } from './types.ts';

/** Lines per section: a briefing is read in a minute, the other commands give the rest. */
const PER_SECTION = 4;

/**
 * `/brief`: its entry in the command catalogue. In chat front doors it is a moderator's command: a private preview
 * first, published to `channel` only on request (see `commands/brief.ts`).
 */
export const spec = {
  name: 'brief',
  summary: 'a cited briefing of the whole story',
  description: 'Preview a briefing of the whole story, then publish it (moderators)',
  options: [
    {
      name: 'channel',
      type: 'channel',
      description: 'Where to publish it (default: this channel)',
      doors: ['discord'],
    },
    STORY_OPTION,
  ],
  examples: ['/brief'],
  moderatorOnly: true,
  slow: true,
  visibility: 'private',
} as const satisfies CommandSpec;

/**
 * `/brief`: the whole story in one cited answer: what happened (each article's lede), when, where, the numbers
 * with their disputes side by side, and key quotes from the most quoted people.
 */
export function briefAnswer(ctx: AnswerContext, options: Options): Answer {
  const b = new AnswerBuilder(ctx, 'brief', given(options));
  b.section(
    'What',
    ctx.facts.map((f) => {
      const lede = f.sentences[0];
      return lede ? b.item(lede.text, lede) : null;
    }),
  );
  const events = ctx.facts.flatMap((f) => f.events);
  addNameVariants(b, ctx, events);
  // The event's own dates and places first (the story's "when" and "where"); the full timeline is /timeline.
  const has = (aspect: DrillAspect) => {
    const kinds: readonly string[] = DRILL_ASPECTS[aspect].kinds;
    return events.some((e) => kinds.includes(e.aspect));
  };
  const shown = new Set<string>();
  if (has('dates')) addAspect(b, ctx, 'dates', PER_SECTION, shown);
  else {
    b.section(
      DRILL_ASPECTS.dates.heading,
      timelineEntries(ctx)
        .slice(0, PER_SECTION)
        .map((e) => b.item(e.context, e, dateLabel(e))),
    );
  }
  if (has('locations')) addAspect(b, ctx, 'locations', PER_SECTION, shown);
  const groups = allFigureGroups(ctx);
  for (const g of groups.filter((x) => x.disputed).slice(0, 2)) addConflict(b, ctx, g);
  b.section(
    'Numbers',
    groups
      .filter((g) => !g.disputed)
      .flatMap((g) => g.figures.slice(0, 1))
      // Figures someone stands behind say more than the reporter's "hundreds of miles".
      .sort((x, y) => Number(y.claimant !== null) - Number(x.claimant !== null))
      .slice(0, PER_SECTION)
      .map((f) => b.item(f.context, f, figureLabel(f))),
  );
  b.section(
    'Key quotes',
    people(ctx)
      .filter((p) => p.quotes.length > 0)
      .slice(0, PER_SECTION)
      .map((p) => {
        const q = p.quotes.find((x) => x.kind === 'direct') ?? p.quotes[0];
        return q ? quoteItem(b, q, speakerLabel(q.speaker, q.speakerRole)) : null;
      }),
  );
  if (!b.hasContent) {
    b.notes.push('The knowledge folder holds no articles to brief on.');
    b.suggestions.push('/sources');
  } else {
    b.notes.push('More: /drills, /estimates, /quotes, /timeline, /sources.');
  }
  return b.build('Briefing');
}
