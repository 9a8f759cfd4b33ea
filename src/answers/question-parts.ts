/**
 * Two questions typed as one ("what's the name of the tanker and how many barrels was it carrying", "snap finally
 * turned a profit?? what were the eps numbers"): the first is read on its own when the whole finds no answer, so the
 * second part's words (its verb, its own subject) do not make the first unanswerable.
 */

/** Words that open a second question after "and". */
const SECOND_QUESTION =
  /(?:,\s*|\s+)and\s+(?=(?:how|what|what['’]s|whats|when|whens|why|where|who|who['’]s|whose|which|did|does|do|is|was|were|are|has|have|had|will|would|can|could|in which|by how)\b)/i;

/** A comparison asked after the question ("…, compared to the gop?", "… vs what economists expected"). */
const COMPARED = /(?:,\s*|\s+)(?:compared (?:to|with)|versus|vs\.?|as opposed to)\s+(?=\S)/i;

/** A question mark with more text after it: a second question, or a remark. */
const MARK_THEN_MORE = /\?+\s+(?=\S)/;

/** At least this many words make a first question that can stand alone ("so whos the ceo" is too short to split). */
const MIN_WORDS = 3;

/**
 * The first of two questions typed as one, or null when the text is one question. The second is told by "and"
 * before a question word, by a question mark with more after it, or by a comparison ("compared to", "vs").
 */
export function firstQuestionOf(text: string): string | null {
  const cuts = [SECOND_QUESTION.exec(text), MARK_THEN_MORE.exec(text), COMPARED.exec(text)].filter(
    (m): m is RegExpExecArray => m !== null,
  );
  if (cuts.length === 0) return null;
  const at = Math.min(...cuts.map((m) => m.index));
  const first = text
    .slice(0, at)
    .trim()
    .replace(/[,;:]+$/, '');
  return first.split(/\s+/).length >= MIN_WORDS ? `${first}?` : null;
}
