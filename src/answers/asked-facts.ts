/**
 * Checks of what a question asks against what a passage gives, beyond its words: whose thing a number is about,
 * whether a passage gives a measure, whether it still awaits the outcome asked for, whether the question asks for
 * a figure by its name or for a market move. General usage of English and of the press, not of any article.
 */

import { fold, processTerm, termsOf } from '../search/index.ts';
import type { FoundName } from './asked-names.ts';
import type { Question, QuestionType } from './question.ts';
import { relatedIn } from './ranking.ts';

/** Words that say which of someone's things, before it ("Bernstein's new price target"). */
const TIME_ADJECTIVE = /^(?:new|latest|current|updated|revised|old|previous|former|next|last|first|annual|own)$/i;

/** A possessive and the words after it, which may hold another possessive ("what's Tesla's profit"). */
const POSSESSIVE = /([\p{L}.&-]+)['’]s\s+(?=((?:[\p{L}-]+\s+){0,2}[\p{L}-]+))/gu;

/**
 * The name that owns what a how-many counts ("Timchenko's yacht", "Tesla's profit"): a name found, written with a
 * possessive right before the thing counted or one of the question's words, or right before the thing counted
 * ("how many Burger King restaurants") unless `describes` says it only describes them ("Republican lawmakers").
 */
export function ownerOf(
  question: Question,
  found: readonly FoundName[],
  describes: (f: FoundName) => boolean,
): FoundName | undefined {
  for (const m of question.text.matchAll(POSSESSIVE)) {
    // The thing counted, or when the question names none, one of its words ("how much is X's yacht worth"), past an
    // adjective of time ("Bernstein's new price target"); not a description of someone else ("how many stores is Zara's
    // owner shutting").
    const [head, ...rest] = (m[2] ?? '').split(/\s+/);
    const thing = processTerm(head ?? '');
    const things = TIME_ADJECTIVE.test(head ?? '') ? termsOf(rest.join(' ')) : thing === null ? [] : [thing];
    const owned =
      question.counted === null ? things.some((t) => question.content.includes(t)) : thing === question.counted;
    if (!owned) continue;
    const name = found.find((f) => fold(f.asked.text).split(' ').at(-1) === fold(m[1] ?? ''));
    if (name) return name;
  }
  // "How many Burger King restaurants": a name written right before the thing counted is whose they are.
  const phrase = /\bhow (?:many|much)\s+(.+)$/i.exec(question.text)?.[1];
  if (!phrase || question.counted === null) return undefined;
  const folded = ` ${fold(phrase)} `;
  return found.find((f) => {
    // Not a word that describes ("Republican lawmakers", "Russian energy"): whose the things are is not said.
    if (describes(f)) return false;
    const at = folded.indexOf(` ${fold(f.asked.text)} `);
    if (at < 0) return false;
    const next = folded.slice(at + fold(f.asked.text).length + 2).split(' ')[0] ?? '';
    return processTerm(next) === question.counted;
  });
}

/**
 * Who does what a "how many" counts, named right after its auxiliary ("how many cars did GM sell"): the number is
 * theirs, so the passage that gives it names them (the reporter may name them in the paragraph before).
 */
export function actorOf(question: Question, found: readonly FoundName[]): FoundName | undefined {
  const actor =
    /\bhow (?:many|much|long)\b.*?\b(?:did|do|does|will|would|could|has|have|had|was|were|is|are)\s+(?:the\s+)?(.+)$/i.exec(
      question.text,
    )?.[1] ??
    // "How big was the fine Wells Fargo paid": the one who paid it, after the sum named.
    /\bhow (?:big|large|high|steep|hefty)\b.*?\b(?:fine|penalty|settlement|payout|bill|fee|bonus|salary)\s+(?:that\s+)?(.+)$/i.exec(
      question.text,
    )?.[1];
  if (!actor) return undefined;
  const text = fold(actor);
  return found.find((f) => text.startsWith(`${fold(f.asked.text)} `));
}

/**
 * The common noun that does what a figure question asks about ("what price did gold get to": gold), as the index
 * term of one of its content words; undefined when the doer is a name, a pronoun or no content word.
 */
export function doerNounOf(question: Question): string | undefined {
  const doer =
    /\b(?:how (?:many|much|far|high|low)|what)\b.*?\b(?:did|do|does|will|would|could|has|have|had)\s+(?:the\s+)?([a-z]+)\s+(?!(?:at|to|in|on|for|the|a|an|of|by|with|from|this|that|its|their)\b)[a-z]/.exec(
      question.text,
    )?.[1];
  // A content word only: the verb after the auxiliary ("have pulled out") is the question's verb, not one of them.
  const term = doer ? processTerm(doer) : null;
  return term !== null && question.content.includes(term) ? term : undefined;
}

/** A verb of a market move, in any form. */
const MOVE =
  /\b(?:fall|falls|fell|fallen|drop|drops|dropped|rise|rises|rose|risen|jump|jumped|gain|gained|climb|climbed|sink|sank|slide|slid|slump|slumped|plunge|plunged|tumble|tumbled|soar|soared|surge|surged|decline|declined|lose|lost)\b/i;

/** "What was the inflation rate …": a question asking for a figure by its name. */
const FIGURE_WORD =
  /^\s*what(?:'s| is| was| were| are)\s+(?:the\s+)?(?:[\w'-]+\s+){0,4}?(?:rate|figure|number|total|level|reading|tally|count)s?\b/i;

