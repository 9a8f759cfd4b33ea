import { AnswerBuilder } from './build.ts';
import type { AnswerContext } from './context.ts';
import { addNameVariants, DRILL_ASPECTS } from './drills.ts';
import { addConflict, figureLabel, groupFigures } from './estimates.ts';
import { given, type Options } from './options.ts';
import { people } from './people.ts';
import { quoteItem, speakerLabel } from './quotes.ts';
import { dateLabel, timelineEntries } from './timeline.ts';
import type { Answer } from './types.ts';

/** Lines per section: a briefing is read in a minute, the other commands give the rest. */
const PER_SECTION = 4;

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
  b.section(
    'When',
    timelineEntries(ctx)
      .slice(0, PER_SECTION)
      .map((e) => b.item(e.context, e, dateLabel(e))),
  );
  const where: readonly string[] = DRILL_ASPECTS.locations.kinds;
  b.section(
    'Where',
    events
      .filter((e) => where.includes(e.aspect))
      .slice(0, PER_SECTION)
      .map((e) => b.item(e.context, e, e.value)),
  );
  const groups = groupFigures(ctx.facts.flatMap((f) => f.figures));
  for (const g of groups.filter((x) => x.disputed).slice(0, 2)) addConflict(b, g);
  b.section(
    'Numbers',
    groups
      .filter((g) => !g.disputed)
      .slice(0, PER_SECTION)
      .flatMap((g) => g.figures.slice(0, 1))
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
