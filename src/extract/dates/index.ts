/**
 * dates/: the dates an article mentions, resolved against its publication date to calendar spans (day, week,
 * month, year), with the tense the sentence speaks of them in.
 *
 * Folder order: language ← entities ← speakers ← figures; language ← dates; language ← events.
 * dates/ reads only language/ (and `../types.ts`): it must NOT import entities, speakers, figures or events.
 */
export { extractDates } from './dates.ts';
