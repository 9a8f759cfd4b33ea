/**
 * The door of the extract layer: the rest of the app imports extraction from here only (and fact types from
 * `types.ts`). It stays light on purpose: it loads no NLP library, so a warm start that finds every article in the
 * facts cache never pays for them. The rules themselves sit in folders behind `pipeline.ts`, which the cache loads
 * on the first article it must extract.
 *
 * Top level: this door, `types.ts` (the fact model), `cache.ts` (facts cache and lazy loading), `pipeline.ts`
 * (runs the folders in order) and `event-variants.ts` (grouping event names, used when answering).
 * Folders, each with its own `index.ts` door: `language/`, `entities/`, `speakers/`, `figures/`, `dates/`,
 * `events/`; see `pipeline.ts` for the way their imports point.
 */
export {
  type ExtractAllOptions,
  extractAll,
  extractOne,
  extractorFingerprint,
  preloadExtractor,
  readCachedFacts,
  readCachedFactsSync,
} from './cache.ts';
export { areEventNameVariants, groupEventNames } from './event-variants.ts';
export type * from './types.ts';
