/**
 * dates/: the dates an article mentions, resolved against its publication date to calendar spans (day, week,
 * month, year), with the tense the sentence speaks of them in.
 *
 * Folder order (each folder imports only folders to its left): language ← entities ← speakers ← figures;
 * language ← dates; language ← events.
 * dates/ may import language/ and `../types.ts` only: it must NOT import entities/, speakers/, figures/ or
 * events/, nor the door, the cache or the pipeline.
 */
export { extractDates } from './dates.ts';
