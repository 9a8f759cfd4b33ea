/**
 * entities/: the people, bodies and places an article names, with canonical names, roles and aliases
 * ("Peskov" → "Dmitry Peskov", Kremlin spokesperson), and where each is mentioned.
 *
 * Folder order (each folder imports only folders to its left): language ← entities ← speakers ← figures;
 * language ← dates; language ← events.
 * entities/ may import language/ and `../types.ts` only: it must NOT import speakers/, figures/, dates/ or
 * events/, nor the door, the cache or the pipeline.
 */
export { buildEntityIndex, EntityIndex, extractEntities, isPluralCommonNoun, type MutableEntity } from './entities.ts';
export { findMentions, type Mention, type NameContext, nameContextOf } from './mentions.ts';
