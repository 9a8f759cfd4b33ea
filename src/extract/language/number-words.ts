/**
 * English number words ("six", "twenty-five"), read by figures (spelled counts) and events ("three days"), so both
 * agree on what a spelled number is worth.
 */

/** Number words up to ninety, by value; compounds ("twenty-five") are read by {@link numberWordValue}. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** The hyphens that join tens and units ("twenty-five"). */
const HYPHEN = /[-\u2010\u2011]/;

/** Value of a number word, including hyphenated tens ("twenty-five"); undefined when it is not one. */
export function numberWordValue(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (lower in NUMBER_WORDS) return NUMBER_WORDS[lower];
  if (!HYPHEN.test(lower)) return undefined;
  const parts = lower.split(HYPHEN);
  if (parts.length === 2) {
    const tens = NUMBER_WORDS[parts[0] as string];
    const unit = NUMBER_WORDS[parts[1] as string];
    if (tens !== undefined && unit !== undefined && tens >= 20 && tens % 10 === 0 && unit > 0 && unit < 10) {
      return tens + unit;
    }
  }
  return undefined;
}
