/**
 * figures/: the numbers an article reports and what they count. It owns its own offset-keeping tokenizer,
 * quantities and their bounds, units, what is not a figure (dates, ages, identifiers), the subject and place a
 * figure is about, and its claimant.
 *
 * Folder order (each folder imports only folders to its left): language ← entities ← speakers ← figures;
 * language ← dates; language ← events.
 * figures/ may import language/, entities/, speakers/ and `../types.ts` only: it must NOT import dates/ or
 * events/, nor the door, the cache or the pipeline.
 */
export { extractFigures } from './figures.ts';
