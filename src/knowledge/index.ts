/**
 * `src/knowledge`: the articles as files. Loads and validates a knowledge folder (front matter with zod, paragraphs,
 * datelines), watches it for changes, and adds an article to it safely (validated, deduplicated, written
 * atomically). The bottom layer: imports no other folder of `src/` (only `config` and `logger` sit beside it), and
 * knows nothing of facts, search, answers or any front door.
 */
export { parseDateline } from './dateline.ts';
export { articlesFolder, type LoadOptions, loadKnowledge } from './load.ts';
export { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES, type ParseProblem, parseArticle, splitBlocks } from './parse.ts';
export type * from './types.ts';
export { canonicalUrl, isTrackingParameter, normaliseUrl } from './url.ts';
export { type KnowledgeWatcher, type WatchOptions, watchKnowledge } from './watch.ts';
export {
  type ArticleDraft,
  type ArticleInput,
  commitArticle,
  draftToMarkdown,
  findDuplicate,
  type PreparedArticle,
  type PrepareOptions,
  type PrepareResult,
  prepareArticle,
  type Rejection,
  readArticleFile,
  textHash,
  writeFileAtomic,
} from './write.ts';
