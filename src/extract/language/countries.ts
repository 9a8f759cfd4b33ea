/**
 * Countries named by their adjective, possessive or short form ("Russian", "Russia's", "U.K."), so that a body's
 * country and a border's owner read the same however the copy writes them.
 */

import { COUNTRY_OF_ADJECTIVE } from '../../shared-words.ts';

export { COUNTRY_OF_ADJECTIVE };

/** Short and long forms of the same country, folded to one spelling. */
const COUNTRY_FORMS: Readonly<Record<string, string>> = {
  us: 'US',
  'u.s.': 'US',
  usa: 'US',
  'u.s.a.': 'US',
  america: 'US',
  uk: 'UK',
  'u.k.': 'UK',
  britain: 'UK',
};

/**
 * The country a single word names: an adjective ("Ukrainian" → Ukraine), a short form ("U.K." → UK) or a
 * possessive of either ("Russia's" → Russia). Null for any other word; a capitalised word that is not a known
 * adjective is returned as the country only when written as a possessive.
 */
export function countryOfWord(word: string): string | null {
  const possessive = /^(.+?)['’]s?$/u.exec(word);
  const bare = possessive ? (possessive[1] as string) : word;
  const lower = bare.toLowerCase();
  const known = COUNTRY_OF_ADJECTIVE[lower] ?? COUNTRY_FORMS[lower];
  if (known) return known;
  return possessive && /^\p{Lu}/u.test(bare) ? bare : null;
}
