/**
 * What a "how many / how much" asks of the passage that answers it: a number beside the thing counted (or a sum, a
 * move, a share), for the quarter asked, of the one asked about, not of another named beside it.
 */

import { fold, type Hit, processTerm, termsOf } from '../search/index.ts';
import { actorOf, asksForSum, asksMarketMove, doerNounOf, figureNameTerms, ownerOf } from './asked-facts.ts';
import { countryOfWord, type FoundName, isCountry, isDescribingWord, shownName } from './asked-names.ts';
import { asksQuarter, namesQuarter } from './asked-time.ts';
import { COVER_CANDIDATES, type Gated, NAMING_CANDIDATES, putFirst, topParagraphs, verbOf } from './candidates.ts';
import { inNewsVerbs } from './chat-text.ts';
import type { AnswerContext } from './context.ts';
import { isCountryName } from './english.ts';
import { articlesWith, containsForm, foldedWords } from './folded.ts';
import { headlineReader } from './headline-owner.ts';
import { namedAround, namedByParagraph, namedInParagraph, type PassageReader } from './passages.ts';
import { countedByAct, type Question } from './question.ts';
import { countsNear, DISTANCE, MONEY, NUMBER, tellsSpanOfTime, withoutSpans, withoutYears } from './ranking.ts';
import { figuresIn, givesMove, opensWithName, opensWithPronoun, subjectNames, tellsPenalty } from './sentence-facts.ts';

/** What the count gate reads: the question, its names found, and how the passages are read. */
export interface CountAsked<T extends { hit: Hit }> {
  readonly ctx: AnswerContext;
  /** The question as read. */
  readonly question: Question;
  /** The question as typed. */
  readonly text: string;
  /** The names asked about, as the knowledge writes them. */
  readonly found: readonly FoundName[];
  /** The passages that answer so far, best first. */
  readonly answering: readonly T[];
  /** Whether a change is asked (a fall, a rise, a loss, a cut). */
  readonly change: boolean;
  /** Whether a sum of money is asked. */
  readonly money: boolean;
  /** Whether a passage's count is told in its paragraph, the number before an elided noun ("210,000 could …"). */
  readonly elided: (h: Hit) => boolean;
  /** A passage's text, folded. */
  readonly folded: (h: Hit) => string;
  /** Words news writes everywhere in these articles ("the company"), which name no one. */
  readonly generic: ReadonlySet<string>;
  /** What a passage's paragraph and its neighbours hold. */
  readonly passages: PassageReader;
}

/**
 * The passages that give the number asked, in order, or the reason none does ("No article gives that number for
 * Tesla.").
 */
