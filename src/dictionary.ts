/**
 * The large English word list (274,000 words, the `word-list` package), shared by extraction and answering. It
 * holds some names in lower case too ("russia", "musk"), so it tells ordinary words only where a name is unlikely.
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

let dictionary: ReadonlySet<string> | null = null;

/** The list's words, lower case; read once, when first asked. */
export function dictionaryWords(): ReadonlySet<string> {
  dictionary ??= new Set(readFileSync(wordListPath, 'utf8').split('\n'));
  return dictionary;
}

/** Is the lower-case word in the list ("haul", "jacked", "charter")? */
export function isDictionaryWord(word: string): boolean {
  return dictionaryWords().has(word);
}
