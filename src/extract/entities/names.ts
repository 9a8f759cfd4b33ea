/**
 * The parts of a person's name and of a body's name that tell two mentions apart or make them one: a person's
 * given name, middle initials, surname (with its particle: "Le Drian", "van der Berg") and suffix ("Jr.", "III");
 * a body's country, head and distinctive words, so that "Russia's defense ministry" and "the Russian Ministry of
 * Defense" are one body, and its initials, so that "(DfT)" names the "Department for Transport".
 */
import { countryOfWord, NAME_SUFFIXES, ORG_NAME_WORDS, TITLES } from '../language/index.ts';

/** Lower-case particles that belong to a surname ("Jean-Yves Le Drian" → "Le Drian"). */
const PARTICLES = new Set([
  'le',
  'la',
  'de',
  'del',
  'della',
  'der',
  'den',
  'van',
  'von',
  'du',
  'da',
  'dos',
  'al',
  'el',
  'bin',
  'ibn',
  'st',
  'st.',
]);

/** A person's name split into the parts that identify them. */
export interface PersonName {
  /** The name as the article writes it, without title. */
  readonly full: string;
  /** First word, unless it is an initial ("J. Smith" has none). */
  readonly given: string | null;
  /** Surname with its particles ("Le Drian"), without a suffix. */
  readonly surname: string;
}

const isInitialWord = (w: string) => /^\p{Lu}\.?$/u.test(w) || /^(?:\p{Lu}\.){2,}$/u.test(w);

/** Splits a person's name ("Vladimir V. Putin", "Martin Luther King Jr.") into given name and surname. */
export function personName(name: string): PersonName {
  const words = name.split(/\s+/).filter(Boolean);
  while (words.length > 1 && TITLES.has((words[0] as string).toLowerCase())) words.shift();
  while (words.length > 1 && NAME_SUFFIXES.has((words.at(-1) as string).toLowerCase().replace(/,$/, ''))) words.pop();
  const last = words.at(-1) ?? name;
  let from = words.length - 1;
  while (from - 1 > 0 && PARTICLES.has((words[from - 1] as string).toLowerCase())) from--;
  const surname = words.slice(from).join(' ') || last;
  const first = words[0] ?? null;
  const given = words.length > 1 && first !== null && !isInitialWord(first) ? first : null;
  return { full: name, given, surname };
}

/** A person's name without middle initials or names: "Vladimir V. Putin" → "Vladimir Putin". */
export function shortPersonName(p: PersonName): string | null {
  return p.given ? `${p.given} ${p.surname}` : null;
}

/** Words of a body's name that say nothing of which body it is. */
const ORG_FILLER = new Set(['the', 'of', 'for', 'and', '&', 'on', 'in', 'at']);

/** Spelling variants folded before bodies' names are compared. */
const SPELLING: Readonly<Record<string, string>> = {
  defence: 'defense',
  organisation: 'organization',
  programme: 'program',
  centre: 'center',
  labour: 'labor',
  ministries: 'ministry',
};

/**
 * A body's name reduced to what identifies it, order-free: the country (from a possessive, an adjective or the
 * name itself) plus its other words, spelling folded. "Russia's defense ministry", "the Russian Ministry of
 * Defense" and "Ministry of Defence of Russia" all give "defense ministry russia". Null when the name has no
 * head word that makes it a body (a brand such as "Visa" is compared as written).
 */
export function orgSignature(name: string): string | null {
  const words = name
    .replace(/['’]s\b/g, '')
    .split(/[\s,]+/)
    .filter(Boolean);
  if (!words.some((w) => ORG_NAME_WORDS.has(w.toLowerCase()))) return null;
  const parts = words
    .map((w) => {
      const country = countryOfWord(w);
      const lower = w.toLowerCase();
      if (country) return country.toLowerCase();
      const spelled = SPELLING[lower] ?? lower;
      // "Motion Pictures" and "Motion Picture" name one body.
      return spelled.length > 4 && /[^s]s$/.test(spelled) ? spelled.slice(0, -1) : spelled;
    })
    .filter((w) => !ORG_FILLER.has(w));
  if (parts.length < 2) return null;
  return [...new Set(parts)].sort().join(' ');
}

/**
 * The initials a body's name could be shortened to, lower-cased: of every word ("Department for Transport" →
 * "dft") and of its capitalised words only ("Organized Crime and Corruption Reporting Project" → "occrp").
 */
export function initialsOf(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return [];
  const all = words.map((w) => w[0] as string).join('');
  const caps = words
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0] as string)
    .join('');
  return [...new Set([all.toLowerCase(), caps.toLowerCase()])].filter((s) => s.length >= 2);
}
