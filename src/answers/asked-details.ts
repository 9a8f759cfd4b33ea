/**
 * Details a question asks in a form of its own, which a passage gives only in that form: someone's age ("Madden,
 * 85, …"), what someone died of, a quarter's figure. General usage of English and of the press, not of any article.
 */

/** "How old was Madden when he died", "what age is she". */
export function asksAge(text: string): boolean {
  return /\bhow old\b|\bwhat age\b|\bat what age\b/i.test(text);
}

/**
 * An age told as news tells it: "Madden, 85,", "aged 85", "the 85-year-old", "died at 85", "at the age of 85", "He was
 * 78." after the news of a death.
 */
const AGE =
  /\p{Lu}[\p{L}.'’-]*,\s+\d{1,3},|\baged?\s+\d{1,3}\b|\b\d{1,3}-year-old\b|\b\d{1,3} years old\b|\bage of \d{1,3}\b|\b(?:died|dies|passed away)\s+at\s+\d{1,3}\b|\(\d{1,3}\)|\b(?:[Hh]e|[Ss]he) (?:was|is|will be|would have been) \d{1,3}(?=[.,;]|\s+(?:when|at the time|years? old)\b)/u;

/** Whether a sentence gives someone's age. */
export function givesAge(snippet: string): boolean {
  return AGE.test(snippet);
}

/** "What did Madden die of", "how did he die", "the cause of death". */
export function asksCauseOfDeath(text: string): boolean {
  return /\b(?:die|died|dies)\s+(?:of|from)\b|\bhow did\b.*\b(?:die|pass away)\b|\bcause of(?: (?:his|her|their|the))? death\b|\bwhat (?:\w+ )?killed\b/i.test(
    text,
  );
}

/**
 * A death told with its cause: "died of cancer", "died from complications", "died after a fall", "the cause of
 * death", or an illness, accident or attack named beside it.
 */
const CAUSE_OF_DEATH =
  /\b(?:died|dies|dying|death|passed away)\s+(?:of|from|after|following|due to|in an?)\b|\bcause of(?: (?:his|her|their|the))? death\b|\b(?:cancer|heart attack|heart failure|stroke|illness|disease|complications|covid|overdose|suicide|accident|crash|stabbed|killed)\b|\b(?:fatally |was |were )shot\b|\bshot (?:dead|and killed)\b/i;

/** Whether a sentence tells what someone died of (or that the cause is not known, which answers too). */
export function givesCauseOfDeath(snippet: string): boolean {
  return CAUSE_OF_DEATH.test(snippet);
}