/** A question asking how something ended ("ended up", "turn out", "afterwards", "in the end"). */
const OUTCOME =
  /\b(?:(?<!\b(?:to|will|can|could|would|might|may) )end(?:s|ed)? up(?! (?:in|at|on|near|with)\b)|(?<!\b(?:to|will|can|could|would) )turn(?:s|ed)? out|afterwards?|eventually|in the end|final (?:result|outcome)|(?:result|outcome)s? of|(?:investigation|inquiry|probe|review|panel)\b[^?]{0,60}\b(?:conclude|find|found))\b/i;

/** "How much could the cap end up costing": what may come of it, which a passage before the outcome tells. */
const MAY_END_UP = /\b(?:could|would|will|might|may|can)\b[^?.]{0,60}\b(?:end up|turn out)\b/i;

/** "Did the shareholders approve the merger": whether a decision was taken, an outcome too. The verbs, as terms. */
const DECISIONS: ReadonlySet<string> = new Set(
  'approve vote agree accept reject pass sign confirm win won beat defeat lose lost elect buy bought sell sold acquire complete close convict acquit sentence ban jail fire hire settle allow let permit uphold conclude find oust topple impeach'
    .split(' ')
    .map((w) => processTerm(w))
    .filter((t): t is string => t !== null),
);

