/**
 * `src/search`: the MiniSearch index over sentences, quotes and figures: building it, its snapshot on disk, the
 * query per intent, and the text folding every layer above shares. The only folder that touches MiniSearch. May
 * import `src/knowledge` and `src/extract`; never answers, renderers, the service or a front door.
 */
export type { DocKind, SearchDoc, StoredDoc } from './documents.ts';
export { documentsOf, figureDocId, quoteDocId } from './documents.ts';
export type { Hit, SearchOptions } from './engine.ts';
export { INDEX_VERSION, type Place, queryTerms, SearchIndex } from './engine.ts';
export type { Intent } from './intent.ts';
export { detectIntent } from './intent.ts';
export { type BuildOptions, type LoadedIndex, loadOrBuildIndex, loadSnapshot, snapshotKey } from './snapshot.ts';
export { fold, isStopword, processTerm, readable, termsOf, tokenize } from './terms.ts';