export function countedAnswering<T extends { hit: Hit }>(asked: CountAsked<T>): Gated<T> {
  const { ctx, question, text, found, change, money, elided, folded, generic, passages } = asked;
  let answering = [...asked.answering];
  // "How much of a pay cut would staff take": the size of the cut ("20% less"), not a count of cuts.
  const counted = SIZE_OF_ONE.test(text) ? null : question.counted;
  // "How many people filed claims": a count of the claims they filed answers too.
  const act = countedByAct(text);
  // "How many visas": a count, which a sum of money beside the noun is not ("a visa … for those investing £2m").
  const number = /\bhow many\b/i.test(text) ? COUNT : NUMBER;
  // A length of time is a figure only when one is asked ("how long", "how many days", "how much prison time").
  // "How many weeks in a row": a streak, which news tells by its ordinal ("their fourth weekly gain in a row").
  const streak = STREAK_ASKED.test(text);
  const asksSpan =
    /\bhow (?:long|old)\b|\b(?:days?|weeks?|months?|years?|hours?|minutes?|time|sentence|prison|jail)\b/i.test(text);
  // "How long was he jailed for": a length ("six years", "a year-long"), which a count ("two traders jailed") is not.
  const howLong = /\bhow long\b/i.test(text);
  answering = answering.filter((s) =>
    counted === null
      ? howLong
        ? tellsLength(s.hit.snippet)
        : NUMBER.test(asksSpan ? withoutYears(s.hit.snippet) : withoutSpans(withoutYears(s.hit.snippet)))
      : countsNear(s.hit.snippet, counted, number) ||
        (act !== null && countsNear(s.hit.snippet, act, number)) ||
        (streak && STREAK_TOLD.test(s.hit.snippet)) ||
        elided(s.hit),
  );
  if (answering.length === 0) return { refusal: 'No article gives that number.' };
  // "How many Russian troops": a count of another country's ("8,500 US troops") is not theirs. (Not a country the
  // question puts the count in: "how many troops are in Belarus" is answered by "30,000 Russian troops".)
  const country = counted === null ? null : countriesBefore(text, counted)[0];
  if (country !== undefined && country !== null && counted !== null) {
    answering = answering.filter((s) => {
      const told = countriesBefore(s.hit.snippet, counted);
      return told.length === 0 || told.includes(country);
    });
    if (answering.length === 0) return { refusal: 'No article gives that number for the country asked.' };
  }
  // "What was the black unemployment rate": the overall rate is another figure; each word naming it must be there.
  const naming = figureNameTerms(question.text);
  if (naming.length > 0) {
    answering = answering.filter((s) => naming.every((t) => passages.around(s.hit, t)));
    if (answering.length === 0) return { refusal: 'No article gives that figure.' };
  }
  // "How much of the $100m settlement goes to the women": the sum asked about is the subject; a passage with
  // another figure ("$80m to members of the class action") answers before one that only repeats it.
  const ownFigures = figuresIn(text.split('?')[0] ?? text);
  if (ownFigures.length > 0) {
    const other = answering.filter((s) => {
      const figures = figuresIn(s.hit.snippet);
      return figures.length > 0 && !figures.some((f) => ownFigures.includes(f));
    });
    answering = putFirst(other, answering);
  }
  // "By how much did the Fed raise rates", "how big was the hike": the size of the change, told after "by" ("by 25
  // basis points", "by a quarter of a point"), before figures of where it stands.
  if (/\bby how much\b/i.test(text) || SIZE_OF_CHANGE.test(text)) {
    answering = putFirst(
      topParagraphs(answering, NAMING_CANDIDATES).filter((s) => BY_AMOUNT.test(s.hit.snippet)),
      answering,
    );
  }
  // "How many cars did Tesla deliver in the fourth quarter": a figure told for the quarter, not the year's ("936,000
  // in 2021"), named in the sentence or its paragraph.
  if (asksQuarter(text)) {
    answering = answering.filter((s) => namesQuarter(ctx.paragraph(s.hit.article, s.hit.paragraph) ?? ''));
    if (answering.length === 0) return { refusal: 'No article gives that number for the quarter asked.' };
  }
  // "How much did Meta spend on legal fees": what the sum went on is in the passage or beside it; a sum the company
  // spent on something else is no answer. Only "spend on": what is paid or offered "for" is told in too many other
  // words (a "stake", a "deal") to be required.
  const spentOnText = money ? spentOnAsked(text) : '';
  const spentOn = termsOf(spentOnText);
  // A name among it is in the paragraph itself: "bought $7 billion in shares of Occidental" is not the sum spent on
  // the Activision shares its neighbour speaks of.
  const spentOnNames = found.filter((f) => spentOnText.toLowerCase().includes(f.asked.text.toLowerCase()));
  if (spentOn.length > 0) {
    answering = answering.filter(
      (s) =>
        spentOn.every((t) => passages.aroundInOtherWords(s.hit, t)) &&
        spentOnNames.every((f) => namedInParagraph(ctx, s.hit, f.forms)),
    );
    if (answering.length === 0) return { refusal: 'No article gives a sum for what was asked.' };
  }
  // "How much was the chain fined": a sum of money, which a count of something else does not give.
  // (The verb as news writes it: "how much did she rake in" asks what she earned.)
  if (money && (asksForSum(text) || asksForSum(inNewsVerbs(text)))) {
    answering = answering.filter((s) => MONEY.test(s.hit.snippet));
    // A fine is told as a fine or a penalty, not as any sum paid out ("staff will be offered £36.5m").
    if (/\bfined?\b/i.test(text)) answering = answering.filter((s) => tellsPenalty(s.hit.snippet));
    // "What is the total value of the deal": a whole sum, which a price per share ("$848.02 per share") is not.
    if (TOTAL_ASKED.test(text)) {
      answering = answering.filter((s) => MONEY.test(s.hit.snippet.replace(PER_SHARE_SUM, ' ')));
    }
    if (answering.length === 0) return { refusal: 'No article gives that sum.' };
  }
  // "By how much did the shares fall": a move of a price is told in percent, points or a price, not by a sum
  // ("suing for ¥67 million, saying the video caused a drop in its shares").
  if (
    asksMarketMove(text) &&
    /\b(?:shares?|stocks?|index|indexes|indices)\b/i.test(text) &&
    !answering.slice(0, COVER_CANDIDATES).some((s) => givesMove(s.hit.snippet))
  ) {
    return { refusal: 'No article gives that move.' };
  }
  // "How far did Netflix's share price drop": among the best, a move of the shares before a fall in something else
  // ("households using the service fell by 200,000").
  if (asksMarketMove(text) && /\b(?:shares?|stocks?)\b/i.test(text)) {
    answering = putFirst(
      topParagraphs(answering, COVER_CANDIDATES * 2).filter(
        (s) => /\b(?:shares?|stocks?)\b/i.test(s.hit.snippet) && givesMove(s.hit.snippet),
      ),
      answering,
    );
  }
  // A sentence on someone else: it opens with another name ("Kering … has two shops"), or with "he" or "it" after
  // a sentence of its paragraph that opens with another ("Mr. Neumann had landed … He and other investors …"), or
  // it speaks of others ("other lenders …, including U.S. Bank").
  const bodyNamedIn = (h: Hit, word: string) =>
    (namedByParagraph(ctx, 'organization').get(`${h.article}\0${h.paragraph}`) ?? []).some((name) =>
      foldedWords(name).includes(` ${fold(word)} `),
    );
  const aboutAnother = (h: Hit, forms: readonly (readonly string[])[]) => {
    // A word of the dictionary is a name where the article writes it so ("shares of Shell").
    const isKnowledgeName = (w: string) => passages.namedInArticle(h.article, w);
    if (opensWithName(h.snippet, isKnowledgeName)) return true;
    // "Electric vehicle giant Tesla reported delivering …", "About 3,000 United employees have …": a body the
    // articles name, not the one asked, is the sentence's subject.
    if (subjectNames(h.snippet).some((w) => !formsHold(forms, fold(w)) && bodyNamedIn(h, w))) return true;
    // "But other lenders have had similar lapses, including U.S. Bank, which paid …": others than the one named.
    if (OTHERS.test(h.snippet)) return true;
    if (!opensWithPronoun(h.snippet)) return false;
    const paragraph = ctx.paragraph(h.article, h.paragraph) ?? '';
    const before = paragraph.slice(0, Math.max(0, paragraph.indexOf(h.snippet))).trim();
    const previous = before.split(/(?<=[.!?]["”’]?)\s+(?=["“]?\p{Lu})/u).at(-1) ?? '';
    return previous !== '' && opensWithName(previous, isKnowledgeName) && !containsForm(foldedWords(previous), forms);
  };
  // An article whose headline names the owner or the actor is on them, when the sentence is on the thing asked and
  // on no one else (see headline-owner.ts).
  const headlined = headlineReader(ctx, question, found, aboutAnother);
  // "How much is Timchenko's yacht worth": the owner is in the passage that gives the number, or it is another's.
  // Not for a move of a price ("how far did Netflix's share price drop"): a market move is told without the owner's
  // name. A change in something else is the owner's too ("how much did Tui's bookings rise": not Jet2's).
  const owner =
    (change || asksMarketMove(text)) && PRICED.test(text)
      ? undefined
      : ownerOf(question, found, (f) => isDescribingWord(f.asked) || isCountry(fold(f.asked.text)));
  if (owner) {
    const byShortName = namedShort(ctx, owner, passages, folded);
    // In the sentence, or in its paragraph unless the sentence speaks of others ("other lenders …, including …").
    answering = answering.filter(
      (s) =>
        containsForm(folded(s.hit), owner.forms) ||
        byShortName(s.hit) ||
        (!OTHERS.test(s.hit.snippet) &&
          containsForm(foldedWords(ctx.paragraph(s.hit.article, s.hit.paragraph) ?? s.hit.snippet), owner.forms)) ||
        // Or in the paragraph before, when the sentence names no one ("… the Bank's Monetary Policy Committee (MPC)
        // …" then "Four of the nine members voted …"), so cannot be on another's.
        (namesNoOne(s.hit.snippet) && namedAround(ctx, s.hit, owner.forms, false)) ||
        headlined(s.hit, owner.forms),
    );
    if (answering.length === 0) {
      return { refusal: `No article gives that number for ${shownName(owner)}.` };
    }
  }
  // "What price did gold get to": a passage on the price of something else does not answer, though it names no
  // other doer. Not a word news writes everywhere ("the company"), which a passage names otherwise.
  const doer = owner ? undefined : doerNounOf(question);
  if (doer !== undefined && !generic.has(doer)) {
    answering = answering.filter((s) => passages.around(s.hit, doer));
    if (answering.length === 0) return { refusal: `No article gives that number for "${verbOf(text, doer)}".` };
  }
  // "How much is Starbucks increasing the price of a latte": what is raised or cut is beside the figure; a rise in
  // profit is no rise in a price.
  const changed = counted === null ? changedThingOf(question) : undefined;
  if (changed !== undefined) {
    answering = answering.filter((s) => passages.inParagraph(s.hit, changed));
    if (answering.length === 0) return { refusal: `No article gives that number for "${verbOf(text, changed)}".` };
  }
  const actor = owner || asksMarketMove(text) ? undefined : actorOf(question, found);
  if (actor) {
    // Named in the paragraph or the one before, the actor may be what "it" or "the company" stands for; not when
    // the sentence opens with another name ("Kering … has two shops" after a sentence on Chanel).
    const byShortName = namedShort(ctx, actor, passages, folded);
    // Or their own words: "How many troops did Truss say Russia has stationed" is answered by her quotation.
    const theirOwn = (h: Hit) => actor.person !== null && h.speakers.includes(actor.person.name);
    // "How many jobs did the US economy add": a country's own figures are told without its name in an article on it,
    // often by one of its agencies ("The Labor Department said … payrolls rose by 431,000"); not a sentence that
    // names another country.
    const countryOf = (word: string) => countryOfWord(word) ?? (isCountryName(word) ? word : null);
    const country = countryOf(fold(actor.asked.text));
    const nationalFigure = (h: Hit) =>
      country !== null &&
      actor.articles.has(h.article) &&
      h.snippet
        .split(/[\s,;:?!()"“”]+/)
        // "told us" names no country: the short name counts only in capitals. A country the table of governments
        // lacks ("Ireland") is one by its name.
        .every((w) => {
          const named = w === 'us' ? null : countryOf(fold(w));
          return named === null || named === country;
        });
    answering = answering.filter(
      (s) =>
        containsForm(folded(s.hit), actor.forms) ||
        byShortName(s.hit) ||
        theirOwn(s.hit) ||
        (!aboutAnother(s.hit, actor.forms) && namedAround(ctx, s.hit, actor.forms, false)) ||
        headlined(s.hit, actor.forms) ||
        nationalFigure(s.hit),
    );
    if (answering.length === 0) return { refusal: `No article gives that number for ${shownName(actor)}.` };
  }
  // "How much does a Disney+ subscription cost": the one name asked, neither owner nor doer as the question is
  // written, is still what the sum is of. An article on something else that names it in passing ("audiences
  // flock to rivals like Disney") gives its figures only where it names it, in the passage or around it.
  const [only, ...more] = found.filter((f) => !isCountry(fold(f.asked.text)) && !isDescribingWord(f.asked));
  // Only for a sum ("how much does it cost"): a distance or a count of a place asked ("how far is Kyiv") is told
  // where the place is named, not in an article on it.
  if (money && !owner && !actor && only && more.length === 0 && !asksMarketMove(text)) {
    const byShortName = namedShort(ctx, only, passages, folded);
    const onIt = (h: Hit) => {
      const article = ctx.article(h.article);
      const opening = `${article?.meta.title ?? ''} ${article?.paragraphs[0]?.text ?? ''}`;
      return containsForm(foldedWords(opening), only.forms);
    };
    answering = answering.filter(
      (s) =>
        onIt(s.hit) ||
        containsForm(folded(s.hit), only.forms) ||
        byShortName(s.hit) ||
        (!aboutAnother(s.hit, only.forms) && namedAround(ctx, s.hit, only.forms, false)) ||
        headlined(s.hit, only.forms),
    );
    if (answering.length === 0) return { refusal: `No article gives that number for ${shownName(only)}.` };
  }
  // "How many accounts were exposed": a count that several articles give ("more than 18,000 accounts") is the
  // story's figure, before one that a single article gives of a part of it ("25 … accounts that belonged to …").
  // Not a move of a price, which differs from hour to hour.
  // Only a count of a noun asked, told beside it: a percentage two articles give of something else (inflation) is no
  // agreement on the one asked (gas prices).
  if (counted !== null && !asksMarketMove(text)) {
    answering = putFirst(agreedCounts(answering.filter((s) => countsNear(s.hit.snippet, counted, number))), answering);
  }
  return { answering };
}

/** How many of the best passages are weighed for a count that several articles agree on. */
const AGREEMENT_CANDIDATES = 6;

/**
 * Among the best passages, those whose count at least two articles give, when the best gives only counts of its own
 * article; else none (the order stands).
 */
function agreedCounts<T extends { hit: Hit }>(answering: readonly T[]): T[] {
  const top = answering.slice(0, AGREEMENT_CANDIDATES);
  const articlesOf = new Map<string, Set<string>>();
  for (const s of top) {
    for (const value of countsIn(s.hit.snippet)) {
      const articles = articlesOf.get(value) ?? new Set<string>();
      articles.add(s.hit.article);
      articlesOf.set(value, articles);
    }
  }
  const agreed = (s: T) => countsIn(s.hit.snippet).some((v) => (articlesOf.get(v)?.size ?? 0) >= 2);
  const first = top[0];
  return first === undefined || agreed(first) ? [] : top.filter(agreed);
}

/** The counts a sentence writes in figures ("18,000", "1.2 million"), without years, as comparable keys. */
function countsIn(sentence: string): string[] {
  return [
    ...withoutYears(sentence).matchAll(
      /\b\d{1,3}(?:,\d{3})+(?:\.\d+)?|\b\d+(?:\.\d+)?(?:\s?(?:million|billion|bn|m|k)\b)?/gi,
    ),
  ]
    .map((m) => m[0].toLowerCase().replace(/[\s,]/g, ''))
    .filter((v) => v !== '0' && v !== '1');
}

/** The countries a text puts before a noun it counts ("Russian troops", "8,500 U.S. troops"), as table keys. */
function countriesBefore(text: string, counted: string): string[] {
  const words = fold(text).split(/[\s,;:?!()"“”]+/);
  const out: string[] = [];
  words.forEach((word, i) => {
    const country = i > 0 && processTerm(word) === counted ? countryOfWord(words[i - 1] ?? '') : null;
    if (country !== null && !out.includes(country)) out.push(country);
  });
  return out;
}

/**
 * What a sum asked was spent on ("legal fees" in "how much did Meta spend on legal fees in the last quarter"), up to a
 * word of time or place; empty when the question says none.
 */
export function spentOnAsked(text: string): string {
  const m =
    /\bhow much (?:money )?(?:\w+ ){1,5}?(?:spend|spent|spending)\s+on\s+(?:the |a |an |its |their |his |her )?(.+?)(?=\s+(?:in|during|last|this|over|since|before|after|on|at|by|from|to|per|a|an|each|every)\b|[?,.]|$)/i.exec(
      text,
    );
  return m?.[1] ?? '';
}

/** A count of a streak asked: "how many weeks in a row", "how many straight days", "how many consecutive months". */
const STREAK_ASKED = /\bhow many\b.*\b(?:in a row|straight|consecutive|running)\b/i;

/** A streak told by its ordinal: "the fourth weekly gain in a row", "a 10th straight session", "third consecutive". */
const STREAK_TOLD =
  /\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))\s+(?:(?:straight|consecutive)\b|(?:[\w-]+\s+){0,3}in a row\b)/i;

/** Whether a word is one of a name's forms, or a word of one ("united" of "united airlines"). */
function formsHold(forms: readonly (readonly string[])[], word: string): boolean {
  return forms.some((f) => f.includes(word));
}

/** What a market prices, whose move news tells without the owner's name ("shares fell 5%"). */
const PRICED =
  /\b(?:shares?|stocks?|prices?|index|indexes|indices|values?|valuations?|markets?|currenc(?:y|ies)|bonds?|yields?|ruble|rouble|dollar|euro|pound|yen|bitcoin|crypto\w*)\b/i;

/** A whole sum asked: "the total value of the deal", "how much in total". */
const TOTAL_ASKED = /\b(?:total|overall|whole|entire)\s+(?:value|cost|price|amount|sum|worth)\b|\bin total\b/i;

/** A price per share: "$848.02 per share", "$54.20 a share". */
const PER_SHARE_SUM = /[$£€¥]\s?\d[\d.,]*\s*(?:per|a)\s+share\b/gi;

/** A question on the size of one thing ("how much of a pay cut", "how big of a discount"). */
const SIZE_OF_ONE = /\bhow (?:much|big|large) of an?\b/i;

/** A change told by its size after "by": "by 25 basis points", "by a quarter of a point", "by half". */
/** "How big was the Fed's rate hike", "how large a cut": the size of a change, asked as a size. */
const SIZE_OF_CHANGE =
  /\bhow (?:big|large|steep|sharp|deep|hefty|sizable)\b.*\b(?:hike|hikes|rise|rises|increase|increases|raise|cut|cuts|reduction|fall|drop|decline|jump|gain|loss|move)\b/i;

const BY_AMOUNT =
  /\bby\s+(?:(?:about|around|roughly|nearly|almost|some|just|as much as|more than|less than|over|up to)\s+)?(?:[$£€]?\d|(?:a|one)\s+(?:quarter|third|half|fifth|tenth)|half|two|three|four|five|six|seven|eight|nine|ten)/i;

/** A sentence on others than the one named before it ("other lenders have had similar lapses"). */
const OTHERS = /\b(?:other|rival)\s+\p{Ll}{3,}/u;

/**
 * A number that counts, for "how many": not a sum of money, a percentage or a fraction ("nearly a quarter of nights
 * booked" is a share of them).
 */
const COUNT = {
  test: (token: string) =>
    NUMBER.test(token) &&
    !/^\(?[$£€¥]/.test(token) &&
    !token.includes('%') &&
    !/^(?:half|quarter|third)s?\W*$/i.test(token),
};

/** Does the passage give a length of time or of distance, in numbers or in words? */
function tellsLength(passage: string): boolean {
  // "Ten years ago" says when, "a 25-year-old" how old: neither is how long something lasted.
  const lengths = passage.replace(/\b[\w,.]+[\s-]+(?:years?|months?|weeks?|days?)(?:\s+ago\b|-old\b)/gi, ' ');
  return tellsSpanOfTime(lengths) || LENGTH_IN_WORDS.test(lengths) || DISTANCE.test(lengths);
}

/**
 * A length told without digits: "an hour-long call", "a week-long strike", "half an hour", "shut for the week", or
 * by when it ends ("suspended until March 5").
 */
const LENGTH_IN_WORDS = new RegExp(
  [
    String.raw`\b(?:minute|hour|day|week|month|year)s?-long\b`,
    String.raw`\b(?:an?|half an?) (?:minute|hour|day|week|month|year)\b`,
    String.raw`\bfor the (?:entire |whole |rest of the )?(?:day|week|weekend|month|year|season)\b`,
    String.raw`\b(?:until|till|through)\s+(?:(?:next |this )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b)`,
  ].join('|'),
  'i',
);

/**
 * Whether a passage names a thing of several words that is no one ("Amazon Prime") by its last word, in an article
 * that writes it whole ("Monthly Prime memberships"): news shortens a product or a body once it has named it.
 */
function namedShort(
  ctx: AnswerContext,
  name: FoundName,
  passages: PassageReader,
  folded: (h: Hit) => string,
): (h: Hit) => boolean {
  // Not the last word after a joiner or a country ("Bank of America": "America" names the country).
  const shortened =
    name.person?.kind === 'person'
      ? []
      : name.forms
          .filter((f) => f.length >= 2 && !f.some((w) => SHORT_NAME_JOINERS.has(w)) && !isCountryName(f.at(-1) ?? ''))
          .map((f) => f.slice(-1));
  if (shortened.length === 0) return () => false;
  const whole = articlesWith(ctx, name.forms);
  return (h) =>
    whole.has(h.article) &&
    containsForm(folded(h), shortened) &&
    shortened.some((f) => passages.namedInArticle(h.article, f[0] as string));
}

/** Words that join the parts of a name, after which its last word is no name of it by itself. */
const SHORT_NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'de', 'for', 'the']);

/**
 * What a "how much" question says is raised or cut ("increasing the price of a latte": price), as an index term of
 * its content; undefined when it names none.
 */
function changedThingOf(question: Question): string | undefined {
  // The head of the phrase after the verb: "boosting its military budget this year" changes the budget. Not a time
  // after a noun that looks like a verb ("the rate hike this month").
  const noun =
    /\b(?:rais|increas|hik|lift|boost|cut|lower|reduc|slash|trim)(?:e|es|ed|ing|s)?\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?(?!(?:from|in|on|at|by|for|to|with|of|over|after|this|next|last|that|every|each)\b)((?:[a-z-]+\s+){0,2}?[a-z]{3,})(?=\s+(?:of|by|for|to|in|on|at|this|next|last|after|from|over)\b|\s*[?.!]|\s*$)/i
      .exec(question.text)?.[1]
      ?.split(/\s+/)
      .at(-1);
  const term = noun ? processTerm(noun) : null;
  return term !== null && question.content.includes(term) ? term : undefined;
}

/** Whether a sentence names no one: no word after its first opens with a capital, but for months and weekdays. */
function namesNoOne(sentence: string): boolean {
  return sentence
    .split(/\s+/)
    .slice(1)
    .every((w) => !/^["“(]?\p{Lu}/u.test(w) || CALENDAR_WORD.test(w.replace(/^["“(]/, '')));
}

/** Months and weekdays, which open with a capital but name no one. */
const CALENDAR_WORD =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
