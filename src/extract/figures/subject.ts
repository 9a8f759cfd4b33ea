/**
 * A normalised subject for a figure, so that estimates of the same thing compare across articles.
 *
 * Rules:
 * - The subject is the canonical unit (synonyms of troops count as "troops") plus the figure's location
 *   phrase, when the sentence has one: "troops in Belarus", "troops on Ukraine's border".
 * - The location is the first place phrase after the counted noun in the same sentence (up to the next
 *   number), else the nearest one before it ("…in Belarus, with 8,000 to 14,000 troops").
 * - A place phrase is a preposition followed by a capitalised place ("in Belarus", "into Belarus", "in the
 *   Black Sea") or by a border ("on the Ukrainian border", "along Ukraine's eastern border", "near the border
 *   with Ukraine").
 * - Normal forms: in/into/inside/within a place → "in X"; any preposition before a border → "on X's
 *   border", where X is the possessive, the country adjective ("Ukrainian" → Ukraine) or the "with X"
 *   country, and the compass word is dropped; "the border" when no country is named. Other prepositions
 *   are kept ("flights to Ukraine"). A leading "the" is dropped.
 */

import { COUNTRY_OF_ADJECTIVE, ORG_HEADS, wordSet } from '../language/index.ts';
import { isCapitalised, type Token } from './tokens.ts';
import { canonicalUnit } from './units.ts';

const TO_IN = new Set(['in', 'into', 'inside', 'within', 'throughout']);
const TO_ON = new Set(['on', 'along', 'at', 'near', 'by', 'across', 'alongside']);
/** Prepositions that locate a count only at a border ("at the border"), since "at X" usually names a body. */
const BORDER_ONLY = new Set(['at', 'by']);
const KEPT = new Set(['to', 'off', 'around', 'outside']);
const BORDER_WORDS = new Set(['border', 'borders', 'frontier', 'frontiers', 'border-line', 'borderline']);
const COMPASS = /^(?:north|south|east|west)(?:ern|[- ]?(?:east|west)(?:ern)?)?$/i;
const NOT_PLACES = wordSet(
  'January February March April May June July August September October November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday I',
);

/** The name a possessive or adjective gives a country ("Ukraine's" → Ukraine, "Ukrainian" → Ukraine). */
function countryOf(t: Token | undefined): string | null {
  if (!t || !isCapitalised(t)) return null;
  const possessive = /^(.+?)['\u2019]s?$/u.exec(t.text);
  if (possessive) return possessive[1] as string;
  return COUNTRY_OF_ADJECTIVE[t.lower] ?? null;
}

/** Reads a border phrase at `k` (after the preposition): "[the] [X's|Xian] [eastern] border [with X]". */
function borderAt(tokens: readonly Token[], k: number): string | null {
  let j = k;
  if (tokens[j]?.lower === 'the') j++;
  let owner: string | null = null;
  // The owner may follow other capitalised words ("the Polish-Belarusian border"): the first country wins.
  while (isCapitalised(tokens[j])) {
    owner ??= countryOf(tokens[j]);
    j++;
  }
  while (tokens[j] && COMPASS.test(tokens[j]?.text ?? '')) j++;
  if (!BORDER_WORDS.has(tokens[j]?.lower ?? '')) return null;
  if (!owner && tokens[j + 1]?.lower === 'with') owner = placeAt(tokens, j + 2);
  return owner ? `${owner}'s border` : 'the border';
}

/** Reads a place name at `k`: "[the] Capitalised Words" not followed by a possessive's noun. */
function placeAt(tokens: readonly Token[], k: number): string | null {
  let j = k;
  if (tokens[j]?.lower === 'the') j++;
  const words: string[] = [];
  while (isCapitalised(tokens[j]) && !NOT_PLACES.has(tokens[j]?.text ?? '')) {
    words.push(tokens[j]?.text ?? '');
    j++;
    // "Sea of Azov": a connector inside a capitalised name.
    if (tokens[j]?.lower === 'of' && isCapitalised(tokens[j + 1])) {
      words.push('of');
      j++;
    }
  }
  if (words.length === 0) return null;
  const lastWord = words.at(-1) as string;
  // "Ukraine's second city" is about the city, not Ukraine.
  if (/['\u2019]s?$/u.test(lastWord)) return null;
  return words.join(' ');
}

/** The normalised location phrase that starts with the preposition at `k`, or null. */
function locationAt(tokens: readonly Token[], k: number): string | null {
  const prep = tokens[k];
  if (prep?.kind !== 'word') return null;
  const p = prep.lower;
  if (!TO_IN.has(p) && !TO_ON.has(p) && !KEPT.has(p)) return null;
  // "according to X" names a source, not a place.
  if (tokens[k - 1]?.lower === 'according') return null;
  const border = borderAt(tokens, k + 1);
  if (border) return `on ${border}`;
  if (BORDER_ONLY.has(p)) return null;
  const place = placeAt(tokens, k + 1);
  // "in the Defence Ministry", "at the Institute": bodies, not places.
  if (!place || place.split(' ').some((w) => ORG_HEADS.has(w.toLowerCase()))) return null;
  return `${TO_IN.has(p) ? 'in' : p} ${place}`;
}

/**
 * The location of a figure whose phrase spans tokens `[first, after)`: the first place phrase after it (up
 * to the next number), else the nearest one before it in the sentence.
 */
export function locationOf(tokens: readonly Token[], first: number, after: number): string | null {
  for (let k = after; k < tokens.length; k++) {
    if (tokens[k]?.kind === 'number' || tokens[k]?.text === ';') break;
    const found = locationAt(tokens, k);
    if (found) return found;
  }
  for (let k = first - 1; k >= 0; k--) {
    const found = locationAt(tokens, k);
    if (found) return found;
  }
  return null;
}

/** The subject of a figure: canonical unit plus location, the unit alone without one, null without a unit. */
export function subjectOf(unit: string | null, location: string | null): string | null {
  if (unit === null) return null;
  const u = canonicalUnit(unit);
  return location ? `${u} ${location}` : u;
}
