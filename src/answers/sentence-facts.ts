/**
 * What a sentence says of itself, whatever the question: whether it asks rather than states, whom it opens with, a
 * share or a penalty it gives, the month it means by "last month", the years it only compares with. The ranking and
 * the refusals of `ask.ts` read them. General usage of the press, not of any article.
 */
import { type Hit, termsOf } from '../search/index.ts';
import { referenceRarity } from '../stories/index.ts';
import { isDictionaryWord, isEnglishWord } from './english.ts';
import { years } from './ranking.ts';

/** Whether a sentence asks (ends with a question mark: a headline, a rhetorical question): it states nothing. */
export function asksItself(sentence: string): boolean {
  return /\?\s*$/.test(sentence);
}

/**
 * Whether a sentence opens with a name ("Kering, which …"): a capitalised word that is no English word. A word the
 * reference news writes is a name only when it writes it as one ("Tesla", not "Defense" or "Investors"), or when
 * `isName` says the articles do ("Shell").
 */
export function opensWithName(sentence: string, isName: (folded: string) => boolean = () => false): boolean {
  // Past a joining word that opens it ("And PepsiCo, …", "But Shell …", "Meanwhile, BP …").
  const opening = sentence.trim().replace(/^["“]?(?:and|but|meanwhile|also|still|yet|separately|elsewhere),?\s+/i, '');
  const first = /^["“]?(\p{Lu}[\p{L}&'’.-]*)/u.exec(opening)?.[1]?.toLowerCase();
  if (first === undefined || isEnglishWord(first)) return false;
  const news = referenceRarity();
  // A word rare in news is a name unless the large word list holds it ("Upping the core hourly wage …").
  return (!news.frequency.has(first) && !isDictionaryWord(first)) || news.names.has(first) || isName(first);
}

/**
 * The capitalised words of a sentence's subject, lower case: the words before its first verb of having, being,
 * reporting or doing, within its first eight ("Electric vehicle giant Tesla reported …": electric, vehicle is not
 * capitalised, tesla; "About 3,000 United employees have …": united). None when a comma or a preposition comes
 * first ("According to Refinitiv, …", "Data from Sensor Tower showed …"): the name there is a source or a place,
 * not who did it. The first word counts only when it is no English word.
 */
export function subjectNames(sentence: string): string[] {
  const words = sentence.trim().replace(/^["“]/, '').split(/\s+/).slice(0, SUBJECT_SPAN);
  const verb = words.findIndex((w) => SUBJECT_VERB.test(w));
  if (verb <= 0) return [];
  const subject = words.slice(0, verb);
  if (subject.some((w) => /[,;:]$/.test(w) || SUBJECT_PREPOSITION.test(w))) return [];
  return subject
    .map((w, i) => ({ w: w.replace(/['’]s$/, '').toLowerCase(), capital: /^\p{Lu}/u.test(w), i }))
    .filter(({ w, capital, i }) => capital && (i > 0 || !isDictionaryWord(w)))
    .map(({ w }) => w);
}

/** How many words of a sentence's opening {@link subjectNames} reads. */
const SUBJECT_SPAN = 8;

/**
 * The verb that ends a subject, in the forms news writes. Not a verb of saying: who says a figure is often its
 * source, not its owner ("The Labor Department said payrolls rose"), and one that opens the sentence is read by
 * {@link opensWithName}.
 */
const SUBJECT_VERB =
  /^(?:reported|reports|announced|has|have|had|is|are|was|were|will|would|could|expects?|plans?|sold|sells|delivered|posted|recorded|added|saw|made|cut|raised|increased|fell|rose)$/;

/** A word after which a name is a source, a place or a part, not the subject itself. */
const SUBJECT_PREPOSITION = /^(?:of|from|at|by|for|with|to|in|on|according|like|including|than)$/i;

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
  return monthFrom(h, /\blast month\b/i, -1);
}

/** The month a sentence means by "next month", from its article's date ("2022-02-15" for January's); or null. */
export function nextMonthOf(h: Hit): string | null {
  return monthFrom(h, /\bnext month\b/i, 1);
}

/** The month a sentence means by a phrase that counts from its article's date, as a mid-month day; or null. */
function monthFrom(h: Hit, phrase: RegExp, shift: number): string | null {
  if (h.date === null || !phrase.test(h.snippet)) return null;
  const d = new Date(`${h.date.slice(0, 7)}-15T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + shift);
  return d.toISOString().slice(0, 10);
}

/**
 * The years a sentence is about: those it names, and those it means by "this year", "last year" or "next year"
 * (from its article's date). Not the years it only compares with ("faster than the 6.8% increase in 2021").
 */
export function yearsOf(h: Hit): string[] {
  const named = years(withoutComparedYears(h.snippet));
  const year = h.date === null ? Number.NaN : Number(h.date.slice(0, 4));
  if (Number.isNaN(year)) return named;
  const relative = [
    [/\bthis year\b/i, 0],
    [/\blast year\b/i, -1],
    [/\bnext year\b/i, 1],
  ] as const;
  for (const [pattern, shift] of relative) if (pattern.test(h.snippet)) named.push(String(year + shift));
  return named;
}

/**
 * The sentence without the years it only compares with ("the fastest increase since February 1982", "than in
 * 2019"): they are not its time.
 */
export function withoutComparedYears(sentence: string): string {
  return sentence.replace(COMPARED_YEAR, ' ');
}

const COMPARED_YEAR =
  /\b(?:since|than(?: in)?|than (?:the|a|its) (?:[^,;.]|\.(?=\d)){0,40}? in)\s+(?:(?:early|late|mid|the end of|\p{Lu}\p{Ll}+)\s+)?(?:19|20)\d\d\b/gu;

/**
 * Whether a sentence says that what a question asks is not known: a clause that names all of `content` (index
 * terms) and says it "was not disclosed", "remains unclear", "did not say" ("The cause of death was not disclosed";
 * not "the fate of the others is unknown" for where they were taken).
 */
export function saysUntold(sentence: string, content: readonly string[]): boolean {
  return sentence
    .split(/[,;:"“”]|\b(?:and|but|while|adding that)\b/)
    .some((clause) => UNTOLD.test(clause) && content.every((t) => termsOf(clause).includes(t)));
}

const UNTOLD =
  /\b(?:(?:was|were|is|are|has|have|had) not (?:been )?(?:disclosed|released|revealed|made public|known|confirmed|determined|given)|(?:remains?|remained|is|was) (?:still )?(?:unclear|unknown|not (?:yet |immediately )?(?:clear|known))|undisclosed|did not (?:say|disclose|specify|reveal)|(?:will|would) be (?:determined|established|confirmed) by|(?:is|are|was|were|remains?) (?:still )?(?:yet to be|to be) (?:determined|established|confirmed)|(?:is|are|was|were|remains?) (?:still )?under investigation)\b/i;

/** Whether a sentence tells how far a price moved: a percentage, points, or a price ("to $12.40", "$3 a share"). */
export function givesMove(sentence: string): boolean {
  return /%|\bper ?cent\b|\bpoints?\b|\bto [$£€¥]\s?\d|[$£€¥]\s?\d[\d.,]*\s+(?:a|per) share\b|\bcents?\b/i.test(
    sentence,
  );
}

/**
 * Whether a paragraph tells what was said before: "previously called it garbage", "in the past", or a year before
 * its article's ("told CNBC in May 2019", in an article of 2022).
 */
export function toldAsEarlier(h: Hit, paragraph: string): boolean {
  if (/\b(?:previously|formerly|once|in the past|used to|years ago|at the time|back in)\b/i.test(paragraph)) {
    return true;
  }
  const year = Number(h.date?.slice(0, 4));
  return Number.isFinite(year) && years(paragraph).some((y) => Number(y) < year);
}

/**
 * The figures a text writes with their unit, as written without spaces or commas: "7.5%", "0.1 percent" (as "0.1%"),
 * "1 cent", "$31.73". Plain numbers are left out: a year or a day is no figure anyone quotes.
 */
export function figuresIn(text: string): string[] {
  return [...text.matchAll(FIGURE)].map((m) =>
    m[0]
      .toLowerCase()
      .replace(/[\s,]/g, '')
      .replace(/percent|percentagepoints?/, '%')
      .replace(/cents?$/, 'c'),
  );
}

const FIGURE = /[$£€]\d[\d,.]*\d|\b\d[\d,]*(?:\.\d+)?\s?(?:%|percent\b|cents?\b)/gi;
