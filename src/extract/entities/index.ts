/**
 * entities/: the people, bodies and places an article names, with canonical names, roles and aliases
 * ("Peskov" → "Dmitry Peskov", Kremlin spokesperson), and where each is mentioned.
 *
 * Folder order: language ← entities ← speakers ← figures; language ← dates; language ← events.
 * entities/ reads only language/ (and `../types.ts`): it must NOT import speakers, figures, dates or events.
 */
export { buildEntityIndex, EntityIndex, extractEntities, findMentions, isPluralCommonNoun } from './entities.ts';
