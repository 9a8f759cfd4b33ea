/**
 * "What does Libor stand for": the answer is the sentence that spells the short form out ("London Interbank Offered
 * Rate"), whatever else it says.
 */

/** Small words a spelled-out name passes over ("Organization of the Petroleum Exporting Countries": OPEC). */
const SKIPPED = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&']);

/**
 * The short form a question asks the meaning of ("what does Libor stand for", "what is CPI short for", "what do the
 * letters ESG mean"), lower-cased; null for any other question.
 */
export function shortFormAsked(question: string): string | null {
  const m =
    /\bwhat (?:does|do|did) (?:the (?:acronym|abbreviation|initials|letters) )?["“']?([\p{L}&]{2,12})["”']? (?:stand|stands) for\b/iu.exec(
      question,
    ) ??
    /\bwhat(?: is| was|'s|’s) ["“']?([\p{L}&]{2,12})["”']? short for\b/iu.exec(question) ??
    /\bwhat (?:does|do) the (?:acronym|abbreviation|initials|letters) ["“']?([\p{L}&]{2,12})["”']? mean\b/iu.exec(
      question,
    );
  return m?.[1] ? m[1].toLowerCase() : null;
}

/** Whether the letters appear in the word in their order. */
function inOrder(letters: string, word: string): boolean {
  let at = 0;
  for (const letter of letters) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether the text writes out the short form as capitalised words, each giving the next letters of it: its initial,
 * then any more found in it in order ("London Interbank Offered Rate" for "libor": L, IB, O, R), over small words
 * left out ("Bank of America": "boa").
 * At least two words must spell it, so that a capitalised word that merely starts the same ("Libya") is not one.
 * With `capitals` false, lower-case words may spell it too, for a passage already on the question's topic.
 */
export function spellsOut(shortForm: string, text: string, capitals = true): boolean {
  const letters = shortForm.toLowerCase().replace(/[^\p{L}]/gu, '');
  if (letters.length < 2) return false;
  const words = text.split(/[\s\u2010-\u2015/-]+/).map((w) => w.replace(/^[("“'‘]+|[)"”'’.,;:!?]+$/g, ''));
  // News writes some short forms out in lower case ("gross domestic product"); the caller says whether to allow it.
  const capital = (w: string) => (capitals ? /^\p{Lu}/u : /^\p{L}/u).test(w);
  // From word `at`, whether the letters from `k` on are spelled by the words that follow; `used` counts those spelling.
  const from = (at: number, k: number, used: number): boolean => {
    if (k === letters.length) return used >= 2;
    const word = words[at];
    if (word === undefined) return false;
    const lower = word.toLowerCase();
    if (used > 0 && SKIPPED.has(lower) && from(at + 1, k, used)) return true;
    if (!capital(word)) return false;
    if (lower[0] !== letters[k]) return false;
    // The word's initial, then any further letters found in it in order ("Interbank": the "ib" of Libor).
    for (let n = Math.min(lower.length, letters.length - k); n >= 1; n--)
      if (inOrder(letters.slice(k + 1, k + n), lower.slice(1)) && from(at + 1, k + n, used + 1)) return true;
    return false;
  };
  return words.some((w, i) => capital(w) && w.toLowerCase().startsWith(letters[0] as string) && from(i, 0, 0));
}
