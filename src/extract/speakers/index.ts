/**
 * speakers/: who says what. It owns speech clauses ("X said", "according to X"), attribution of quotations and
 * claims to speakers across an article (pronouns, continued quotations) and the quotation facts themselves.
 *
 * Folder order: language ← entities ← speakers ← figures; language ← dates; language ← events.
 * speakers/ reads language/ and entities/ (and `../types.ts`): it must NOT import figures, dates or events.
 */
export { type Attribution, type Attributor, createAttributor } from './attribution.ts';
export { extractQuotes } from './quotes.ts';
export { type SpeechClause, speechClauses } from './speech-clauses.ts';
