import { briefAnswer } from './brief.ts';
import type { AnswerContext } from './context.ts';
import { drillsAnswer } from './drills.ts';
import { estimatesAnswer } from './estimates.ts';
import { helpAnswer } from './help.ts';
import type { Options } from './options.ts';
import { quotesAnswer } from './quotes.ts';
import { searchAnswer } from './search.ts';
import { sourcesAnswer } from './sources.ts';
import { timelineAnswer } from './timeline.ts';
import type { Answer } from './types.ts';
import { whoAnswer } from './who.ts';

export { AnswerBuilder } from './build.ts';
export type { AnswerContext } from './context.ts';
export { createAnswerContext, memo } from './context.ts';
export { DRILL_ASPECTS, type DrillAspect, parseAspect } from './drills.ts';
export { allFigureGroups, groupFigures } from './estimates.ts';
export { COMMAND_HELP, type CommandHelp } from './help.ts';
export { MAX_LIMIT } from './options.ts';
export { findPeople, people } from './people.ts';
export { DEFAULT_SEARCH_LIMIT } from './search.ts';
export { UNATTRIBUTED } from './sources.ts';
export type * from './types.ts';

/** An answer function: one per command. Pure: same context and options, same answer. */
export type AnswerFunction = (ctx: AnswerContext, options: Options) => Answer;

/** Every command's answer function, by command name. */
export const ANSWERS = {
  drills: drillsAnswer,
  quotes: quotesAnswer,
  estimates: estimatesAnswer,
  search: searchAnswer,
  sources: sourcesAnswer,
  who: whoAnswer,
  timeline: timelineAnswer,
  brief: briefAnswer,
  help: helpAnswer,
} as const satisfies Record<string, AnswerFunction>;

export {
  briefAnswer,
  drillsAnswer,
  estimatesAnswer,
  helpAnswer,
  quotesAnswer,
  searchAnswer,
  sourcesAnswer,
  timelineAnswer,
  whoAnswer,
};
