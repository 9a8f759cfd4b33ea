/**
 * Writes `src/answers/english-words.json`: the common English words of compromise's lexicon (nouns, verbs in every
 * form, adjectives, adverbs, function words), without any word the lexicon also knows as a name (given name,
 * surname, place, organisation, nationality). Question reading uses it to tell a lower-case name ("zelensky") from
 * an ordinary word the articles happen not to use ("negotiated"). A file, not the library at run time: answering a
 * question must not load the NLP library (350 ms) that only extraction needs.
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

if (import.meta.url === `file://${process.argv[1]}`) {
  const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
  const words = commonWords(lexicon);
  writeFileSync(new URL('../src/answers/english-words.json', import.meta.url), `${JSON.stringify(words)}\n`);
  console.log(`${words.length} words`);
}
