/**
 * What a sentence says of itself, whatever the question: whether it asks rather than states, whom it opens with, a
 * share or a penalty it gives, the month it means by "last month", the years it only compares with. The ranking and
 * the refusals of `ask.ts` read them. General usage of the press, not of any article.
 */
import type { Hit } from '../search/index.ts';
import { isEnglishWord } from './english.ts';

/** Whether a sentence asks (ends with a question mark: a headline, a rhetorical question): it states nothing. */
export function asksItself(sentence: string): boolean {
  return /\?\s*$/.test(sentence);
}

/** Whether a sentence opens with a name ("Kering, which …"): a capitalised word that is no English word. */
export function opensWithName(sentence: string): boolean {
  const first = /^["“]?(\p{Lu}[\p{L}&'’.-]*)/u.exec(sentence.trim())?.[1];
  return first !== undefined && !isEnglishWord(first.toLowerCase());
}

/** Whether a sentence opens with a pronoun, which stands for someone named before it ("He and other investors …"). */
export function opensWithPronoun(sentence: string): boolean {
  return /^["“]?(?:he|she|they|it)\b/i.test(sentence.trim());
}

/** Whether a sentence gives a share: a percentage or a fraction in words ("40%", "two-thirds", "half"). */
export function givesShare(sentence: string): boolean {
  return /%|\bper ?cent\b|\b(?:half|thirds?|quarters?|fifths?|tenths?|majority)\b/i.test(sentence);
}

/** Whether a sentence tells a sum as a penalty: "fined $5m", "$150 million in penalties", "forfeited". */
export function tellsPenalty(sentence: string): boolean {
  return /\b(?:fine[sd]?|fining|penalt(?:y|ies)|forfeit\w*)\b/i.test(sentence);
}

/** The month a sentence means by "last month" (`YYYY-MM-DD`, from its article's date), or null when it says none. */
export function lastMonthOf(h: Hit): string | null {
  if (h.date === null || !/\blast month\b/i.test(h.snippet)) return null;
  const d = new Date(`${h.date.slice(0, 7)}-15T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 10);
}

/**
 * The sentence without the years it only compares with ("the fastest increase since February 1982", "than in
 * 2019"): they are not its time.
 */
export function withoutComparedYears(sentence: string): string {
  return sentence.replace(COMPARED_YEAR, ' ');
}

const COMPARED_YEAR = /\b(?:since|than(?: in)?)\s+(?:(?:early|late|mid|the end of|\p{Lu}\p{Ll}+)\s+)?(?:19|20)\d\d\b/gu;
