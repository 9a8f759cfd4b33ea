/**
 * `src/answers`: one function per read command, turning the loaded knowledge into a platform-neutral {@link Answer}
 * with verbatim, cited snippets; and the command catalogue (`catalogue.ts`, `spec.ts`) every front door builds on.
 * May import `src/knowledge`, `src/extract` and `src/search`; never a renderer, the service, a workflow or a front
 * door (no discord.js here), and never the file system.
 */

export { briefAnswer, spec as briefSpec } from './brief.ts';
export { AnswerBuilder } from './build.ts';
export {
  type AnswerFunction,
  COMPLETABLE_OPTIONS,
  type CommandName,
  type CompletableOption,
  helpAnswer,
  isCommandName,
  isCompletableOption,
  READ_COMMANDS,
  type ReadCommand,
  readCommandOf,
} from './catalogue.ts';
export { optionNamesIn, parseOptionLine } from './command-line.ts';
export type { AnswerContext } from './context.ts';
export {
  createAnswerContext,
  type FactsSource,
  factsIfRead,
  groupStories,
  memo,
  scopeTo,
  storyArticle,
} from './context.ts';
export { DRILL_ASPECTS, type DrillAspect, drillsAnswer, parseAspect } from './drills.ts';
export { allFigureGroups, estimatesAnswer, groupFigures } from './estimates.ts';
export { MAX_LIMIT, type Options } from './options.ts';
export {
  cutNote,
  DEFAULT_PAGE_SIZE,
  LIST_MAX,
  PAGE_OPTION,
  PAGE_SIZE_OPTION,
  PAGING_OPTIONS,
} from './paging.ts';
export { findPeople, people } from './people.ts';
export { prepareAnswers } from './prepare.ts';
export { quotesAnswer } from './quotes.ts';
export {
  resolveStory,
  type ScopeMode,
  STORY_OPTION,
  STORY_OPTION_MAX,
  scoped,
  storyLine,
} from './scope.ts';
export { DEFAULT_SEARCH_LIMIT, SEARCH_LIMIT_MAX, searchAnswer } from './search.ts';
export { sourcesAnswer, UNATTRIBUTED } from './sources.ts';
export * from './spec.ts';
export { timelineAnswer } from './timeline.ts';
export type * from './types.ts';
export { whoAnswer } from './who.ts';
