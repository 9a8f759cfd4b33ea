/**
 * Writes `src/answers/english-words.json`: the common English words of compromise's lexicon (nouns, verbs in every
 * form, adjectives, adverbs, function words), without any word the lexicon also knows as a name (given name,
 * surname, place, organisation, nationality). Question reading uses it to tell a lower-case name ("zelensky") from
 * an ordinary word the articles happen not to use ("negotiated"). A file, not the library at run time: answering a
 * question must not load the NLP library (350 ms) that only extraction needs.
 *
 * Writes `src/answers/country-names.json` too: the lexicon's countries ("bulgaria", "south korea"), so that a
 * question about a country no article names is refused rather than answered about another.
 *
 *   npx tsx scripts/build-english-words.ts
 */
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';

/** Tags that make a word a name (or a calendar word, which question reading handles on its own). */
const NAME_TAGS = new Set([
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'ProperNoun',
  'Place',
  'Country',
  'City',
  'Region',
  'Organization',
  'SportsTeam',
  'Demonym',
  'Honorific',
  'Abbreviation',
  'Month',
  'WeekDay',
  'Date',
  'Emoticon',
]);

/** The lexicon's one-word entries of letters only that carry no name tag, sorted. */
export function commonWords(lexicon: Readonly<Record<string, string | readonly string[]>>): string[] {
  const out: string[] = [];
  for (const [word, tags] of Object.entries(lexicon)) {
    if (!/^[a-z]{2,}$/.test(word)) continue;
    const list = typeof tags === 'string' ? [tags] : tags;
    if (list.some((t) => NAME_TAGS.has(t))) continue;
    out.push(word);
  }
  return out.sort();
}

/** The lexicon's entries tagged as countries, sorted. */
export function countryNames(lexicon: Readonly<Record<string, string | readonly string[]>>): string[] {
  return Object.entries(lexicon)
    .filter(([, tags]) => (typeof tags === 'string' ? [tags] : tags).includes('Country'))
    .map(([name]) => name)
    .sort();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const words = commonWords(lexicon);
  writeFileSync(new URL('../src/answers/english-words.json', import.meta.url), `${JSON.stringify(words)}\n`);
  const countries = countryNames(lexicon);
  writeFileSync(new URL('../src/answers/country-names.json', import.meta.url), `${JSON.stringify(countries)}\n`);
  console.log(`${words.length} words, ${countries.length} countries`);
}
