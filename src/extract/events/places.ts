/**
 * Where an event happens: lists of named sites ("Domanovsky, Gozhsky and Brest training grounds", "airfields of
 * Baranovichi, Luninets and Lida"), the country or region it is held in ("began in Belarus"), and positions
 * relative to a border or a distance ("close to the border with Ukraine", "a few dozen miles from the border").
 */
import { CALENDAR_WORD } from './terms.ts';

/** A place phrase with its offset in the sentence. */
export interface FoundPlace {
  /** Normalised place ("Brest training ground", "Belarus", "close to the Belarusian border with Ukraine"). */
  readonly value: string;
  readonly start: number;
}

/** Kinds of sites that exercises use; each ends in a noun that is singularised for the value. */
const KINDS =
  '(?:training (?:grounds?|areas?|ranges?|centres?|centers?)|firing ranges?|proving grounds?|test sites?|airfields?|air ?bases?|airbases?|naval bases?|military bases?|bases|ports?|polygons?|ranges)';
const NAME = "(?:[A-Z][\\p{L}’'-]*)(?:\\s+[A-Z][\\p{L}’'-]*){0,2}";
const LIST = `${NAME}(?:\\s*,\\s*${NAME})*(?:,?\\s+(?:and|or)\\s+${NAME})?`;
/** "Domanovsky, Gozhsky, Brest training grounds": names before the kind. */
const NAMES_THEN_KIND = new RegExp(`(${LIST})\\s+(${KINDS})\\b`, 'gu');
/** "airfields of Baranovichi, Luninets, Lida and Machulishchi": the kind before the names. */
const KIND_THEN_NAMES = new RegExp(`\\b(${KINDS})\\s+(?:of|in|at|near|including|such as)\\s+(${LIST})`, 'gu');
/** Words that open a noun phrase but are not part of a site's name. */
const LEADING_WORD =
  /^(?:(?:The|A|An|Several|Some|Many|All|Other|Its|Their|These|Those|Both|Two|Three|Four|Five|Including)\s+)+/;
/** Demonyms ("Russian airfields") describe whose sites they are, not which. */
const DEMONYM = /(?:ian|ean|ese|ish)$/;

/** Quote marks inside a list ("including “Domanovsky, …”") are replaced by spaces so offsets stay put. */
function unquoted(text: string): string {
  return text.replace(/["“”‘’]/g, (m, i: number) => (m === '’' && /\p{L}/u.test(text[i + 1] ?? '') ? m : ' '));
}

function singular(kind: string): string {
  return kind.replace(/\s+/g, ' ').replace(/s$/, '');
}

function splitList(list: string): string[] {
  return list
    .split(/\s*,\s*|\s+(?:and|or)\s+/)
    .map((n) => n.replace(LEADING_WORD, '').trim())
    .filter((n) => n !== '' && !CALENDAR_WORD.test(n) && !DEMONYM.test(n));
}

/** Named sites listed in a sentence, one per site, with the kind of site ("Brest training ground"). */
export function siteList(text: string): FoundPlace[] {
  const plain = unquoted(text);
  const out: FoundPlace[] = [];
  const add = (names: string, kind: string, at: number) => {
    for (const name of splitList(names)) {
      const value = `${name} ${singular(kind)}`;
      if (!out.some((p) => p.value === value)) out.push({ value, start: at + Math.max(0, names.indexOf(name)) });
    }
  };
  for (const m of plain.matchAll(NAMES_THEN_KIND)) add(m[1] ?? '', m[2] ?? '', m.index);
  for (const m of plain.matchAll(KIND_THEN_NAMES)) add(m[2] ?? '', m[1] ?? '', m.index + m[0].indexOf(m[2] ?? ''));
  return out.sort((a, b) => a.start - b.start);
}

/**
 * One place, or a proper list of them ending in "and"/"or" ("Germany, Poland and the Baltic states"): a bare
 * comma list is not taken, because "in Belarus, Russia said" names one place, not two.
 */
const PLACE = `${NAME}(?:\\s+(?:states|region|regions|countries|coast|islands))?`;
const PLACE_LIST = `${PLACE}(?:(?:\\s*,\\s*(?:the\\s+)?${PLACE})*,?\\s+(?:and|or)\\s+(?:the\\s+)?${PLACE})?`;

/**
 * "drills in Belarus", "began in Belarus", "taking place around Belarus": the place an event is held in,
 * found right after an exercise noun or a verb of holding or starting.
 */
const HELD_IN = new RegExp(
  `\\b(?:drills?|exercises?|war\\s?games|maneuvers|manoeuvres|began|begun|begins?|started|starts?|held|holds?|holding|(?:take|takes|taking|took) place|under ?way|continues?|continued|runs?)\\s+(?:[a-z]+\\s+){0,2}?(?:in|around|across|throughout|near|at)\\s+(?:the\\s+)?(${PLACE_LIST})`,
  'gu',
);

/** Countries or regions an event is said to be held in. */
export function heldIn(text: string): FoundPlace[] {
  const out: FoundPlace[] = [];
  for (const m of text.matchAll(HELD_IN)) {
    const list = m[1] ?? '';
    const listStart = m.index + m[0].lastIndexOf(list);
    for (const raw of list.split(/\s*,\s*|\s+(?:and|or)\s+/)) {
      const name = raw.replace(/^the\s+/, '').trim();
      if (name === '' || CALENDAR_WORD.test(name.split(/\s+/)[0] ?? '')) continue;
      if (!out.some((p) => p.value === name)) out.push({ value: name, start: listStart + list.indexOf(name) });
    }
  }
  return out;
}

const NEAR_BORDER =
  /\b(?:close to|near|along|next to)\s+(?:the\s+)?(?:[\p{L}’'-]+\s+){0,3}?borders?\b(?:\s+with\s+[A-Z][\p{L}’'-]+)?/gu;
/** The place measured from must be named, a border, or the exercise itself ("from where the exercises are"). */
const DISTANCE_FROM =
  /\b(?:(?:just|only|about|some|around|roughly|nearly|almost|a few dozen|a few|several|dozens of|hundreds of|tens of|\d+(?:[,.]\d+)*)\s+)+(?:miles|kilometers|kilometres|km)\s+(?:from|of)\s+(?=[^,.;]*(?:\p{Lu}|\bborders?\b|\bwhere\b))[^,.;]{1,60}/gu;

/** Positions relative to a border or at a distance from somewhere, verbatim. */
export function relativePositions(text: string): FoundPlace[] {
  const out: FoundPlace[] = [];
  for (const pattern of [NEAR_BORDER, DISTANCE_FROM]) {
    for (const m of text.matchAll(pattern)) out.push({ value: m[0].trim(), start: m.index });
  }
  return out.sort((a, b) => a.start - b.start);
}
