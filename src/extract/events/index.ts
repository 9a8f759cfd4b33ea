/**
 * events/: facts about events such as military exercises: their names, schedule, places, forces, people and
 * purpose. It works on the dates and quotations already extracted, passed in as facts (`../types.ts`).
 *
 * Folder order (each folder imports only folders to its left): language ← entities ← speakers ← figures;
 * language ← dates; language ← events.
 * events/ may import language/ and `../types.ts` only: it must NOT import entities/, speakers/, figures/ or
 * dates/ (dates and quotations arrive as facts), nor the door, the cache or the pipeline.
 * Grouping event names for answers lives at the top (`../event-variants.ts`) so answers load no NLP library.
 */
export { extractEvents } from './events.ts';
