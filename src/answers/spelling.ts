/**
 * Chat's misspellings of ordinary words ("trainin grounds"): a word of the question that no sentence uses and that
 * is not an English word is read as the nearest word the sentences use, and the answer says so.
 */
import { isStopword, processTerm, type SearchIndex, tokenize } from '../search/index.ts';
import { isFiller } from './chat-text.ts';
import { dictionaryNeighbours, isDictionaryWord, isEnglishWord } from './english.ts';
import { editDistanceWithin } from './names.ts';
import type { Question } from './question.ts';

/** A question with its misspelt words read as the articles' words, and what was read for what. */
export interface Respelled {
  readonly question: Question;
  /** The articles' words, as written, to add to the search. */
  readonly words: readonly string[];
  /** "Reading "training" for "trainin"." */
  readonly notes: readonly string[];
}

/**
 * Reads the question's content words, verb and counted thing that the index does not hold as their nearest index
 * word. A real word the articles do not use ("finish") is left alone: it has a meaning of its own, which the
 * related words of the ranking look after.
 */
export function respell(index: SearchIndex, question: Question): Respelled {
  const fixes = new Map<string, { term: string; word: string; asked: string }>();
  const dropped = new Set<string>();
  for (const token of tokenize(question.text)) {
    const folded = token.toLowerCase();
    // A word of the large list is a word, not a typo, though the smaller one lacks it ("viral" is not "vital").
    if (!/^\p{Ll}+$/u.test(token) || isEnglishWord(folded) || isDictionaryWord(folded)) continue;
    const term = processTerm(folded);
    if (term === null || index.knows(folded)) continue;
    const near = index.nearestWord(folded);
    // The word as written must be close too: stems of unrelated words can be near ("spyware", "sparred").
    if (near && closeAsWritten(folded, near.word)) {
      // A misspelt word of emphasis ("actualy") asks for nothing, as the word itself would not.
      if (isFiller(near.word.toLowerCase())) dropped.add(term);
      else fixes.set(term, { ...near, asked: token });
      continue;
    }
    // Else the nearest English word whose term the articles use ("excercises": exercises, which the index reads as
    // "drill"), when no English word is spelt so and the typed word is long enough to be told apart.
    if (folded.length < 5) continue;
    const neighbours = dictionaryNeighbours(folded);
    // A misspelt function word ("acording") asks for nothing: it is dropped, as the word itself would be.
    if (
      neighbours.some((w) => isStopword(w)) &&
      !neighbours.some((w) => !isStopword(w) && isEnglishWord(w) && index.knows(w))
    ) {
      dropped.add(term);
      continue;
    }
    if (neighbours.some((w) => isFiller(w))) {
      dropped.add(term);
      continue;
    }
    const known = neighbours.find((w) => index.knows(w));
    const knownTerm = known === undefined ? null : processTerm(known);
    if (known && knownTerm) fixes.set(term, { term: knownTerm, word: known, asked: token });
  }
  if (dropped.size > 0) {
    question = {
      ...question,
      content: question.content.filter((t) => !dropped.has(t)),
      predicate: question.predicate !== null && dropped.has(question.predicate) ? null : question.predicate,
      counted: question.counted !== null && dropped.has(question.counted) ? null : question.counted,
    };
  }
  if (fixes.size === 0) return { question, words: [], notes: [] };
  const fix = (t: string | null) => (t === null ? null : (fixes.get(t)?.term ?? t));
  const used = [...fixes.entries()].filter(
    ([t]) => question.content.includes(t) || question.predicate === t || question.counted === t,
  );
  if (used.length === 0) return { question, words: [], notes: [] };
  return {
    question: {
      ...question,
      content: question.content.map((t) => fix(t) as string),
      predicate: fix(question.predicate),
      counted: fix(question.counted),
    },
    words: used.map(([, f]) => f.word),
    notes: used.map(([, f]) => `Reading "${f.word}" for "${f.asked}".`),
  };
}

/** One edit apart (two for a long word), or the word typed short ("trainin" of "training"). */
function closeAsWritten(typed: string, word: string): boolean {
  const w = word.toLowerCase();
  const max = typed.length >= 9 ? 2 : 1;
  return editDistanceWithin(typed, w, max) <= max || (typed.length >= 5 && w.startsWith(typed));
}

/**
 * A word chat runs together that the articles write as two ("workforce": "work force", "selloff": "sell-off"): when
 * no sentence uses the word, but an article writes it as two English words side by side (`writtenApart`), the
 * question asks for those two, and counts the second. A part that is a stopword ("off") adds nothing to search for.
 */
export function splitJoined(
  index: SearchIndex,
  question: Question,
  writtenApart: (first: string, second: string) => boolean,
): Question {
  let content = question.content;
  let counted = question.counted;
  for (const token of tokenize(question.text)) {
    const word = token.toLowerCase();
    const term = processTerm(word);
    if (word.length < 7 || term === null || !(content.includes(term) || counted === term) || index.knows(word)) {
      continue;
    }
    const parts = splitsOf(word).find(
      ([a, b]) =>
        isEnglishWord(a) &&
        isEnglishWord(b) &&
        index.knows(a) &&
        (index.knows(b) || processTerm(b) === null) &&
        writtenApart(a, b),
    );
    if (!parts) continue;
    const terms = parts.flatMap((p) => processTerm(p) ?? []);
    content = content.flatMap((t) => (t === term ? terms.filter((p) => !content.includes(p)) : [t]));
    // What is counted is the head of the two: a "work force" is counted as a force.
    if (counted === term) counted = terms.at(-1) ?? counted;
  }
  return content === question.content && counted === question.counted ? question : { ...question, content, counted };
}

/** The ways a word splits into two of three letters or more, longest first part first. */
function splitsOf(word: string): [string, string][] {
  const out: [string, string][] = [];
  for (let i = word.length - 3; i >= 3; i--) out.push([word.slice(0, i), word.slice(i)]);
  return out;
}
