export type { DocKind, SearchDoc, StoredDoc } from './documents.ts';
export { documentsOf, figureDocId, quoteDocId } from './documents.ts';
export type { Hit, SearchOptions } from './engine.ts';
export { INDEX_VERSION, queryTerms, SearchIndex } from './engine.ts';
export type { Intent } from './intent.ts';
export { detectIntent } from './intent.ts';
export { loadOrBuildIndex, snapshotKey } from './snapshot.ts';
export { fold, isStopword, processTerm, termsOf, tokenize } from './terms.ts';
