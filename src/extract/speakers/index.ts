/**
 * speakers/: who says what. It owns speech clauses ("X said", "according to X"), attribution of quotations and
 * claims to speakers across an article (pronouns, continued quotations) and the quotation facts themselves.
 *
 * Folder order (each folder imports only folders to its left): language ← entities ← speakers ← figures;
 * language ← dates; language ← events.
 * speakers/ may import language/, entities/ and `../types.ts` only: it must NOT import figures/, dates/ or
 * events/, nor the door, the cache or the pipeline.
 */
export { type Attributor, createAttributor } from './attribution.ts';
export { extractQuotes } from './quotes.ts';
export { type SpeechClause, speechClauses } from './speech-clauses.ts';
