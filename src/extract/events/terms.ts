/**
 * The vocabulary of events in news copy: what names an exercise, what a military force or a naval drill looks
 * like. General English word lists, never taken from one article.
 */
import { NUMBER_WORDS, numberWordValue } from '../language/index.ts';

/**
 * Nouns for an exercise. "exercise" after "to" is the verb ("to exercise restraint"), so it is left out there.
 */
export const EVENT_NOUN =
  /(?<!\bto\s)\b(?:drills?|exercises?|war\s?games|wargames|maneuvers|manoeuvres|military games)\b|\[(?:the )?(?:drills|exercises)\]/gi;

/** Naval vessels and navies; a sentence with one of these near a naval drill describes that drill. */
export const NAVAL_TERM =
  /\b(?:naval|navy|navies|warships?|ships?|vessels?|fleets?|submarines?|frigates?|destroyers?|corvettes?|cruisers?|aircraft carriers?|amphibious)\b/i;

/** A naval exercise, stated outright. */
export const NAVAL_EVENT =
  /\b(?:naval|navy|maritime|sea)\s+(?:\S+\s+)?(?:drills?|exercises?|maneuvers|manoeuvres|war\s?games)\b|\bmaneuvers\b[^.]*\b(?:ships?|sea|water)\b/i;

/** Seas, oceans, gulfs, straits and bays by their usual English name shapes ("Black Sea", "Sea of Azov"). */
export const SEA_NAME =
  /\b(?:Sea\s+of\s+[A-Z][\p{L}’'-]+|(?:[A-Z][\p{L}’'-]+\s+){1,2}(?:Sea|Ocean|Strait|Bay)|Gulf\s+of\s+[A-Z][\p{L}’'-]+)\b/gu;

/**
 * Military forces and equipment: people, units, and kinds of weapons, plus weapon-system designators such as
 * "S-400" or "SU-35" (letters, a hyphen, digits). Vessels count too; a sentence about a naval drill reports them
 * as naval facts instead.
 */
export const FORCE_TERM = new RegExp(
  [
    '\\b(?:combat\\s+)?(?:troops|soldiers|servicemen|service members|personnel|paratroopers|marines|conscripts|reservists)\\b',
    '\\b(?:special (?:operations? )?forces|forces|units|strike groups|battalion tactical groups|battalions|brigades|divisions|regiments|companies)\\b',
    '\\b(?:tanks|armou?red vehicles|vehicles|artillery|howitzers|rocket launchers|multiple rocket launchers)\\b',
    '\\b(?:fighter jets|jets|warplanes|aircraft carriers|aircraft|bombers|helicopters|drones)\\b',
    '\\b(?:warships|ships|vessels|submarines|frigates|destroyers|corvettes)\\b',
    '\\b(?:[\\w-]+\\s+)?missiles?(?:\\s+brigades)?\\b|\\b(?:anti-air|air)[ -]defen[cs]es?(?:\\s+systems)?\\b',
    '\\b(?:heavy\\s+)?equipment\\b|\\b(?:troop|military)\\s+buildup\\b|\\bdeployment\\b',
    '\\b[A-Z]{1,4}-\\d{1,4}[A-Z]?\\b|\\b[A-Z][a-z]+-[A-Z]\\b',
  ].join('|'),
  'g',
);

/** The word before "scale"/"size" must not be a hyphenated compound ("large-scale" is an adjective of something else). */
export const SIZE_CUE = /(?<![-\w])(?:scale|size)\b|\b(?:biggest|largest|larger|bigger)\b/i;

/** Counted participation: "up to 30,000 could take part". */
export const PARTICIPATION_CUE = /\b(?:take|taking|took|takes)\s+part\b|\bparticipat(?:e|es|ed|ing)\b/i;

/** Pattern source for a small count written as digits or a word; longest words first so "fourteen" is not read as "four". */
export const COUNT = `(?:\\d{1,3}|${Object.keys(NUMBER_WORDS)
  .sort((a, b) => b.length - a.length)
  .join('|')})`;

/** The value of a count written as digits or a word, or null. */
export function countValue(word: string): number | null {
  const lower = word.toLowerCase();
  if (/^\d+$/.test(lower)) return Number.parseInt(lower, 10);
  return numberWordValue(lower) ?? null;
}

/** Month and weekday names are capitalised but are not places. */
export const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;

/** A fresh copy of a global pattern, so callers never share `lastIndex`. */
export function fresh(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags);
}

/** Whether `text` names an exercise by noun or by one of the article's event names. */
export function mentionsEvent(text: string, names: readonly string[]): boolean {
  if (fresh(EVENT_NOUN).test(text)) return true;
  return names.some((n) => text.includes(n));
}