/** A passage that tells of a refusal: an outcome, though in the conditional ("wouldn't commit"). */
const REFUSED = /\b(?:wouldn['’]t|won['’]t|didn['’]t|did not|would not|will not|refused to|declined to|failed to)\b/i;

/**
 * A passage that tells of something still to come or undecided: no outcome. "Wouldn't commit" is one: a refusal.
 * So is one on the pressure to act ("under pressure to cut VAT", "urged the government to scrap it").
 */
const PENDING =
  /\b(?:will(?! not\b)|would(?!n['’]t| not\b)|could(?!n['’]t| not\b)|may|might|plans?|planned|planning|expected|expects|undecided|remains? to be|yet to|pending|set to|due to|deadline|offers?|bids?|bidders?|proposals?|considering|weighing|campaign|if|nominated|nominees?|nomination|hearings?|candidates?|contenders?|shortlist(?:ed)?|eligible to|petition(?:s|ed)?|to hold an? (?:vote|election|ballot)|counting (?:the )?(?:votes|ballots)|ongoing|under ?way|ahead of|asked(?: by [^.,;]{1,60})? to|(?:be|to be|will be) (?:mailed|sent out|counted|held|heard|tried)|(?:arrested|charged|accused|indicted) (?:and|for|with|of)|fac(?:e|es|ing) (?:up to|trial|charges|a (?:maximum|possible))|possibility|chances? (?:of|to)|hopes? (?:of|to)|kicks? off|co-?sponsors?|introduc(?:e|es|ed|ing) (?:a|the|his|her|their) (?:bill|legislation|measure)|(?:launch|launched|launches|opened|open|begun|began) [^.;]{0,30}(?:investigations?|inquir(?:y|ies)|probes?)|under investigation|investigating|under (?:growing |mounting |increasing |fresh )?pressure|urg(?:e|es|ed|ing)|call(?:s|ed|ing)? (?:on|for)|push(?:es|ed|ing)? for|lobby(?:ing)?|(?:divided|split|debating|undecided|uncertain|unsure|deciding)(?: (?:over|on|about|as to))? whether)\b/i;

/** Decision verbs whose past is their present ("beat", "cut"), as a pattern's alternatives. */
const SAME_IN_PAST_WORDS = 'beat|hit|cut|set|quit|split';

/**
 * A word in the past form of a decision's verb ("voted", "won", "sold", and those written as their present: "beat
 * estimates", "cut rates"), punctuation after it allowed.
 */
const PAST_FORM = new RegExp(String.raw`(?:ed|\bwon|\blost|\bbought|\bsold|\b(?:${SAME_IN_PAST_WORDS}))\W*$`, 'i');

/** Verbs whose past is written as their present. */
const SAME_IN_PAST = new RegExp(String.raw`^(?:${SAME_IN_PAST_WORDS})\W*$`, 'i');

/** Steps before a decision, as index terms: an arrest, a charge, an indictment. */
const BEFORE_DECISION: ReadonlySet<string> = new Set(
  ['arrest', 'charge', 'indict'].map((w) => processTerm(w)).filter((t): t is string => t !== null),
);

/** A word before a noun: what follows it is no verb ("the ban", "its vote"). */
const DETERMINER = /^(?:the|a|an|its|their|his|her|this|that|our|my|your)$/i;

/** Is the index term a verb of a decision or an outcome ("approve", "win", "convict")? */
export function isDecision(term: string): boolean {
  return DECISIONS.has(term);
}

/**
 * The verb of the decision a yes/no or "how did" question asks about ("did the jury convict her": convict), as an index term; null
 * when it asks of none. The passage that answers uses it, or a word news uses for it ("found guilty").
 */
export function decisionAsked(text: string): string | null {
  // "How did the shareholders vote" asks how the vote went; not "how did X respond to the ban", whose own verb is
  // no decision.
  const how = /^\s*how did\b(.*)$/is.exec(text)?.[1];
  if (how !== undefined) {
    const words = how.split(/[^\p{L}'’-]+/u);
    for (const [i, word] of words.entries()) {
      const term = word ? processTerm(word) : null;
      // A verb, not the noun after a determiner ("the ban").
      if (term !== null && DECISIONS.has(term) && !DETERMINER.test(words[i - 1] ?? '')) return term;
    }
    return null;
  }
  // "Was Ng convicted?", "was he found guilty", "has the merger been approved": the decision in the passive.
  // Not the active "has he accepted responsibility", whose verb need not be a decision taken.
  const passive = /^\s*(?:(?:was|were|is|are)\b|(?:has|have|had)\b(?=.*\bbeen\b))(.*)$/is.exec(text)?.[1];
  if (passive !== undefined) {
    if (/\bfound (?:not )?guilty\b/i.test(passive)) return processTerm('convict');
    const words = passive.split(/[^\p{L}'’-]+/u);
    for (const [i, word] of words.entries()) {
      // "Are officials still allowed to hold crypto": what a rule lets them do, a state, not a decision taken.
      if (/^to$/i.test(words[i + 1] ?? '')) continue;
      const term = /(?:ed|en|won|lost|sold|bought)$/i.test(word) ? processTerm(word) : null;
      if (term !== null && DECISIONS.has(term)) return term;
    }
    return null;
  }
  // "What did the investigation conclude": its finding, told with its verb. Not a court's ruling, which news tells
  // with many verbs ("quashed", "ordered").
  const finding = /^\s*what did\b.*\b(?:investigation|inquiry|probe|review|panel)s?\b.*\b(conclude|find)\b/is.exec(
    text,
  )?.[1];
  if (finding) return processTerm(finding);
  const asked = /^\s*did\b(.*)$/is.exec(text)?.[1];
  if (asked === undefined) return null;
  let previous = '';
  for (const word of asked.split(/[^\p{L}'’-]+/u)) {
    // "Did Kupfer think banning Russian oil was the right call": a view of the decision, asked before it.
    if (VIEW_VERB.test(word)) return null;
    // A word after a determiner names a thing ("a firing squad", "the closing bell", "the election"), not the act
    // asked.
    if (DETERMINER.test(previous)) {
      previous = word;
      continue;
    }
    // A relative clause tells who the question is about ("the lawmakers who objected to …"), not what it asks.
    if (/^(?:who|whom|which)$/i.test(word)) return null;
    previous = word;
    const term = word ? processTerm(word) : null;
    if (term !== null && DECISIONS.has(term)) return term;
  }
  return null;
}

/** A verb of thinking, knowing or saying: what follows it is someone's view ("did Buffett know Microsoft would buy"). */
const VIEW_VERB = /^(?:think|believe|feel|say|expect|fear|consider|worry|argue|claim|suggest|predict|hope|know|knew)$/i;

/**
 * Does the passage tell the decision asked: its verb (or a word news uses for it) in the past ("voted",
 * "convicted"), announced ("will ban", "announced a ban"), or refused ("wouldn't commit")? A noun ("a critical
 * vote") tells nothing, and a refusal of something else ("declined to testify") neither.
 */
export function tellsDecision(snippet: string, decision: string): boolean {
  const words = snippet.split(/\s+/);
  return words.some((word, i) => {
    const terms = termsOf(word);
    // An arrest or a charge comes before the decision ("arrested and charged" tells no jail term).
    if (!relatedIn(terms, decision) || terms.some((t) => BEFORE_DECISION.has(t))) return false;
    const before = words.slice(Math.max(0, i - 3), i).join(' ');
    // "Beat", "cut": the present too, after "to" or a modal ("expected to beat"), which tells no decision taken.
    const present =
      SAME_IN_PAST.test(word) && /\b(?:to|will|would|could|can|may|might|must|should|did|does|do)\s*$/i.test(before);
    return (
      (PAST_FORM.test(word) && !present) ||
      /\bwill\s*$/i.test(before) ||
      REFUSED.test(before) ||
      // "The only member to vote against": what someone alone or first did.
      /\b(?:only|first|last|sole)\b(?:\s+\S+){0,2}\s+to\s*$/i.test(before) ||
      // Stopped or started doing it: "have already stopped selling in Russia" tells whether they stopped selling.
      (/ing\b/i.test(word) &&
        /\b(?:stopped|halted|suspended|ceased|quit|ended|paused|resumed|started|began|begun)\s*$/i.test(before)) ||
      // A tally tells the decision: "by a 20-2 vote", "in a 5-4 ruling".
      /\b(?:by|in|with) an?\s+\d[\d,]*\s*(?:-|–|to)\s*\d[\d,]*\s*$/i.test(before) ||
      // The decision as a noun after the act that made it: "announced a ban", "cast their votes".
      // A verdict told by what the jury found: "found Lind guilty", "was found not guilty".
      /\b(?:announced|imposed|ordered|issued|signed|passed|approved|handed|cast|reached|won|lost|found)(?:\s+\S+)?\s*$/i.test(
        before,
      )
    );
  });
}

/**
 * Does the passage tell the decision as done, with its own verb in the past ("has banned", "voted")? Not a word
 * news uses for it, nor the act that orders it ("ordered that ballots be mailed").
 */
export function doneInPast(snippet: string, decision: string): boolean {
  // Not a record of earlier ones ("has won the Open nine times before"): that is no outcome of this one.
  if (EARLIER_TIMES.test(snippet)) return false;
  return snippet.split(/\s+/).some((word) => PAST_FORM.test(word) && termsOf(word).includes(decision));
}

/** A count of times something happened before ("nine times before", "three times previously"). */
const EARLIER_TIMES = /\b(?:\w+|\d+) times (?:before|previously|already|in the past)\b/i;

/** Does the question ask about a market move ("how far did the shares fall")? */
export function asksMarketMove(text: string): boolean {
  return MOVE.test(text);
}

/** Does the question ask for a figure by its name ("what was the inflation rate for March")? */
export function asksFigureByName(text: string): boolean {
  return FIGURE_WORD.test(text) || PERFORMANCE.test(text) || MONTH_REPORT.test(text);
}

/**
 * A figure a "what" question asks for by its name: a count ("the vote count": `term` is what is counted, null when
 * the question does not say), a sum of money ("the profit", which a passage may give by its amount alone) or a
 * measure told with its name ("the unemployment rate").
 */
export interface NamedFigure {
  readonly kind: 'count' | 'sum' | 'measure';
  readonly term: string | null;
}

/**
 * The figure a question asks for by its name ("what was the final Senate vote count": a count of votes; "what was
 * Tesla's profit": a sum), or null.
 */
export function figureNamed(text: string): NamedFigure | null {
  const m = FIGURE_HEAD.exec(text) ?? FIGURE_ASKED_OF.exec(text);
  const head = m?.[2];
  if (!m || !head) return null;
  // "The vote count" is a count of votes: the passage gives the votes, seldom the word "count".
  if (NUMBER_HEADS.test(head)) {
    // "Tim Cook's total compensation": "total" says which, before the figure's own noun.
    const next = /^\s+([a-z]+)/i.exec(text.slice(m.index + m[0].length))?.[1];
    if (/^total$/i.test(head) && next !== undefined && !AFTER_HEAD.test(next)) return null;
    return { kind: 'count', term: m[1] && !PLAIN_MODIFIERS.test(m[1]) ? processTerm(m[1]) : null };
  }
  return { kind: MEASURE_HEADS.test(head) ? 'measure' : 'sum', term: processTerm(head) };
}

/** What a figure is called, after "what was the …" and up to four words that say whose or which. */
const FIGURE_HEAD =
  /^\s*what(?:'s|’s| is| was| were| are|s)\s+(?:the\s+)?(?:[\w'’.&-]+\s+){0,5}?(?:([\w'’.-]+)\s+)??(rate|figure|number|total|tally|count|profit|revenue|sales|earnings|income|loss|price|cost|salary|valuation|budget|deficit|dividend|fine|margin)s?\b/i;

/** "What revenue did Meta report", "what profit does it expect": the figure named right after "what". */
const FIGURE_ASKED_OF =
  /^\s*what\s+()(profit|revenue|sales|earnings|income|loss|salary|valuation|budget|deficit|dividend|fine|margin)s?\s+(?:did|does|do|has|have|had|will|would|is|was|were)\b/i;

/** Words that may follow a figure's noun ("the total of", "the count last week", "the figure did"). */
const AFTER_HEAD =
  /^(?:of|for|in|on|at|by|from|to|since|among|last|this|that|so|now|today|yesterday|did|does|do|was|were|is|are|has|have|had|will|would|according)$/i;

/** Words that only say a number is asked for: the passage gives the number, seldom the word. */
const NUMBER_HEADS = /^(?:figure|number|total|tally|count)$/i;

/** Words before "count" or "total" that say which, not what is counted ("the final count"). */
const PLAIN_MODIFIERS = /^(?:final|latest|current|official|overall|total|new|exact|actual|full|whole|grand|running)$/i;

/** Figures that measure, told with their name ("a margin of 30%"), not sums of money. */
const MEASURE_HEADS = /^(?:rate|margin)$/i;

/** "The April jobs report": the figures of a month, published once it is over. */
const MONTH_REPORT =
  /\b(?:january|february|march|april|may|june|july|august|september|october|november|december) (?:jobs|employment|payrolls?|inflation|cpi|consumer price|retail sales|gdp) (?:report|data|numbers?|figures?|reading)\b/i;

/** "How did the fund do in February": how something performed over a period, a figure known once it ends. */
const PERFORMANCE = /^\s*how (?:did|does|has|have) .+ (?:do|did|perform|performed|fare|fared)\b/i;

/**
 * Does the question ask how something ended ("which bidder ended up buying", "did the shareholders approve") while
 * the best passage still awaits it (an offer, a plan, "will", "undecided")?
 */
export function awaitsOutcome(text: string, snippet: string): boolean {
  return (
    ((OUTCOME.test(text) && !MAY_END_UP.test(text)) || WHO_OUTCOME.test(text) || decisionAsked(text) !== null) &&
    PENDING.test(snippet) &&
    !REFUSED.test(snippet)
  );
}

/** Does the question ask who came out of a contest ("who won the final")? */
export function asksWhoWon(text: string): boolean {
  return WHO_OUTCOME.test(text);
}

/** "Who won the final", "which team won": who came out of a contest, an outcome too. */
const WHO_OUTCOME = /^\s*(?:who|which \w+(?: \w+)?)\s+(?:won|lost|was elected|were elected|got elected|came first)\b/i;

/** Does a "how much" ask for a sum paid or received ("how much was it fined", "what will it pay", "cost")? */
export function asksForSum(text: string): boolean {
  // "How much money did SpaceX lose": a sum, whatever the verb.
  // "How rich is she": what she is worth.
  if (/\bhow much money\b|\bhow (?:rich|wealthy)\b/i.test(text)) return true;
  // "By how much did the Fed raise rates": the size of a change, in points or percent as often as in money.
  if (/\bby how much\b/i.test(text)) return false;
  return /\b(?:fined?|pa(?:y|ys|id|ying)|cost(?:s|ing)?|spen[dt]s?|spending|charged?|earn(?:s|ed)?|owe[sd]?|worth|(?:market )?value|valuation|market cap\w*|price[sd]?|revenues?|sold for|bought for|raised?|settled? for|compensation|compensated|payouts?|severance|damages|fees?|bonus(?:es)?|salary|salaries)\b/i.test(
    text,
  );
}

/** A verb that opens a clause's question ("did", "will"): the words of a figure's name never hold one. */
const AUXILIARY = /\b(?:did|does|do|will|would|is|are|was|were|has|have|had|can|could|should|might|may)\b/i;

/**
 * The words that name the figure a question asks for by its name ("what was the black unemployment rate": black,
 * unemployment), as index terms: each one narrows which figure it is, so a passage must hold them all.
 */
export function figureNameTerms(text: string): string[] {
  const m =
    /^\s*what(?:'s|’s|s| is| was| were| are)? (?:the |its |their |[a-z&.-]+['’]s )?((?:[a-z-]+ ){1,3})(?:rate|price target|target price|price|margin|forecast|cpi|yield|inflation|pay|wage|wages|salary)\b/i.exec(
      text,
    );
  // "What's the avg deposit first-time buyers put down": the thing averaged names the figure.
  // "What's the max weekly unemployment benefit": each word of what is capped names it too.
  const averaged =
    /^\s*what(?:'s|’s|s| is| was| were| are)? the (?:average|avg|median|mean|typical|max|maximum|min|minimum) ((?:[a-z-]{3,} ){0,2}[a-z-]{3,})\b/i.exec(
      text,
    )?.[1];
  // "How much is the breakup fee": the words before a sum's noun name it (a fee that is not the deal's price).
  // "How big is the breakup fee", "what's the penalty": the sum's noun too, which a passage on another sum (the
  // deal's price, a rule's terms) does not write.
  const sum =
    /^\s*(?:how (?:much|big|large|high|steep|hefty)|what(?:'s|’s|s| is| was| were| are| would be| will be))\s+(?:is |was |are |were |will be |would be )?(?:the |its |their |[a-z&.-]+['’]s )?((?:[a-z-]+ ){0,2}(?:fee|fees|fine|penalty|penalties|bonus|payout|levy|subsidy|refund))\b/i.exec(
      text,
    )?.[1];
  // "What price did UBS pay": the words run into a clause ("price did ubs" before the verb "pay"); no figure's name.
  const named = m?.[1] !== undefined && !AUXILIARY.test(m[1]) ? m[1] : undefined;
  return (named ?? averaged ?? sum ?? '')
    .split(/[\s-]+/)
    .filter(
      (w) =>
        // "What size rate hike": the size is what is asked, no word of the figure's name.
        w.length > 2 &&
        !/^(?:new|latest|current|official|annual|monthly|overall|average|what|did|does|was|size|kind|sort|type)$/i.test(
          w,
        ),
    )
    .flatMap((w) => processTerm(w) ?? []);
}

/** Does the question ask for a share of something ("what percentage of", "what share of", "how much of")? */
export function asksShare(text: string): boolean {
  // "How much more contagious is it": a comparison, told as a share ("30% to 50% more contagious"); not "how much
  // more could bills go up", a further sum.
  return /\bwhat (?:percentage|share|proportion|fraction|percent|part)\b|\bhow much (?:of|(?:more|less) (?!(?:could|would|will|can|might|may|do|does|did|is|are|was|were|has|have|had|money|cash)\b)[a-z]{4,})\b/i.test(
    text,
  );
}

/**
 * Does the question ask a length, distance or age ("how long did the lockdown last in March")? Not a figure for a
 * period, known only once the period ends: an event has its length from its start.
 */
export function asksMeasureOfEvent(text: string): boolean {
  // "By what percentage did the UK raise its price cap in April": a change decided, reported from its day, not a
  // month's figure known once the month is over.
  return (
    /\bhow (?:long|far|close|near|tall|old|wide|deep)\b/i.test(text) ||
    /\b(?:did|will|does|do)\b.*\b(?:raise|cut|increase|hike|lift|lower|reduce|boost|slash)\b/i.test(text)
  );
}

/**
 * Does the question ask what someone said or thought before ("what did X use to say", "once thought")? "Did X use
 * to" only before a verb of opinion: "what word did Ukraine use to describe it" asks the word, not the past.
 */
export function asksFormerWords(text: string): boolean {
  return /\b(?:used to|once) (?:say|think|call|believe|describe|claim|argue|dismiss)\b|\buse to (?:say|think|believe|claim|argue)\b/i.test(
    text,
  );
}

/** Terms of selling and buying, whose acts tell each other from the other side. */
const SELL = processTerm('sell');
const BUY = processTerm('buy');

/**
 * Whether a sentence tells the act from the other side: "who sold Death Row" is told by "Snoop Dogg acquired Death
 * Row from MNRK", "who bought it" by "MNRK sold it to Snoop Dogg".
 */
export function tellsConverse(verb: string, snippet: string): boolean {
  if (verb === SELL)
    return /\b(?:bought|buys?|buying|acquired|acquires?|acquiring|purchased|purchases?)\b.*\bfrom\b/i.test(snippet);
  if (verb === BUY) return /\b(?:sold|sells?|selling)\b.*\bto\b/i.test(snippet);
  return false;
}

/** Whether a company's figure is asked as done ("how much revenue did it report", "what were its Q4 earnings"). */
export function asksFigureDone(type: QuestionType, text: string): boolean {
  // A company's results (revenue, profit, earnings), which news gives beside the analysts' estimates.
  if ((type !== 'quantity' && type !== 'what') || !RESULT_FIGURE.test(text)) return false;
  return (
    /\b(?:did|was|were|had)\b/i.test(text) && !EXPECTED_ONLY.test(text) && !/\b(?:will|would|could|might)\b/i.test(text)
  );
}

/**
 * Whether a company's figure is asked as expected ("what sales does Meta expect for the first quarter", "what revenue
 * is it forecasting"): the guidance, which news gives beside the results just out.
 */
export function asksFigureExpected(type: QuestionType, text: string): boolean {
  return (
    (type === 'quantity' || type === 'what') &&
    RESULT_FIGURE.test(text) &&
    EXPECTED_ONLY.test(text) &&
    !/\b(?:than|as) (?:had been |was |were )?expected\b/i.test(text)
  );
}

/** Whether a sentence tells what is expected ("anticipates first-quarter revenue of …"), not "beat expectations". */
export function givesExpectation(sentence: string): boolean {
  return EXPECTED_ONLY.test(
    sentence.replace(
      /\b(?:than|as|of|above|below|beat|beating|missed|missing|topped|exceeded) (?:\w+ ){0,2}?(?:expected|expectations?|estimates?|forecasts?|consensus)\b/gi,
      '',
    ),
  );
}

/** An amount that is no sum of money: a share, or a number of millions or thousands. */
export const AMOUNT =
  /\d\s?(?:%|percent\b|per cent\b)|\d\s+(?:thousand|million|billion|trillion)\b|\d(?:[.,]\d+)?\s?(?:bn|m|k)\b/i;

/** The figures of a company's results. */
const RESULT_FIGURE = /\b(?:revenues?|sales|profits?|earnings|income|eps|loss|losses)\b/i;

/** Words of what was expected: analysts' estimates, a forecast, a report still to come. */
const EXPECTED_ONLY =
  /\b(?:expect(?:s|ed|ing|ations?)?|estimat(?:e|es|ed)|forecast(?:s|ed|ing)?|consensus|calling for|polled|scheduled to|due to report|projected|projections?|anticipat(?:e|es|ed|ing)|looking for|predict(?:s|ed|ing)?|guidance)\b/i;

/** Verbs that tell a figure came out ("reported", "earned", "rose"): a sentence with one tells the result. */
const TOLD_DONE =
  /\b(?:reported|posted|earned|generated|brought in|made|came in|totaled|totalled|rose|fell|grew|jumped|dropped|declined|increased|decreased|slumped|surged|soared|plunged|beat|missed|topped|recorded|booked|logged|delivered|paid|sold|raised|lost|gained|climbed|slid|tumbled)\b/i;

/** A sentence that gives only what was expected ("analysts polled by FactSet calling for …"), not a result. */
export function givesOnlyExpectation(sentence: string): boolean {
  return EXPECTED_ONLY.test(sentence) && !TOLD_DONE.test(sentence);
}

/**
 * Whether a sentence gives a name the question did not type: words in quotation marks, a hashtag, or a capitalised word inside
 * the sentence that is no day or month ("the chip, called Instinct" does; "AMD will introduce new chips" does not,
 * when "amd" was typed). `typed` holds the question's words, folded.
 */
export function givesNewName(sentence: string, typed: ReadonlySet<string>): boolean {
  if (/["“][^"”]{2,}["”]|(?:^|\s)#\p{L}/u.test(sentence)) return true;
  return [...sentence.matchAll(/(?<=\s)\p{Lu}[\p{L}\d'’-]*/gu)].some(
    (m) => !typed.has(fold(m[0].replace(/['’]s$/, ''))) && !CALENDAR_WORD.test(m[0]),
  );
}

/** A day of the week or a month, capitalised but no name of a thing. */
export const CALENDAR_WORD =
  /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b/;
