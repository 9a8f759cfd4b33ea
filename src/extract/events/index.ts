/**
 * events/: facts about events such as military exercises: their names, schedule, places, forces, people and
 * purpose. It works on the dates and quotations already extracted, passed in as facts (`../types.ts`).
 *
 * Folder order: language ← entities ← speakers ← figures; language ← dates; language ← events.
 * events/ reads only language/ (and `../types.ts`): it must NOT import entities, speakers, figures or dates.
 * Grouping event names for answers lives at the top (`../event-variants.ts`) so answers load no NLP library.
 */
export { extractEvents } from './events.ts';
