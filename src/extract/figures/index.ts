/**
 * figures/: the numbers an article reports and what they count. It owns its own offset-keeping tokenizer,
 * quantities and their bounds, units, what is not a figure (dates, ages, identifiers), the subject and place a
 * figure is about, and its claimant.
 *
 * Folder order: language ← entities ← speakers ← figures; language ← dates; language ← events.
 * figures/ reads language/ and speakers/ (and `../types.ts`); it must NOT import dates or events, and nothing
 * below it may import figures/.
 */
export { extractFigures } from './figures.ts';
