/**
 * The words and names story grouping compares articles on. Deliberately separate from search's terms: grouping
 * wants the distinctive vocabulary of an event (names, rare nouns), search wants every word a reader might type.
 */

/** Words that say nothing about which event an article covers: function words and newsroom boilerplate. */
const STOPWORDS = new Set(
  `a an the and or but if of to in on at by for with from as is are was were be been being it its this that these
  those he she they them his her their we our you your i me my not no so than then there here what which who whom
  whose when where why how all any both each few more most other some such only own same too very can will just
  should now said says say also after before over under about into through during again further once up down out
  off new one two three has have had do does did would could may might must shall mr ms mrs dr per via amid while
  year years week weeks day days time month months told according percent people including last first next like
  get got make made many much well even still back way us monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

/** Lower-cases and strips accents, so "António" and "Antonio" meet. */
export function foldText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The content words of a text: folded, possessives dropped, hyphens and apostrophes closed up, stopwords removed. */
export function contentWords(text: string): string[] {
  const out: string[] = [];
  for (const raw of foldText(text).match(/[a-z][a-z0-9'’-]+/g) ?? []) {
    const word = raw.replace(/['’]s$/, '').replace(/['’-]/g, '');
    if (word.length > 2 && !STOPWORDS.has(word)) out.push(word);
  }
  return out;
}

/**
 * Multi-word proper names of a text, as written ("Credit Suisse", "Strategic Petroleum Reserve"): runs of capitalised words
 * that do not open a sentence. A name shared by two articles says more than its words apart ("White House" is not
 * about houses), so grouping counts these beside the words.
 */
export function properNames(text: string): string[] {
  const out: string[] = [];
  // A capitalised run right after a full stop may be an ordinary word opening a sentence; elsewhere it is a name.
  const name = /(?:^|[^.!?"“‘]\s)((?:[A-Z][\p{L}'’-]+)(?:\s+(?:of(?:\s+the)?|de|da|von|van|&)?\s*[A-Z][\p{L}'’-]+)+)/gu;
  for (const match of text.matchAll(name)) {
    const words = (match[1] ?? '').replace(/['’]s$/, '').replace(/\s+/g, ' ');
    out.push(words);
  }
  return out;
}
