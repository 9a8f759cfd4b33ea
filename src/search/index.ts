/**
 * `src/search`: the index over sentences, quotes and figures, scored as MiniSearch scores: building it (`builder.ts`,
 * on a worker thread for a large knowledge: `build-worker.ts`), its snapshot on disk viewed in place, the query per
 * intent, and the text folding every layer above shares. The only folder that touches MiniSearch. May import
 * `src/knowledge` and `src/extract`; never answers, renderers, the service or a front door.
 */
export type { DocKind, SearchDoc, StoredDoc } from './documents.ts';
export { documentsOf, figureDocId, quoteDocId } from './documents.ts';
export type { Hit, SearchOptions } from './engine.ts';
export { INDEX_VERSION, queryTerms, SearchIndex } from './engine.ts';
export type { Intent } from './intent.ts';
export { detectIntent } from './intent.ts';
export type { Place } from './postings.ts';
export { type BuildOptions, type LoadedIndex, loadOrBuildIndex, loadSnapshot, snapshotKey } from './snapshot.ts';
export { fold, isStopword, processTerm, readable, TERMS_VERSION, termsOf, tokenize } from './terms.ts';
