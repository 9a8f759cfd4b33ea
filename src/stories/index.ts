/**
 * Stories: which articles tell the same event or development. Reads articles' words only (no extracted facts), so
 * it sits right above `knowledge/` and below `search/` and `answers/`, which scope their answers by story.
 * Must not import extract, search, answers, render, service or any front door.
 */
export { BOILERPLATE_MIN_ARTICLES, BoilerplateDetector } from './boilerplate.ts';
export { type KeyedArticle, readStories, storiesKey, writeStories } from './cache.ts';
export { DEFAULT_GROUPING, type GroupingOptions, groupingOrder, StoryGrouper } from './group.ts';
export { NO_RARITY, referenceRarity, type TermRarity } from './rarity.ts';
export { SLUG_MAX, STORY_CODE_LENGTH, slugify, storyCode } from './slug.ts';
export { type Story, type StoryCatalogue, storyCatalogue } from './story.ts';
export { contentWords, foldText, properNames } from './terms.ts';
export {
  cosine,
  isNameTerm,
  type StoryArticle,
  type TermVector,
  termCounts,
  Vocabulary,
  WEIGHTS,
  weigh,
} from './vectors.ts';
