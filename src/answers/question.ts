/**
 * Reading a question before searching: what kind of answer it wants (who said, how many, when, where, who is, why,
 * what is it called…), which names it asks about, what it asks of them (its verb, the thing counted) and its other
 * words. Only the question's function words and capitalisation decide, never its topic, so the rules carry over to
 * any story. Names are resolved against the knowledge by the search answer, not here.
 */

import { escapeRegExp } from '../regexp.ts';
import { fold, processTerm, termsOf, tokenize } from '../search/index.ts';
import { chatAsWritten, whatIsAsked, withoutAsides } from './chat-text.ts';
import { isCountryName, isEnglishWord } from './english.ts';
import { yesNoVerb } from './yes-no-verb.ts';

/** What kind of answer a question asks for. */
export type QuestionType =
  | 'speech'
  | 'quantity'
  | 'when'
  | 'where'
  | 'whois'
  | 'who'
  | 'why'
  | 'how'
  | 'name'
  | 'yesno'
  | 'what'
  | 'none';

/** A name the question mentions, as typed: "Reed Hastings", "Netflix", "CS", "zelensky". */
export interface QuestionName {
  /** As written in the question. */
  readonly text: string;
  /** Whether it was capitalised as a name (rather than found as a name in lower-case text). */
  readonly capitalised: boolean;
  /** All capitals, 2 to 5 letters ("CS", "UK"): may stand for a longer name. */
  readonly acronym: boolean;
}

/** A question, read. */
export interface Question {
  readonly text: string;
  readonly type: QuestionType;
  readonly names: readonly QuestionName[];
  /** Index terms of the verb the question asks about ("won" in "who won…", "lose" in "how many … lose"), if any. */
  readonly predicate: string | null;
  /** Index term of what a "how many/how much" question counts ("subscribers", "jobs", "people"), if any. */
  readonly counted: string | null;
  /** Index terms of the other content words (not names, not question words). */
  readonly content: readonly string[];
  /** Words the question uses to say when ("january", "2022", "first quarter"), folded. */
  readonly time: readonly string[];
  /**
   * The question without a trailing clause that only sets the scene ("… after it reported losing subscribers",
   * "… when Storm Eunice hit the UK"), when the main clause says enough by itself; else the whole question.
   */
  readonly core: string;
}

/** Question and auxiliary words: never names, never content. */
const FUNCTION_WORDS = new Set(
  `what which who whom whose when where why how did does do is are was were will would can could should has have had
  be been being the a an of to in on at for from with by about as and or but it its this that these those there
  their they he she his her him them we you i me my our your say said says saying tell told think thought mean
  many much far long often soon big large old if after before than then so not no any some all also just ever
  latest new anything something nothing everything else whats whos wheres whens hows vs versus`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Verbs that say how something is known or a light verb, not what happened: "are estimated", "did Tesla make".
 * As index terms (stemmed).
 */
const VAGUE_VERBS = new Set(
  [
    'list',
    'lists',
    'mention',
    'mentions',
    'cite',
    'cites',
    'estimated',
    'expected',
    'believed',
    'reported',
    'thought',
    'known',
    'planned',
    'make',
    'get',
    'take',
    'be',
    'have',
    'happen',
    'need',
    'see',
    'go',
    'give',
    'put',
    'seen',
    'considered',
    'compared',
    'put',
    'set',
    'come',
    // "How many days will the drills last": the number of days answers it, whatever the verb.
    'last',
    // "How many soldiers does that amount to": the number is the answer, as with "is".
    'amount',
    // "How many reactors does the strategy envisage": what a plan foresees is told as what it "could" build.
    'envisage',
    'envisages',
    'foresee',
    'foresees',
    'anticipate',
    'anticipates',
    'project',
    'projects',
    // "Who is trying to …", "who wants to …": the verb that follows is what is done.
    'trying',
    'tried',
    'want',
    'wants',
    'seek',
    'seeking',
    'attempt',
    // "Who is working on more aid": what the effort is for tells it, not the verb ("spearheaded an effort").
    'work',
    // Their irregular forms, as the words are read before they are made terms.
    'got',
    'gotten',
    'made',
    'took',
    'taken',
    'went',
    'gone',
    'came',
    'gave',
    'given',
    'had',
    // "How many women are covered by the settlement": who a thing concerns, said in many ways.
    'cover',
    'include',
    'involve',
    // "How many groups does Janes count": how the number is known, not what happened.
    'count',
    'number',
    'tally',
    'reckon',
  ]
    .map((w) => processTerm(w))
    .filter((t): t is string => t !== null),
);

/**
 * Verbs that carry no meaning of their own in a question ("who gave the figure", "the prison that got bombed"):
 * neither its verb nor a word the answer must hold. Not "make", which news writes as "earn" for money.
 */
const LIGHT_VERBS: ReadonlySet<string> = termSet(
  'get gets got gotten give gives gave given take takes took taken put puts come comes came have has had use uses used using',
);

/**
 * "Go" says where someone is going in a "where" question or before a place; elsewhere it is light ("how low did bitcoin go",
 * "why didn't the Fed go for a half point"), and the answer says "fell" or "raised".
 */
const GO = processTerm('go');

/** "Going to the talks", "went back": going somewhere, where "go" is the verb of the question. */
const GOING_SOMEWHERE = /\b(?:go|goes|going|went|gone) (?:to|into|back|home|abroad|after)\b/i;

/** "Where all this is happening": that something takes place, which every sentence of the story tells. */
const EVENT_VERBS: ReadonlySet<string> = termSet('happen happens happened happening occur occurs occurred occurring');

/** Month and day names: capitalised, but they say when, not who. */
const CALENDAR = new Set(
  `january february march april may june july august september october november december jan feb mar apr jun jul
  aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`
    .split(/\s+/)
    .filter(Boolean),
);

/** Adverbs after a counted noun that say how it is counted ("how many troops overall"). */
const COUNT_ADVERBS: ReadonlySet<string> = new Set([
  'lately',
  'recently',
  'overall',
  'altogether',
  'combined',
  'total',
  'together',
  'apiece',
]);

/** A period of a company's year written as a code ("Q1", "H2", "FY22"): a time, not a name. */
const PERIOD_CODE = /^(?:q[1-4]|h[12]|fy\d{2}(?:\d{2})?)$/;

/** A word that may be a past participle ("cut", "won", "bought", "raised"), after "has", "have" or "had". */
const PARTICIPLE = /(?:ed|en|wn|ne|nt|lt|pt|ght|id|ut|un|ung|unk|ot|de|ld|ft|st|et|it|on|ke)$/;

/** Verbs of speech: "what did X say/tell/warn" asks for X's words. */
const SPEECH =
  /\b(say|said|says|saying|tell|told|telling|think|thinks|thought|argue|argued|claim|claimed|warn|warned|write|wrote|promise|promised|respond|responded|react|reacted|admit|admitted|mean|comment|commented|insist|insisted|explain|explained)\b/;

/**
 * Does the question make the name a speaker ("which waters did Kyiv say …", "according to Kyiv")? Whatever it asks,
 * what a capital says is its government's.
 */
export function speaksInQuestion(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    String.raw`\b${n}\s+(?:\w+\s+)?(?:say|says|said|think|thinks|believe|believes|claim|claims|warn|warns|warned|fear|fears)\b|\baccording to (?:the\s+)?${n}\b`,
    'i',
  ).test(text);
}

/**
 * Does the question name a capital as a place ("flights into Kyiv", "how far is Kyiv from Belarus", "the market in
 * Kharkiv")? Otherwise a capital that acts or is acted on ("what does Kyiv believe", "what did Truss accuse Moscow
 * of") is its government.
 */
export function namesAsPlace(text: string, name: string): boolean {
  const n = escapeRegExp(name);
  return new RegExp(
    String.raw`\b(?:in|into|to|from|at|near|around|outside|inside|toward|towards|via|of|leave|left|leaving|reach|reached|visit|visited|over|across)\s+${n}\b|\b${n}\s+(?:from|is|was|airport|city|region|residents?)\b|^(?:where|how far|how close)\b`,
    'i',
  ).test(text);
}

/** Does the question ask what a sum of money was ("what did they pay for it", "what will a membership cost")? */
export function asksWhatSum(text: string): boolean {
  // "What price did gold get to": a price is a sum too.
  // "What's the fine for not filling it in": the sum of a fine, fee or price asked by its name.
  // "What's Bernstein's new price target on Tesla": an analyst's target is a price.
  // "What was the total value of the cars lost": a value is a sum.
  // "What salary will she get": a sum asked by its name after "what".
  return /^\s*what\b.*\bprice targets?\b|^\s*what(?:'s|’s|s| is| was| are| were) (?:the )?(?:total |combined |estimated |overall |market |approximate )?value of\b|^\s*what (?:did|does|do|will|would|is|was) .*\b(?:pay|cost|charge|spend|fetch|get paid|earn)\b|^\s*what (?:[a-z]+-)?(?:[a-z]+ )?price\b|^\s*what(?:'s|’s|s| is| was| are| were) (?:the )?(?:[a-z-]+ )?(?:fine|fee|penalty|price|cost|salary|bill)s?\b|^\s*what (?:salary|salaries|fee|fees|fine|fines|bonus|bonuses|compensation|pay|wages?)\b/i.test(
    text,
  );
}

/** Does a "who" question ask whose words these are ("who said …", "who warned that …")? */
export function asksWhoSaid(text: string): boolean {
  const m = /^\s*(?:who|whom)\s+(?:has |have |had |did )?(\w+)/i.exec(text);
  return m?.[1] !== undefined && SPEECH.test(m[1].toLowerCase());
}

/** Reads the kind of answer wanted from the question's function words. */
export function questionType(text: string): QuestionType {
  const q = withoutLeadingClause(fold(text).replace(/[’']/g, "'").trim());
  if (/\bquotes?\b|\bin (his|her|their) (own )?words\b/.test(q)) return 'speech';
  // "Why is Russia massing troops according to Kyiv": the reason the one named gives, in their words.
  // Not a figure asked by its kind ("what share of payroll …, according to the survey"): the survey is its source.
  if (
    /^(why|what)\b.*\baccording to \S+/.test(q) &&
    !/^what(?:'s| is| was| are| were)? (?:the )?(?:percentage|share|proportion|fraction|percent|price|amount|sum|total|figure|count|number|average|avg|median|typical|mean)\b/.test(
      q,
    )
  )
    return 'speech';
  // "What reason does Kyiv give for …": the reason the one named gives, in their words.
  if (/^what reasons? (?:did|does|do|has|have) \S+(?: \S+){0,3} give\b/.test(q)) return 'speech';
  // "What's the official reason Moscow gives for the drills": the same, asked with the speaker after the reason.
  if (
    /^what(?:'s| is| was)? (?:the )?(?:\w+ )?(?:reason|explanation|justification|rationale)s? \S+(?: \S+){0,2} (?:gives?|gave|offers?|offered|cites?|cited)\b/.test(
      q,
    )
  ) {
    return 'speech';
  }
  // "Why does Kyiv think …": the reason is the one they give, in their words. Not "why did Amazon say it fired him":
  // the reason for its own act, which reporters tell in their own words as often as in quotes.
  if (
    /^why (did|does|do) \S+(?: \S+){0,3} (think|believe|say|claim|argue|fear|insist)\b(?! (?:that )?(?:it|he|she|they|we) )/.test(
      q,
    )
  ) {
    return 'speech';
  }
  // "What does bombogenesis mean": what a word stands for, which the article explains, not anyone's words.
  if (/^what (?:does|do) (?:the )?(?:word |term |phrase )?\S+ mean\b(?! by\b)/.test(q)) return 'what';
  // "How did Disney shares react": a market move, told by the price, not anyone's words.
  const market =
    /\b(?:shares?|stocks?|markets?|prices?|yields?|bonds?|investors|traders|the dow|the s&p|the nasdaq)\s+(?:\w+\s+)?(?:react|reacted|respond|responded)\b/.test(
      q,
    );
  if (/^(what|how) (did|does|do|has|have|had|is|are|was|were|will|would)\b/.test(q) && SPEECH.test(q) && !market) {
    // "what did X say about Y", "how did X respond": someone's words. "What did the report say" is too.
    if (/^what\b/.test(q) || /\b(respond|responded|react|reacted)\b/.test(q)) return 'speech';
  }
  // "What was Senator Warren's reaction to the deal": her words on it.
  // Not "what was the market's reaction": a speaker is named, with a capital, or by a word no dictionary holds
  // ("beijing's reaction").
  const reacting =
    /^what (?:is|was|were|are|has been)(?: the)? [\p{L}.' -]+'s? (?:reaction|response|verdict|take|view)s? (?:to|on)\b/u.test(
      q,
    )
      ? /([\p{L}.-]+)['’]s? (?:reaction|response|verdict|take|view)/u.exec(text)?.[1]
      : undefined;
  if (reacting !== undefined && (/^\p{Lu}/u.test(reacting) || !isEnglishWord(fold(reacting)))) {
    return 'speech';
  }
  // "Did X say the troops will leave?": whether X said it is answered by what X said.
  if (
    /^(did|does|do|has|have|had) \S+(?: \S+){0,3} (say|said|tell|told|claim|claimed|promise|promised|warn|warned)\b/.test(
      q,
    )
  )
    return 'speech';
  // "Who said the number of forces is increasing": whose words, though a number is in them.
  if (
    /^(?:who|whom) (?:has |have |had |did )?(?:say|said|says|warn|warned|warns|claim|claimed|claims|told|tell)\b/.test(
      q,
    )
  ) {
    return 'who';
  }
  // "What is Reznikov's role": who someone is, asked by their office.
  if (/^what(?:'s| is| was) (?:the )?[\p{L}.' -]+'s (?:role|job|title|position|post)\b/u.test(q)) return 'whois';
  // "What position does Gerasimov hold", "what job does X have".
  if (
    /^what (?:role|job|title|position|post|office)s? (?:does|did|do) \S+(?: \S+){0,3} (?:hold|have|occupy)\b/u.test(q)
  ) {
    return 'whois';
  }
  // "What's the name of the detective who noticed it": who it was, a person named in the passage.
  if (NAME_OF_PERSON.test(q)) {
    return 'who';
  }
  // "What is the IRS letter called that tells you how much …": a name, whatever its clause asks.
  if (
    /^what(?:'s| is| are| was| were)? (?:the )?(?:[\w'-]+ ){1,3}?(?:called|dubbed|named) (?:that|which|who)\b/.test(q)
  ) {
    return 'name';
  }
  // "How close is the buildup to being finished": how far along, not a distance.
  const along = /\bhow (?:close|near|far)\b.*\bto (?:being |be )?[a-z]+(?:ed|ing|ion)\b/.test(q);
  // "Is the number of Russian forces going up": whether it is, asked of a figure; not which figure it is.
  const whether =
    /^(?:is|are|was|were|has|have|had|did|does|do|will|would)\b/.test(q) && !/\bhow (?:many|much)\b/.test(q);
  if (
    !along &&
    !whether &&
    /\bhow (many|much)\b|\bhow (far|close|near|big|large|high|low|long|tall|cold|hot|old|fast|deep|rich|wealthy)\b|\bnumber of\b|\bwhat (percentage|share|proportion|fraction|percent|price|amount|sum|total|figure|count|tally|margin)\b|\bwhat ?%|\bfinal (vote )?(count|tally|score|result)\b|\bwhat(?:'s| is)? (?:the )?(?:distance|length|duration|size)\b|^what(?:'s| is| was| are| were)? the (?:average|avg|median|mean|typical|max|maximum|min|minimum|most|least) [a-z-]+\b|^what (?:odds|chance|chances|probability|likelihood)\b/.test(
      q,
    )
  )
    return 'quantity';
  // "What was the black unemployment rate", "what price target did Goldman set": a figure by its name; "the PCE
  // number", "the December CPI print": a figure by a word that only says it is one.
  if (
    /^what(?:'s| is| was| were| are)? (?:the |its |their |[a-z&.-]+'s )?(?:[a-z0-9-]+ ){0,3}(?:rate|price target|target price|margin|cpi|yield|pay|wage|wages|salary)\b/.test(
      q,
    )
  ) {
    return 'quantity';
  }
  if (
    /^what(?:'s| is| was| were| are)? (?:the|its|their|[a-z&.-]+'s) (?:[a-z-]+ ){0,3}(?:number|print|reading)\b/.test(q)
  )
    return 'quantity';
  // "What did the scrap company pay for it", "what does a membership cost": a sum of money.
  if (asksWhatSum(q)) return 'quantity';
  // "What did the WTO cut its forecast to": the level something was moved to, a figure.
  if (
    /^what (?:did|does|do|has|have|had|will|would) .*\b(?:cut|raise|raised|lower|lowered|reduce|reduced|increase|increased|lift|lifted|boost|boosted|slash|slashed|trim|trimmed|revise|revised|hike|hiked|downgrade|downgraded|upgrade|upgraded)\b.*\bto\s*\??$/.test(
      q,
    )
  )
    return 'quantity';
  // A count asked in keywords: "troop numbers", "belarus troop count".
  if (!QUESTION_OPENING.test(q) && COUNT_KEYWORDS.test(q)) return 'quantity';
  if (
    /^when\b|\bhow soon\b|\b(what|which) (dates?|days?|time|years?|months?)\b|\b(?:since|from|starting) when\b|\bby when\b|\b(?:till|til|until|up to) when\b|\bwhat(?:'s| is| was| will be)? the (?:deadline|cut-?off|due date|start date|end date)\b|^(the )?(date|dates|day|days|time|timing) (of|for)\b|\bwhat(?:'s| is| was| will be)? the (?:last|final|first|opening|closing) (?:day|date)\b/.test(
      q,
    )
  )
    return 'when';
  // "Where did the Dow end up", "where did WTI settle": a market's level, a figure, not a place.
  if (MARKET_LEVEL.test(q)) return 'quantity';
  if (
    /^where\b|\bin (which|what) (city|country|state|town|place|region)\b|\bwhich (city|cities|country|countries|state|states|town|towns|place|places|region|regions|area|areas)\b/.test(
      q,
    )
  )
    return 'where';
  // "Who is replacing the chief executive" asks who does something; "Who is Sterling" (capitalised) is a name.
  // So does "who were charged with …", "who was arrested in …": the passive of an act.
  const doing =
    (/^who (?:is|are|was|were) [a-z]+ing\b/.test(q) ||
      // "Who is set to replace him", "who is due to lead it": what they are to do.
      /^who (?:is|are|was|were) (?:set|due|expected|slated|poised|about|likely) to [a-z]+\b/.test(q) ||
      /^who (?:is|are|was|were|(?:has|have|had) been) [a-z]{3,}(?:ed|en) (?:by|with|for|in|at|of|over|after|as|to|from|on)\b/.test(
        q,
      )) &&
    !/^\s*who\s+\S+\s+\p{Lu}/u.test(text);
  // "Who is the head of the IRS", "who is the treasurer that dropped BlackRock": whoever holds a role described by
  // what it is of or what they did, as for "who did"; "who is the Kremlin spokesman" asks who holds the office.
  // So is "who were the traders cleared in the appeal": people told by what was done to them.
  const described =
    /^who (?:is|was|are|were) the [a-z0-9' -]+?\b(?:of|that|who|which|in charge)\b/.test(q) ||
    // "Who was the judge in the Potter trial": a person by their role in something named.
    PERSON_BY_ROLE.test(q) ||
    /^who (?:is|was|are|were) the (?:[a-z'-]+ ){1,5}?[a-z]{3,}ed (?:in|by|at|for|over|after|on|with|about)\b/.test(q) ||
    // "Who is the Republican running against Axne": a person told by what they are doing.
    DESCRIBED_BY_ACT.test(q);
  if (!doing && !described && /^who (is|was|are|were)\b(?! (the|a|an) (name|date|number)\b)/.test(q)) return 'whois';
  // "Peskov - whose spokesman is he", "who does he work for": the role someone holds.
  if (/\bwhose [a-z]+ (?:is|was) (?:he|she|they)\b|\bwho (?:does|did) (?:he|she) work for\b/.test(q)) return 'whois';
  if (
    /^(who|whom|whose)\b|^which (company|companies|person|people|firm|bank|group|official|officials|team|player|players)\b|^which (?:[a-z'’]+ ){0,3}(?:officer|officers|general|generals|minister|ministers|leader|leaders|executive|executives|investor|investors|analyst|analysts|lawmaker|lawmakers|senator|senators|judge|judges|diplomat|diplomats|mp|mps|ceo|ceos|congress(?:man|woman)|politician|politicians|economist|economists|strategist|strategists|spokes(?:man|woman|person))\b/.test(
      q,
    ) ||
    WHICH_BUSINESS.test(q)
  )
    return 'who';
  if (
    /^why\b|\bwhat (caused|led to|prompted|triggered|sparked|made|(?:started|set off) (?:the|a|an|this|that|it)\b)\b|\bfor what reason\b|\breasons? for\b|^what (?:reasons?|motives?|explanations?|justifications?|grounds)\b/.test(
      q,
    )
  )
    return 'why';
  // "What do they call the storm in the Philippines", "what's Qantas calling its plan": the name given to it.
  if (
    /^what (?:do|does|did) (?:they|people|locals|forecasters|fans) call\b|^what(?:'s| is| are|s) (?:[\w'.&-]+ ){1,3}?calling\b/.test(
      q,
    )
  ) {
    return 'name';
  }
  if (
    /\b(called|dubbed|named|known as)\b\s*(?:\?|,.*)?$|^what(?:'s| is| are| was| were)? (?:the )?(?:[\w'-]+ ){1,3}?(?:called|dubbed|named) (?:that|which|who)\b|\bwhat (is|are|was|were) (?:the |its |their )?(?:official |real |full |actual |formal |proper |exact |code |new |other )?names?\b|\bname of\b|^what names?\b|^what(?:'s|’s| is| was| are| were|s) (?:[\w.&-]+ ){0,3}[\w.&-]+(?:'s?|’s?) (?:official |real |full |actual |formal |proper |legal |birth |given |maiden |new |code )?names?\s*\??$|\b(?:same|different|other) names?\b|\bby (?:what|which) names?\b/.test(
      q,
    )
  )
    return 'name';
  // "What's the internal name for the robot", "what is the working name for it": a name, whatever word describes it.
  if (/^what(?:'s|’s| is| are| was| were|s)? (?:the |its |their |his |her )?(?:[\w-]+ ){0,2}names? for\b/.test(q))
    return 'name';
  // Keywords asking for a count ("total russian troops near the border").
  if (/^(?:total|number of|no\.? of|count of)\b/.test(q)) return 'quantity';
  if (/^how\b/.test(q)) return 'how';
  // "Did Rio Tinto say it would appeal", "did Yellen talk about student loans": whether the one named said it, which
  // only their words tell; another's words that name them do not. Not "did anyone say": no one is asked.
  if (
    /^(?:did|does|do|has|have|had) (?!(?:any|anyone|anybody|someone|somebody|it|he|she|they|we|you|i)\b)\S+(?: \S+){0,3} (?:say|talk|speak|comment|mention|tell|admit|acknowledge|warn|promise|vow|pledge|said|spoken|talked|commented|mentioned|told|admitted|acknowledged|warned|promised|vowed|pledged)\b/.test(
      q,
    )
  )
    return 'speech';
  if (/^(did|does|do|is|are|was|were|will|would|has|have|had|can|could|should)\b/.test(q)) return 'yesno';
  if (/^what\b|^which\b/.test(q)) return 'what';
  // Keywords closed by what they ask for: "black sea exercise dates", "drills end date".
  if (!QUESTION_OPENING.test(q) && /\b(?:dates?|timeline|schedule|start|end)\s*\??$/.test(q)) return 'when';
  // "Under the Law Commission plan, who is liable …": the question after a clause that sets the scene.
  const asked = /\b(?:who|what|when|where|which|why|how (?:many|much|long|far))\b.*$/.exec(q);
  if (asked && asked.index > 0) return questionType(asked[0]);
  return 'none';
}

/** Words for a business a "which" question asks for by its trade ("which parts maker", "which lenders"). */
export const BUSINESS_HEADS =
  '[a-z]*makers?|suppliers?|manufacturers?|retailers?|airlines?|lenders?|banks?|insurers?|brokers?|startups?|carriers?|chains?|brands?|operators?|contractors?|agency|agencies|regulators?|departments?|authority|authorities|firms?|company|companies';

/** "Who is the Republican running against Axne": someone asked for by what they are doing, and that act. */
const DESCRIBED_BY_ACT =
  /^who(?:'s| is| was| are| were) the (?:[a-z'-]+ ){1,4}?([a-z]{3,}ing) (?:against|for|to|in|at|on|with|the|a|an)\b/;

/** People a question may ask the name of, by what they are or do ("the pilot", "the detective"). */
export const PERSON_NOUNS =
  'pilot|driver|victim|suspect|gunman|shooter|attacker|passenger|soldier|man|woman|boy|girl|teen|teenager|child|worker|employee|whistleblower|buyer|winner|founder|captain|patient|donor|hacker|killer|survivor|hostage|protester|officer|detective|inspector|sergeant|doctor|nurse|teacher|reporter|journalist|rapper|singer|actor|actress|producer|player|coach|prosecutor|lawyer|attorney|banker|trader|candidate|judge|economist|analyst|strategist|official|lawmaker|nominee|ambassador|envoy|investor|manager|billionaire|entrepreneur|activist|scientist|researcher|republican|democrat|challenger|opponent|rival|contender|incumbent';

/** "What's the name of the detective who …": a person asked by what they are. */
const NAME_OF_PERSON = new RegExp(
  String.raw`^what(?:'s| is| was| were|s)? (?:the )?names? of (?:the|a|an|that) (?:[a-z-]+ ){0,2}(?:${PERSON_NOUNS})s? (?:who|that|whose)\b`,
);

/** "Who was the judge in the Potter trial": a person by their role in something named. */
const PERSON_BY_ROLE = new RegExp(
  String.raw`^who (?:is|was) the (?:[a-z-]+ )?(?:${PERSON_NOUNS}|judge|prosecutor|coach|captain) (?:in|at|on|for)\b`,
);

/** "Which parts maker", "which lenders": a business asked for by its trade. */
const WHICH_BUSINESS = new RegExp(String.raw`^which (?:[a-z.]+ ){0,2}(?:${BUSINESS_HEADS})\b`);

/** Function words that are given names too, when written with a capital inside a question ("Will Felps"). */
const GIVEN_NAME_MODALS: ReadonlySet<string> = new Set(['Will']);

/** A word of the question as written, and whether it is a possessive ("Tesla's"), which ends a name. */
interface Word {
  readonly text: string;
  readonly possessive: boolean;
  /** A comma, colon, semicolon or bracket follows it: a name ends there ("Masimov, Kazakhstan's former chief"). */
  readonly closed: boolean;
}

/** Raw word tokens with their case, for name spotting. */
function words(text: string): Word[] {
  return [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}.'’&-]*/gu)].map((m) => {
    const w = m[0];
    // Dotted initials keep their last period ("U.S."): without it they are no longer the name.
    const bare = /^(\p{L}\.){2,}$/u.test(w) ? w : w.replace(/[.’']+$/u, '');
    const closed = /^\s*[,;:()]/.test(text.slice((m.index ?? 0) + w.length));
    return { text: bare.replace(/['’]s$/u, ''), possessive: /['’]s$/u.test(bare) || /s['’]$/u.test(w), closed };
  });
}

function isCapitalised(word: string): boolean {
  return /^\p{Lu}/u.test(word);
}

/** A brand written with its capital inside ("easyJet", "eBay"), which may be a name though it opens in lower case. */
function isCamelCase(word: string): boolean {
  return /^\p{Ll}{1,5}\p{Lu}\p{Ll}/u.test(word);
}

export function isAcronym(word: string): boolean {
  // "CS", "U.S.", and the ones with a small "of" or "and" inside, whole or by its initial ("BofA", "MoD"; "AmEx"
  // is a name, not this). A plural one ("BTGs") too.
  return /^\p{Lu}{2,5}s?$/u.test(word.replace(/\./g, '')) || /^\p{Lu}+(?:of|o|and|&)\p{Lu}+$/u.test(word);
}

/**
 * The names a question mentions. Capitalised runs count ("Reed Hastings", "Credit Suisse", "CS"), except a
 * question word opening it and calendar words. In lower-case text, `isName(word)` says which words are names
 * (known names of the knowledge, or words news writes as names).
 */
export function questionNames(
  text: string,
  isName: (folded: string) => boolean,
  isWeak: (folded: string) => boolean = () => false,
): QuestionName[] {
  const tokens = words(text);
  // Typed in lower case but for an acronym ("how many BTGs does russia have"): the other names are in lower case too.
  // Nor "May", which the reading of chat text capitalises as the month ("at the may fomc").
  const withoutAcronyms = text.replace(/(?<![\p{L}.])\p{Lu}{2,5}s?(?![\p{L}.])|\bMay\b/gu, '');
  const lower = withoutAcronyms === withoutAcronyms.toLowerCase();
  const out: QuestionName[] = [];
  let run: string[] = [];
  // Whether the run follows a possessive name: "goldman sachs' chief economist" names someone by office.
  let owned = false;
  const flush = (possessive = false) => {
    // In lower case, ordinary words at either end of a run ("tax", "peloton cut") are words of the question, though
    // some name holds them, unless the whole run is a name of the knowledge ("white house") or an office.
    // After a possessive, one ordinary word that is no office is the thing owned ("disney's documentary").
    const thingOwned =
      owned && run.length === 1 && isWeak(fold(run[0] as string)) && !OFFICE_WORD.test(run[0] as string);
    // A name of several words is whole as the articles write it, "and" typed for their "&" ("bed bath and beyond").
    const wholeName = () => {
      const phrase = run.map((w) => fold(w));
      return isName(phrase.join(' ')) || isName(phrase.filter((w) => w !== 'and').join(' '));
    };
    if (lower && (!owned || thingOwned) && (run.length === 1 || !wholeName())) {
      while (run.length > 0 && isWeak(fold(run[0] as string))) run.shift();
      while (run.length > 0 && isWeak(fold(run.at(-1) as string))) run.pop();
    }
    // "who's the ceo of reckitt": an office typed in lower case on its own names no one; whose it is does.
    if (lower && !owned && run.length === 1 && OFFICE_WORD.test(run[0] as string)) run = [];
    // Nor do holders of an office counted in capitals ("CEOs", "MPs"): a kind of people, whatever the case around.
    if (!owned && run.length === 1 && /^(?:CEO|CFO|COO|CTO|MP|MEP|GOP)s$/.test(run[0] as string)) run = [];
    if (run.length > 0) {
      const name = run.join(' ');
      const acronym = run.length === 1 && isAcronym(name);
      // An acronym typed in capitals is written as a name, whatever the case of the rest.
      out.push({ text: name, capitalised: !lower || (acronym && name !== name.toLowerCase()), acronym });
    }
    owned = possessive && run.length > 0;
    run = [];
  };
  tokens.forEach(({ text: word, possessive, closed }, i) => {
    const folded = fold(word);
    const joiner = run.length > 0 && /^(of|de|del|da|van|von|and|&)$/.test(folded) && i + 1 < tokens.length;
    // The first word is capitalised by rule: a question word, or an ordinary word ("According to Janes, …").
    const opening = i === 0 && (FUNCTION_WORDS.has(folded) || (!lower && isWeak(folded)));
    // "New York", "new hampshire": "new" opens a place's name.
    const next = tokens[i + 1]?.text ?? '';
    const opensPlace =
      folded === 'new' && run.length === 0 && (lower ? isName(`new ${fold(next)}`) : isCapitalised(next) && i > 0);
    // "coca-cola" typed in lower case: a name the articles write with its hyphen ("Coca-Cola"), read word by word.
    const nameLike = lower
      ? opensPlace ||
        isName(folded) ||
        (folded.includes('-') && isName(folded.replace(/-/g, ' '))) ||
        (isAcronym(word) && !opening)
      : (isCapitalised(word) || (isCamelCase(word) && isName(folded))) && !opening;
    // "bed bath and beyond" typed in lower case: a joiner between words of the articles' names joins them too.
    if (
      joiner &&
      (isCapitalised(tokens[i + 1]?.text ?? '') ||
        (lower && /^(?:and|&)$/.test(folded) && isName(fold(tokens[i + 1]?.text ?? ''))))
    ) {
      run.push(word);
      return;
    }
    // "Who is Will Felps": a modal that is also a given name, capitalised before a capitalised word.
    const givenName = !lower && i > 0 && GIVEN_NAME_MODALS.has(word) && isCapitalised(tokens[i + 1]?.text ?? '');
    // "the Russia Ukraine fighting": two countries side by side are two names, not one.
    if (nameLike && run.length > 0 && isCountryName(folded) && isCountryName(fold(run.at(-1) as string))) flush();
    if (
      nameLike &&
      // A contraction ("we're", "They'll", "didn't") is no name, though a quotation opens with it.
      !/['’](?:re|ve|ll|d|m)$|n['’]t$/i.test(word) &&
      !CALENDAR.has(folded) &&
      !PERIOD_CODE.test(folded) &&
      (givenName || opensPlace || !(FUNCTION_WORDS.has(folded) && !isAcronym(word)))
    ) {
      run.push(word);
      // "Tesla's Optimus" is two names: a possessive ends the one it closes; so does a comma after it.
      if (possessive) flush(true);
      else if (closed) flush();
    } else flush();
  });
  flush();
  return out;
}

/** Index terms of a text without its names. */
function termsWithout(text: string, names: readonly QuestionName[]): string[] {
  const nameWords = new Set(names.flatMap((n) => tokenize(n.text).map((w) => fold(w))));
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const folded = fold(token);
    if (
      nameWords.has(folded) ||
      FUNCTION_WORDS.has(folded) ||
      CALENDAR.has(folded) ||
      PERIOD_CODE.test(folded) ||
      // A figure the question names is no word an answer must hold; a small number in a phrase is ("a family of
      // 4"), as it is written in words ("four").
      (/^\d+$/.test(folded) && !/^\d$/.test(folded))
    )
      continue;
    const term = processTerm(token);
    if (term !== null && !out.includes(term)) out.push(term);
  }
  return out;
}

/** "Where did the Dow end up", "where is bitcoin trading": the level a market or price stands at. */
const MARKET_LEVEL =
  /^where (?:did|does|do|is|are|was|were|will|has|have|had) (?:(?:[a-z]+ ){1,2}(?:think|thinks|expect|expects|see|sees|believe|believes) )?(?:the )?(?:[a-z0-9&.'-]+ ){0,3}?(?:stocks?|shares?|index|indexes|indices|average|composite|dow|nasdaq|s&p(?: 500)?|ftse(?: 100)?|dax|nikkei|oil|crude|brent|wti|gold|bitcoin|ether|yields?|prices?|futures|dollar|euro|pound|sterling|yen|bonds?|treasur(?:y|ies)|markets?|benchmark|rate)s? (?:will |would |could |might |to )?(be|end|ends|ended|close|closes|closed|settle|settles|settled|finish|finished|trade|trades|traded|trading|stand|stands|open|opened|land|landed|peak|peaks|peaked|top|tops|topped|bottom|bottoms|bottomed)\b/;

/**
 * An adverb before the verb, passed over ("which lawmakers openly slammed"): a word in -ly, not a verb that ends so
 * ("supply", "rely").
 */
const ADVERB = String.raw`(?:(?!(?:apply|reply|supply|rely|rally|multiply|ally|tally|bully|fly)\b)[a-z]{3,}ly )?`;

/**
 * The verb a question asks about: the word after "who"/"which X" ("who won", "which bank bought"), or after the
 * subject of "how many … did X <verb>" / "will … be <verb>". Null when the question has none that can be told.
 */
function predicateOf(text: string, type: QuestionType, names: readonly QuestionName[]): string | null {
  // "did Disney add last quarter": a time closing the clause is not its verb.
  const q = fold(text).replace(/[’']/g, "'").replace(TIME_PHRASE, ' ');
  const nameWords = new Set(names.flatMap((n) => tokenize(n.text).map((w) => fold(w))));
  const pick = (candidate: string | undefined): string | null => {
    if (!candidate || FUNCTION_WORDS.has(candidate) || nameWords.has(candidate)) return null;
    const term = processTerm(candidate);
    return term === null || VAGUE_VERBS.has(term) ? null : term;
  };
  if (type === 'who') {
    // "Which Polish leaders is Johnson due to meet": what is asked of the subject after the auxiliary, past the
    // words that only say it is planned.
    const which = /^which (?:[a-z-]+ ){1,3}?(is|are|was|were|did|does|do|will|would|has|have|had)\s+(.*)$/.exec(q);
    const after = which?.[2];
    // "Which company is the world's largest shipping line": what it is, a noun phrase, not an act.
    const first = after?.split(/\s+/)[0] ?? '';
    if (/^(?:is|are|was|were)$/.test(which?.[1] ?? '') && /^(?:the|a|an)$|'s?$/.test(first)) return null;
    // "Which companies had blockbuster results": "had" is the verb (they had them), not an auxiliary, when no
    // participle follows it.
    if (/^(?:has|have|had)$/.test(which?.[1] ?? '') && !PARTICIPLE.test(first) && !FUNCTION_WORDS.has(first))
      return null;
    if (after !== undefined) {
      const words = after.split(/[^a-z0-9'-]+/).filter(Boolean);
      // "Which firms did the GOP senators want put on the list": after "did", the subject ("the … senators") comes
      // before the verb: past the article, the head noun and the names or plurals before it.
      if (/^(?:did|does|do|will|would|has|have|had)$/.test(which?.[1] ?? '') && SUBJECT_OPENER.test(words[0] ?? '')) {
        let i = 1;
        while (i < words.length - 1 && (nameWords.has(words[i] as string) || /(?:s|'s)$/.test(words[i] as string))) i++;
        if (i === 1) i = 2;
        const verb = words.slice(i).find((w) => !FUNCTION_WORDS.has(w) && !nameWords.has(w) && !PLANNED.has(w));
        return pick(verb);
      }
      const verb = words.find((w) => !FUNCTION_WORDS.has(w) && !nameWords.has(w) && !PLANNED.has(w));
      return pick(verb);
    }
    // "Which parts maker got hit": the verb after the words for the business asked about.
    const business = new RegExp(
      String.raw`^which (?:[a-z-]+ ){0,2}?(?:${BUSINESS_HEADS})\s+(?:(?:has|have|had) been |got |get |gets |was |were |is |are |did |has |have |had |will )?${ADVERB}(\w+)`,
    ).exec(q)?.[1];
    if (business !== undefined) return phrasalTerm(q, business) ?? pick(business);
    // "Which dem senator said …": the verb after the people asked for, however many words describe them.
    const byPeople = new RegExp(
      String.raw`^which (?:[a-z-]+ ){0,2}(?:${PERSON_NOUNS}|senator|congressman|congresswoman|governor|mayor|minister|executive|ceo|official|diplomat|general)s? (?:has |have |had |did |was |were |is |are |will )?${ADVERB}([a-z]+)\b`,
    ).exec(q)?.[1];
    if (byPeople !== undefined) {
      if (SPEECH.test(byPeople)) return null;
      return phrasalTerm(q, byPeople) ?? pick(byPeople);
    }
    // "Who is the Republican running against Axne": the act of the one described.
    const describedBy = DESCRIBED_BY_ACT.exec(q)?.[1];
    if (describedBy !== undefined) return phrasalTerm(q, describedBy) ?? pick(describedBy);
    // "who's minting", "who is replacing": the verb after the auxiliary; "who is set to replace", "who is going to
    // run" (read as "is will run"): past the words that say it is planned.
    const m = new RegExp(
      String.raw`^(?:who|whom|which \w+)(?:'s)?\s+(?:(?:has|have|had) been |has |have |had |will |would |did |is |are |was |were )?(?:(?:going|set|due|expected|slated|poised|about|likely) to |will )?${ADVERB}(\w+)`,
    ).exec(q);
    // "Which big tech CEOs personally phoned …": the words after "which" name whom it asks for, up to the verb in
    // the past after them.
    const named = /^which (?:[a-z-]+ ){1,4}?([a-z]{3,}ly )?([a-z]{3,}ed)\b/.exec(q);
    if (m?.[1] && named?.[2] && !/(?:ed|ing)$/.test(m[1]) && !SPEECH.test(named[2])) {
      return phrasalTerm(q, named[2]) ?? pick(named[2]);
    }
    // "Which group claimed responsibility for the attack": an act, which news tells by its noun (not "said").
    const claimed = /\bclaim(?:s|ed)? (responsibility|credit)\b/.exec(q)?.[1];
    if (m?.[1] && /^claim(?:s|ed)?$/.test(m[1]) && claimed) return pick(claimed);
    // "Who said …", "who warned …": whose words these are, which their quotation gives without the verb.
    if (m?.[1] && SPEECH.test(m[1])) return null;
    // "Who stepped down": a phrasal verb the index reads as one word ("resign").
    return phrasalTerm(q, m?.[1]) ?? pick(m?.[1]);
  }
  if (type === 'quantity') {
    // "How many days of drills are they holding": a span, which news tells by its length ("10 days of drills", "the
    // 10-day drills"), whatever verb the question uses.
    if (/\bhow many (?:days|weeks|months|hours)\b/.test(q)) return null;
    // An action asked about: "how many X did/will … VERB" (the clause's last content word), or a passive "how many
    // people were killed". "How big is X" asks of no action.
    const active =
      /\bhow (?:many|much|far|high|low|big|large|long|fast|quickly)\b.*?\b(?:did|do|does|will|would|could|can|has|have|had)\b(.*)$/.exec(
        q,
      );
    // "How many workers voted against the union", "how many House Republicans signed the letter urging Biden to drop
    // Raskin": the counted are the subject, and the verb in the past after them is the act (not a verb further on).
    const subject = /^how many (?:[a-z-]+ ){1,3}?([a-z]{3,}ed)\b(?! (?:by|in|at|on|to|from|as|with)\b)/.exec(q);
    if (subject) return pick(subject[1]);
    // "By how much did shares in X's owner fall after …": a verb of change is the action wherever it stands.
    const change = CHANGE_VERB.exec(q.replace(/\b(?:when|after|before|since|because|while)\b.*$/, ''))?.[0];
    if (change && /\bhow (?:many|much|far)\b/.test(q)) return pick(change);
    // "How much is the fund down this year": a fall, as news writes it ("down 26%"). Not "shutting down its business"
    // (a verb's particle); not "up", which the index does not keep.
    if (
      /^how (?:much|far) (?:is|are|was|were|has|have|had)\b.*?(?<!ing|ed|shut|set|step|back|close|bring) down\b(?=\s*(?:\?|$|so far|since|this|ytd|year|over|today|from|after|according|per|in (?:the|20\d\d|january|february|march|april|may|june|july|august|september|october|november|december)))/.test(
        q,
      )
    ) {
      return pick('fall');
    }
    // "Spokane home prices up how much lately": a rise, told by how much it went up ("jumped 60 percent").
    if (/\bup (?:by )?how (?:much|far)\b/.test(q)) return pick('rise');
    // "How much revenue did Apple bring in", "how much did the film rake in": money made, whatever the verb.
    if (
      /\bhow much\b.*\b(?:bring|brings|brought|bringing|rake|rakes|raked|pull|pulls|pulled|take|takes|took) in\b/.test(
        q,
      )
    ) {
      return processTerm('make');
    }
    if (active) {
      // "How much prison time did the rioter who sprayed … get": the clause ends on its verb, a light one that the
      // figure answers whatever it is; the verb inside the clause on whom is asked ("sprayed") is not the act.
      const closing = /([a-z]+)\W*$/.exec(active[1] ?? '')?.[1];
      if (closing && /\b(?:who|which|that)\b/.test(active[1] ?? '') && VAGUE_VERBS.has(processTerm(closing) ?? '')) {
        return null;
      }
      // "how many X does Janes say are in Y": the words after the source's verb of saying are what is asked.
      // "How much does he have to pay back": "have to", "need to" only say it is owed.
      const said = (active[1] ?? '')
        .replace(/\b(?:have|has|had|need|needs|ought|got) to\b/g, ' ')
        .split(/\b(?:say|says|said|think|thinks|believe|believes|estimate|estimates|claim|claims)\b/);
      // The clause ends at a preposition or a conjunction: "how much has the stock run up this year with all the
      // hype". Not at a "with" inside the subject, before the verb ("did Judd's duo with her daughter win"): after a
      // possessive and its noun.
      const contentOf = (part: string) =>
        part
          .split(/[^a-z0-9-]+/)
          .filter((w) => w && !FUNCTION_WORDS.has(w) && !nameWords.has(w) && !DEGREE_ADVERBS.has(w));
      const whole = said.at(-1) ?? '';
      const atWith = whole.split(CLAUSE_END_WITH)[0] ?? '';
      const subjectOnly = contentOf(atWith).length === 0 || /'s?\s+[a-z-]+\s*$/.test(atWith);
      const clause = subjectOnly ? (whole.split(CLAUSE_END)[0] ?? '') : atWith;
      const candidates = contentOf(clause);
      // A verb with its object ("pay its new chairman"): the word before the object's determiner is the action.
      const beforeObject = /\b([a-z-]+) (?:its|the|his|her|their|our|a|an)\b/.exec(clause)?.[1];
      if (beforeObject && candidates.includes(beforeObject)) return pick(beforeObject);
      // "How much did Russia pay bondholders": a verb of paying is the action, before whom it was paid.
      const paying = candidates.find((w) => MONEY_VERBS.has(w));
      if (paying) return pick(paying);
      // "How long do the drills last", "how long did they talk": a span, told by its dates or its length ("until
      // February 20", "a two-hour call") without the verb. "How long did the Academy ban Smith for" asks of the ban
      // of someone, which is told with it.
      if (/\bhow long\b/.test(q) && !hasObject(clause, candidates.at(-1), nameWords)) return null;
      // "How many staff did Musk lay off": the verb before its particle, read as one word ("cut").
      const last = candidates.at(-1);
      const verb = last !== undefined && PARTICLES.test(last) ? candidates.at(-2) : undefined;
      return phrasalTerm(q, verb) ?? pick(last);
    }
    const passive = /\bhow (?:many|much)\b.*?\b(?:were|was|are|is|been)\s+([a-z]+(?:ed|en|wn|lt|id|ut|un))\b/.exec(q);
    if (passive) return pick(passive[1]);

    // "How many jobs is Meta cutting": the verb in -ing closing the clause (not "the burning ship", an adjective).
    const progressive =
      /\bhow many\b.*?\b(?:is|are|was|were)\b(?:\s+[a-z'-]+){0,4}?\s+([a-z]{3,}ing)\s*(?:$|\?|\b(?:in|at|on|by|for|from|over|this|next|after|before|when)\b)/.exec(
        q,
      );
    return pick(progressive?.[1]);
  }
  if (type === 'yesno') {
    // "Did Musk end up joining the board": the act asked about, which the answer tells with it or a word like it.
    const verb = yesNoVerb(q) ?? undefined;
    return phrasalTerm(q, verb) ?? pick(verb);
  }
  return null;
}

/** Whether a name or another word follows the verb in its clause ("ban Will Smith", not "talk"). */
function hasObject(clause: string, verb: string | undefined, nameWords: ReadonlySet<string>): boolean {
  if (verb === undefined) return false;
  const words = clause.split(/[^a-z0-9'-]+/).filter((w) => w !== '');
  const at = words.lastIndexOf(verb);
  return at >= 0 && words.slice(at + 1).some((w) => nameWords.has(w) || !FUNCTION_WORDS.has(w));
}

/** The particles of phrasal verbs ("step down", "lay off"). */
const PARTICLES = /^(?:down|up|out|off|over|back)$/;

/**
 * A phrasal verb the index reads as one word ("stepped down": resign, "lay off": cut), when the question writes
 * `verb` with its particle; null otherwise.
 */
function phrasalTerm(q: string, verb: string | undefined): string | null {
  if (!verb) return null;
  const phrasal = new RegExp(String.raw`\b${escapeRegExp(verb)} (?:down|up|out|off|over|back)\b`).exec(q)?.[0];
  const asOne = phrasal ? termsOf(phrasal) : [];
  return asOne.length === 1 && asOne[0] !== processTerm(verb) ? (asOne[0] as string) : null;
}

/** Verbs of paying or earning: the action of a "how much", whatever follows them. */
const MONEY_VERBS = new Set(['pay', 'paid', 'spend', 'spent', 'earn', 'earned', 'owe', 'owed', 'charge', 'charged']);

/** Words that say an act is planned or expected, before the verb of the act ("scheduled to meet", "due to visit"). */
const PLANNED = new Set(
  'scheduled due set expected planning planned going about trying hoping looking likely supposed slated poised to'.split(
    ' ',
  ),
);

/**
 * A span of time up to now or from now ("over the past ten years", "in the last few months"): when, not what, so no
 * word the answer must hold ("in the last decade" says it otherwise).
 */
const SPAN_OF_TIME =
  /\b(?:(?:over|in|during|within|for)\s+)?(?:the\s+)?(?:past|last|previous|coming|next)\s+(?:(?:\d+|few|several|couple(?: of)?|two|three|four|five|six|seven|eight|nine|ten|twelve)\s+)?(?:days|weeks|months|years|decades?|quarters)\b|\b(?:compared (?:with|to)|from|than|versus|vs\.?) (?:a|the) (?:year|month|quarter) (?:earlier|ago|before)\b|\b(?:year[\s-](?:over|on)[\s-]year|yoy)\b|\b(?:starting|beginning|effective|as of) (?:in |on |from )?(?:january|february|march|april|may|june|july|august|september|october|november|december|next (?:week|month|year)|this (?:week|month|year)|(?:19|20)\d\d)\b/gi;

/** "These days", "right now", "that Monday": when, in words no answer need hold. */
const NOW_OR_WEEKDAY =
  /\b(?:these days|nowadays|at the moment|at present|(?:that|last|this|next|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:early|late|mid)[\s-]?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?)(?=\s|$|[?,.!])/gi;

/** A time said in words: "last quarter", "this year", "yesterday". */
const TIME_PHRASE =
  /\b(?:last|this|next|past|previous|that|the same|the following|the previous) (?:quarter|year|week|month|day|night|weekend|season|time|summer|winter|spring|autumn|fall|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\b(?:yesterday|today|tonight|tomorrow|so far|these days|nowadays|at the moment|at present)\b|\b(?:a|an|one|two|three|four|five|six|\d+|several|a few) (?:years?|months?|weeks?|days?|decades?) ago\b/gi;

/** "End up", "ended up": where or how something finished, told in the words of the place or the outcome. */
const ENDED_UP = /\bend(?:s|ed|ing)? up\b/gi;

/** Adverbs that close a clause without being its verb ("did Musk sell right after …"). */
const DEGREE_ADVERBS = new Set(['right', 'just', 'shortly', 'immediately', 'soon', 'only', 'even', 'still', 'already']);

/** Words that end the clause a "how many" asks its verb of: a preposition or a conjunction. */
const CLAUSE_ENDS =
  "when after before since in on at by for from during because while if unless whether although though over to near along across into around against within toward towards outside inside between under through beside behind beyond that thats that's which";

const CLAUSE_END = new RegExp(String.raw`\b(?:${CLAUSE_ENDS.split(' ').join('|')})\b`);

/** The same, and "with", "amid", "despite" ("run up this year with all the hype"). */
const CLAUSE_END_WITH = new RegExp(
  String.raw`\b(?:${[...CLAUSE_ENDS.split(' '), 'with', 'amid', 'despite'].join('|')})\b`,
);

/** Words that open a noun phrase: the subject after "did" in "which firms did the senators want". */
const SUBJECT_OPENER = /^(?:the|a|an|its|their|his|her|this|that|these|those)$/;

/** Verbs of change a "by how much" asks about, in any form. */
const CHANGE_VERB =
  /\b(?:fall|falls|fell|fallen|rise|rises|rose|risen|drop|drops|dropped|jump|jumps|jumped|climb|climbs|climbed|sink|sinks|sank|slide|slides|slid|slump|slumped|plunge|plunged|tumble|tumbled|soar|soared|surge|surged|gain|gained|decline|declined|shrink|shrank|shrunk|shrunken|grow|grew|grown)\b/;

/**
 * The thing a "how many / how much" question counts: the head (last) word of the noun phrase right after it, up to
 * the verb or a preposition ("how many interest rate hikes did…" → hikes, "how much severance did…" → severance);
 * null for "how much did X pay" or "how much of the force…".
 */
function countedOf(text: string): string | null {
  // "troop numbers": what is counted is the word before the count.
  const keyword = COUNT_KEYWORDS.exec(fold(text));
  // "The final tally": a word that says which count, not what is counted.
  if (keyword?.[1] && !QUESTION_OPENING.test(fold(text)) && !WHICH_COUNT.has(keyword[1]))
    return processTerm(keyword[1]);
  // The noun phrase ends at a comma too: "how many vessels, including landing ships, joined" counts vessels.
  // "Total russian troops near the border": keywords before what is counted.
  // A time said in words counts nothing ("how much of the world's chips these days").
  const timeless = fold(text).replace(TIME_PHRASE, ' ');
  const after =
    (
      /\bhow (?:many|much)\s+(.*)$/.exec(timeless)?.[1] ??
      /^\s*(?:total|number of|no\.? of|count of)\s+(.*)$/.exec(timeless)?.[1] ??
      ''
    ).split(/[,;:—–(]/)[0] ?? '';
  // "How big a pay raise are they asking for": the raise is what the figure must be of.
  // "How big was united's loss", "how big is her new fund": what the one named owns is what is sized.
  const owned =
    /\bhow (?:big|large|steep|hefty|sizable|generous) (?:is|was|are|were|will be) (?:the )?[a-z.&-]+(?: [a-z.&-]+)?'s? (?:[a-z0-9-]+ ){0,2}?([a-z-]+)(?= (?:be|will|going|expected|likely|set|in|for|of|at|now|so far)\b|\s*\??\s*$)/.exec(
      fold(text).replace(/[’]/g, "'"),
    )?.[1];
  // Not "how big was united's loss" read as a size of "united": after a verb comes whose figure it is.
  const sized =
    owned ??
    /\bhow (?:big|large|steep|hefty|sizable|generous) (?:a |an )?(?:(?!(?:was|were|is|are|did|does|do|will|would|has|have|had)\b)[a-z-]+ )?([a-z-]+)\b/.exec(
      fold(text),
    )?.[1];
  if (sized && !AUXILIARIES.has(sized) && !FUNCTION_WORDS.has(sized)) {
    // "How big was BP's share": a share is told as a figure, not counted as shares.
    return owned && GENERIC_AMOUNTS.has(owned) ? null : processTerm(sized);
  }
  // "How much more transmissible is BA.2": a comparison, told as a share ("30% to 50% more contagious"), no count.
  // "How much pricier is gas in California": any comparative, "-ier" ones too.
  if (
    /^(?:more|less|higher|lower|bigger|smaller|faster|slower|cheaper|larger|greater|longer|shorter|wider|older|younger|stronger|weaker|richer|poorer|dearer|worse|better|[a-z]{3,}ier)\b/.test(
      after.trim(),
    )
  )
    return null;
  const phrase: string[] = [];
  const all = after.split(/[^a-z0-9-]+/).filter(Boolean);
  // "How many of the sacked seafarers": a share of them, counted as they are.
  const words = all[0] === 'of' ? all.slice(/^(?:the|its|their|those|these|his|her)$/.test(all[1] ?? '') ? 2 : 1) : all;
  for (const [i, w] of words.entries()) {
    // "How many people got arrested": "got" before a past participle makes a passive.
    // After the noun, "got" is the verb whatever follows ("how many soldiers got frostbite").
    if (
      /^(?:got|get|gets)$/.test(w) &&
      (phrase.length > 0 || /[a-z]{3,}ed$/.test(words[i + 1] ?? '') || PARTICIPLES.has(words[i + 1] ?? ''))
    )
      break;
    // The noun phrase ends at a verb: an auxiliary, a preposition after it, or a past tense ("warships arrived").
    if (
      AUXILIARIES.has(w) ||
      PREPOSITIONS.has(w) ||
      (phrase.length > 0 && (/[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.has(w)))
    )
      break;
    // "How much goes to the women": a verb right after "how much" counts no noun; after the noun ("how much of
    // the EU's gas comes from Russia") it ends the noun phrase, though it ends in "s" as a plural does.
    if (
      PREPOSITIONS.has(words[i + 1] ?? '') &&
      /^(?:go|goes|went|gone|come|comes|came|end|ends|ended|flow|flows|flowed|stem|stems|stemmed)$/.test(w)
    )
      break;
    // "How many laser incidents involving aircraft": a participle after the noun opens what describes it.
    if (phrase.length > 0 && /^[a-z]{3,}ing$/.test(w) && /s$/.test(phrase.at(-1) ?? '')) break;
    // "How many flights a week": a rate; what is counted stands before its period.
    if (phrase.length > 0 && /^(?:a|an|each|every)$/.test(w)) break;
    // "How many people sit on the board", "how many rats attend the warehouse": a word between a plural and a
    // preposition or an article is the verb.
    if (
      /(?:s|people|men|children)$/.test(phrase.at(-1) ?? '') &&
      !/s$/.test(w) &&
      (PREPOSITIONS.has(words[i + 1] ?? '') || /^(?:the|a|an|its|their|his|her)$/.test(words[i + 1] ?? ''))
    )
      break;
    phrase.push(w);
  }
  // "How many state treasurers and financial officers": the first of the things listed is the one the number
  // stands before ("24 state treasurers, auditors and financial officers").
  const listed = phrase.indexOf('and') > 0 ? phrase.slice(0, phrase.indexOf('and')) : phrase;
  // "How many troops overall": an adverb after the noun says how they are counted, not what.
  const head = listed.filter((w) => !FUNCTION_WORDS.has(w) && !COUNT_ADVERBS.has(w)).at(-1);
  // "How much money", "what amount": the answer is a sum, whatever it is of; nothing to look for by name.
  return head && !GENERIC_AMOUNTS.has(head) ? processTerm(head) : null;
}

/**
 * The question after a clause that sets the scene before it ("once the drills wrap up, will the soldiers stay"):
 * the question proper says what is asked. Unchanged when no question follows the comma.
 */
function withoutLeadingClause(q: string): string {
  const m = LEADING_CLAUSE.exec(q) ?? UNMARKED_CLAUSE.exec(q);
  return m?.[1] && QUESTION_OPENING.test(fold(m[1])) ? m[1] : q;
}

/** The same clause typed without its comma, up to the auxiliary that opens the question ("once its over are they …"). */
const UNMARKED_CLAUSE =
  /^(?:once|after|before|if|now that|given that|assuming)\b[^,?]{3,60}?\s((?:are|is|was|were|will|would|did|do|does|has|have|can|could|when|where|who|what|why|how|which)\s.+)$/i;

const LEADING_CLAUSE =
  /^(?:once|after|before|if|since|now that|given that|assuming|while|when|with|according to|per)\b[^,?]{3,100},\s*(.+)$/i;

/** Words before "count", "tally" or "total" that say which count it is ("the final tally"), not what it counts. */
const WHICH_COUNT: ReadonlySet<string> = new Set(
  'final total overall latest official current new exact full updated initial early preliminary'.split(' '),
);

/** A question's opening word: what follows is a sentence, not keywords. */
const QUESTION_OPENING =
  /^(who|whom|whose|what|what's|when|where|why|how|which|is|are|was|were|do|does|did|will|would|can|could|has|have|had|should)\b/;

/** Keywords asking for a count: a noun, then "count", "numbers", "figures", "total", "tally" at the end. */
const COUNT_KEYWORDS = /\b([a-z]{3,}) (?:count|counts|numbers|number|figures|figure|total|tally|strength)\s*\??$/;

const AUXILIARIES = new Set(
  'did do does will would were was are is has have had could can should may might'.split(' '),
);
const PREPOSITIONS = new Set(
  'of in on at by for from to with about over under after before during since per through into across onto against between among around toward towards via within without along behind beyond throughout'.split(
    ' ',
  ),
);

/** Past participles not ending in "-ed", after "got" a passive ("how many people got hurt"). */
const PARTICIPLES = new Set(
  'hurt hit shot caught stuck cut beaten taken stolen thrown bitten left sold laid'.split(' '),
);

/** Past tenses not ending in "-ed", which end the thing counted too ("how many containers went through"). */
const IRREGULAR_PAST = new Set(
  'went came took made fell rose ran left sold bought paid lost won saw gave grew drew flew kept held told said spent sent built became began brought caught fought found stood met died fled shed led froze broke wrote drove spoke chose struck threw'.split(
    ' ',
  ),
);

/**
 * Nouns that ask for an amount without naming what is counted (a goal or a tally is a figure of something else;
 * chat's "stuff" or "things" names nothing).
 */
const GENERIC_AMOUNTS = new Set(
  'money amount sum cash value number total figure percentage percent share price cost funds funding worth extra additional time position stake holding holdings cap capitalization program programme package budget goal goals target targets forecast forecasts estimate estimates projection projections tally size stuff things'.split(
    ' ',
  ),
);

/** Words of the question that say when: months, years, quarters. */
function timeWords(text: string): string[] {
  const q = fold(text);
  const out = [
    ...q.matchAll(
      /\b(january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d|first quarter|second quarter|third quarter|fourth quarter|final quarter|q[1-4])\b/g,
    ),
  ].map((m) => m[1] ?? '');
  return [...new Set(out)];
}

/** Conjunctions that open a clause setting the scene of the question rather than asking. */
const SCENE = /\s(?:after|when|while|before|since|because|as|following|during|amid|once)\s/i;

/** The main clause of a question, when it has at least two content words of its own (see {@link Question.core}). */
function coreOf(text: string, names: readonly QuestionName[]): string {
  const m = SCENE.exec(text);
  if (!m || m.index < 8) return text;
  const main = text.slice(0, m.index);
  // Enough: two words that say what happened, beside the people counted and a light verb ("how many people got
  // hurt" says too little without "when the jet crashed on the carrier").
  // Nor "what will happen to the troops": "happen" says nothing of what happens ("… once the drills are over").
  const telling = termsWithout(main, names).filter(
    (t) => !LIGHT_VERBS.has(t) && !GENERIC_COUNTED.has(t) && !HAPPEN.has(t),
  );
  return telling.length >= 2 ? main : text;
}

/** Verbs that only say something happens. */
const HAPPEN: ReadonlySet<string> = termSet('happen happens happened happening occur occurs occurred');

/** What a count is so often of that it tells nothing of the event: people, persons. */
const GENERIC_COUNTED: ReadonlySet<string> = termSet('people persons ppl');

/**
 * What people did that a sentence may count instead of them: "how many people filed initial jobless claims" is
 * answered by "166,000 initial claims". The plural noun the verb after "how many people" takes, as an index term;
 * null when the question counts only people ("how many people were hurt").
 */
export function countedByAct(text: string): string | null {
  // "How many people were hurt": news counts the harm as often as the people ("four injuries", "two deaths").
  const harm = HARM_TO_PEOPLE.exec(text)?.[1];
  if (harm) return processTerm(/^(?:kill|die|dead|fatal)/i.test(harm) ? 'deaths' : 'injuries');
  const m =
    /\bhow many (?:people|persons|ppl|americans|workers|users|customers)\s+(?:have\s+|had\s+)?[a-z]+\s+(?:[a-z-]+\s+){0,3}?([a-z]+s)\b(?=\s+(?:in|on|at|for|from|about|over|against|with|to|of|by|during|since|last|this|after|before|when|so)\b|\s*\?|\s*$)/i.exec(
      text,
    );
  return m?.[1] ? processTerm(m[1]) : null;
}

/** "How many people were hurt / got injured / died": a count of people harmed, with the word for the harm. */
const HARM_TO_PEOPLE =
  /\bhow many (?:people|persons|ppl|workers|passengers|residents|civilians|children|kids)\s+(?:\w+\s+){0,2}?(hurt|injured|wounded|killed|died|dead)\b/i;

/**
 * Whose view or figure a question asks by their office ("does Ukraine's defence chief believe …", "how many soldiers
 * does Kyiv's defence chief reckon …"): the office of a name spotted, as one name, so that its holder is looked for.
 */
function viewHolderName(text: string, names: readonly QuestionName[]): QuestionName | null {
  const phrase = VIEW_HOLDER.exec(text)?.[1]?.trim();
  if (!phrase) return null;
  return ownerIn(phrase, names) ? { text: phrase, capitalised: false, acronym: false } : null;
}

/** The name a phrase opens with as its possessive ("France's top diplomat": France), if one of `names`. */
function ownerIn(phrase: string, names: readonly QuestionName[]): QuestionName | undefined {
  return names.find((n) => new RegExp(`^${escapeRegExp(n.text)}['’]s\\s+\\S`, 'i').test(phrase));
}

/** "does X's office believe / reckon / say …": the one whose view is asked, by an office of a name. */
const VIEW_HOLDER =
  /\b(?:does|did|do)\s+(?:the\s+)?([\p{L}.-]+['’]s\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)\s+(?:think|believe|reckon|say|estimate|expect|fear|claim|see)\b/iu;

/** The person a "who is X" question asks about, when X was not spotted as a name (lower case, misspelt). */
function whoIsName(text: string, names: readonly QuestionName[]): QuestionName | null {
  if (names.length > 0) return null;
  const phrase = /^\s*who\s+(?:is|was|are|were)\s+(?:the\s+)?([\p{L}.' -]{3,40}?)\s*\??\s*$/iu.exec(text)?.[1]?.trim();
  if (!phrase || phrase.split(/\s+/).length > 3) return null;
  return { text: phrase, capitalised: false, acronym: false };
}

/**
 * The subject of a speech question typed without capitals ("what is the west saying", "what did the us say"): the
 * words between the auxiliary and the verb of speech, as a name, when no name was spotted there. Bare "us" and "uk"
 * are read as the countries they abbreviate.
 */
function speechSubjectName(text: string, names: readonly QuestionName[]): QuestionName | null {
  const m =
    /^\s*(?:(?:what|how|why)\s+)?(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(.+?)\s+(?:(?:say|said|says|saying|tell|told|think|thinks|thought|argue|claim|warn|write|wrote|promise|respond|react|mean|comment|insist|explain|talk|mention|admit|acknowledg|pledg|vow)\w*|speak|speaks|spoke|spoken|speaking)\b/i.exec(
      text,
    );
  // "What did nile niami originaly say": an adverb before the verb, however spelt, is no word of the name (unless a
  // name spotted holds it: "john kelly").
  const phrase = m?.[1]
    ?.replace(/^(?:the|a|an)\s+/i, '')
    .replace(
      /\s+(\p{Ll}+(?:ally|aly|ently|antly|ously|ively|ately|fully|ially|ually|ily)|just|ever|first|also|still|even|once)$/u,
      (whole, adverb: string) => (names.some((n) => n.text.toLowerCase().split(/\s+/).includes(adverb)) ? whole : ''),
    )
    .trim();
  // "Did any senators say …": no one in particular is asked.
  if (!phrase || /^(?:any|anyone|anybody|someone|somebody|no one|nobody|other|others)\b/i.test(phrase)) return null;
  // "What was the Kremlin's response to Biden saying …": the owner of the reaction is the one who speaks.
  const reacting = /^(.+?)['’]s?\s+(?:response|reaction|reply|answer)\b/iu.exec(phrase)?.[1];
  if (reacting) return names.find((n) => n.text.toLowerCase() === reacting.toLowerCase()) ?? null;
  // "France's top diplomat": someone named by an office of a name, asked as a whole (the name alone if not found).
  if (ownerIn(phrase, names)) return { text: phrase, capitalised: false, acronym: false };
  // "Why does the aviation industry think …": the reason asked is theirs only when they are named by an office.
  if (/^\s*why\b/i.test(text)) return null;
  // "what did tim cook say": a lower-case given name and surname are one name, though "tim" alone names someone
  // else in the articles (Tim Ryan) and "cook" is a word.
  const words = phrase.split(/\s+/);
  const given = names.find((n) => !n.capitalised && n.text.toLowerCase() === words[0]?.toLowerCase());
  if (
    given &&
    words.length === 2 &&
    /^\p{Ll}+$/u.test(words[1] ?? '') &&
    !FUNCTION_WORDS.has(words[1] ?? '') &&
    !BODY_WORDS.has(words[1] ?? '')
  ) {
    return { text: phrase, capitalised: false, acronym: false };
  }
  // "what did lynch from the RMT say": someone of a body named after them, the body only telling which one. Not an
  // office ("the head of the RMT") nor a kind of speaker ("officials from the ministry").
  const of = /^([\p{L}'’.-]+(?:\s+[\p{L}'’.-]+)?)\s+(?:from|of|at)\s+(?:the\s+)?\S/u.exec(phrase)?.[1];
  if (
    of &&
    !names.some((n) => of.toLowerCase().includes(n.text.toLowerCase())) &&
    !of.split(/\s+/).some((w) => FUNCTION_WORDS.has(w.toLowerCase()) || OFFICE_WORD.test(w)) &&
    !isKindOfSpeaker(of)
  ) {
    return { text: of, capitalised: /^\p{Lu}/u.test(of), acronym: false };
  }
  if (names.some((n) => phrase.toLowerCase().includes(n.text.toLowerCase()))) return null;
  // "independent analysts", "experts": a kind of speaker in ordinary words, no name that must be in the articles.
  if (isKindOfSpeaker(phrase)) return null;
  const written = phrase.replace(/\b(us|uk|eu|un)\b/gi, (w) => w.toUpperCase());
  return { text: written, capitalised: false, acronym: /^\p{Lu}{2,5}$/u.test(written) };
}

/** Words after a name that make a body of it, not a surname ("the biden administration", "the ford team"). */
const BODY_WORDS = new Set(
  'administration government team camp campaign family office officials spokesman spokeswoman spokesperson aides allies foundation group company'.split(
    ' ',
  ),
);

/** Is the phrase a plural of ordinary words ("independent analysts", "western officials"), a kind of people? */
/** Words for an office or a member of a body ("head of", "spokesman for"), not a name. */
const OFFICE_WORD =
  /^(?:head|chief|boss|leader|chair|chairman|chairwoman|president|director|spokes(?:man|woman|person)|secretary|minister|members?|staff|officials?|ceo|cfo|founder|governor|someone|anyone|people|experts?|analysts?)$/i;

function isKindOfSpeaker(phrase: string): boolean {
  const ws = phrase.toLowerCase().split(/\s+/);
  const head = ws.at(-1) ?? '';
  return head.length > 3 && /[^s]s$/.test(head) && ws.every((w) => isEnglishWord(w) && !FUNCTION_WORDS.has(w));
}

/**
 * Nouns that only restate what a question of a type asks for ("in which city", "what is the name of"): the answer
 * gives a city or a name, it does not say "city" or "name". As index terms.
 */
const FORM_NOUNS: Partial<Record<QuestionType, ReadonlySet<string>>> = {
  where: termSet('city town country place location venue region area state site'),
  // "Which countries take part": answered by the countries' names, not by the word.
  what: termSet('country countries nation nations'),
  name: termSet('name names title called'),
  when: termSet('date day time year month'),
  // "What started the fire": the verb asks for the cause; the passage that gives it says "the source of the fire".
  why: termSet('caused started sparked triggered prompted'),
  quantity: termSet('count number figure total tally strength money amount sum cash print reading'),
};

function termSet(words: string): ReadonlySet<string> {
  return new Set(words.split(' ').flatMap((w) => processTerm(w) ?? []));
}

/** Nouns for what someone said back, as index terms. */
const REACTION_TERMS: ReadonlySet<string> = new Set(['reaction', 'respons']);

/** Is the term used as the question's form ("which city", "the name of", "what date")? */
function asksBy(text: string, term: string, type: QuestionType): boolean {
  // In a question about a name, the naming words are always its form: "do they call it by the same name" is answered
  // by a sentence that names it, whatever verb it uses ("dubbed").
  if (type === 'name') return true;
  const words = tokenize(text);
  const at = words.findIndex((w) => processTerm(w) === term);
  // "Which 4 countries", "what two companies": the count between asks the same.
  const counts = /^(?:\d+|two|three|four|five|six|seven|eight|nine|ten)$/.test(fold(words[at - 1] ?? ''));
  const before = fold(words[at - (counts ? 2 : 1)] ?? '');
  const after = fold(words[at + 1] ?? '');
  // "The December CPI print y/y": a word that only says a figure is one, wherever it stands.
  if (type === 'quantity' && /^(?:print|prints|reading|readings)$/.test(fold(words[at] ?? ''))) return true;
  return ['which', 'what', 'much'].includes(before) || (at >= 0 && after === 'of') || at === words.length - 1;
}

/** Reads a question. `isName` tells, for a question typed in lower case, which words are names. */
export function readQuestion(
  asked: string,
  isName: (folded: string) => boolean,
  isWeak: (folded: string) => boolean = () => false,
): Question {
  const text = chatAsWritten(asked, isName, isWeak);
  const type = questionType(text);
  // "Which MP said …": the kind of person asked for, not a name to find ("MP" is no one's initials here). Only these
  // offices chat writes as initials: in "which Polish leaders", "Polish" names Poland.
  const kind = type === 'who' ? /^\s*which\s+(mps?|ceos?)\s/iu.exec(text)?.[1]?.toLowerCase() : undefined;
  const spotted = questionNames(withoutAsides(text), isName, isWeak).filter((n) => n.text.toLowerCase() !== kind);
  const subject =
    type === 'speech'
      ? speechSubjectName(text, spotted)
      : type === 'whois'
        ? whoIsName(text, spotted)
        : viewHolderName(text, spotted);
  const names = subject ? [subject, ...spotted] : spotted;
  const plain = whatIsAsked(text);
  const predicate = predicateOf(plain, type, names);
  // A name joined by "and" or "&" ("bed bath and beyond stores", "bed bath & beyond stores") is no list of things
  // counted; the name read may have lost its "&" ("bed bath beyond").
  const joinedName = (n: QuestionName) =>
    new RegExp(String.raw`\b${tokenize(n.text).map(escapeRegExp).join(String.raw`\s*(?:(?:and|&)\s*)?`)}\b`, 'i');
  const counted =
    type === 'quantity'
      ? countedOf(
          names.reduce((t, n) => {
            const m = joinedName(n).exec(t);
            return m && /\s(?:and|&)\s|&/i.test(m[0]) ? t.replace(m[0], ' ') : t;
          }, plain),
        )
      : null;
  const form = FORM_NOUNS[type];
  // "How close is Kyiv to Belarus": the adjective of measure after "how" is the form of the answer (a distance), not
  // a word the answer holds. Not "how low did shares go", where the answer says "lowest".
  const howWord = /\bhow (far|close|near|big|large|long|tall|old|wide|deep|rich|wealthy)\b/i.exec(plain)?.[1];
  const howTerm = howWord ? processTerm(howWord) : null;
  // "Where did the Dow end up": news gives the level ("rose 0.3% to 34,583"), seldom the verb asked.
  const levelWord = type === 'quantity' ? MARKET_LEVEL.exec(plain.toLowerCase())?.[1] : undefined;
  const levelTerm = levelWord ? processTerm(levelWord) : null;
  // "The jet that ended up in the sea", "did she end up winning": "end up" says where or how, no act of its own.
  const content = termsWithout(
    plain.replace(SPAN_OF_TIME, ' ').replace(NOW_OR_WEEKDAY, ' ').replace(ENDED_UP, ' '),
    names,
  ).filter(
    (t) =>
      t !== predicate &&
      t !== counted &&
      !(form?.has(t) && asksBy(plain, t, type)) &&
      !EVENT_VERBS.has(t) &&
      !LIGHT_VERBS.has(t) &&
      // "What was Beijing's reaction": their words are the reaction, whether or not they say so.
      !(type === 'speech' && REACTION_TERMS.has(t)) &&
      !(t === GO && type !== 'where' && !GOING_SOMEWHERE.test(plain)) &&
      t !== howTerm &&
      t !== levelTerm,
  );
  // The form of the answer is no word to search for: "which countries" is answered by a sentence naming them, not
  // one that says "countries".
  const formWords = tokenize(plain).filter((w) => {
    const t = processTerm(w);
    return t !== null && form?.has(t) === true && asksBy(plain, t, type);
  });
  const core = formWords.reduce(
    (c, w) => c.replace(new RegExp(String.raw`\b${escapeRegExp(w)}\b`, 'i'), ' '),
    coreOf(plain, names),
  );
  return {
    text,
    type,
    names,
    predicate,
    counted,
    content,
    time: timeWords(text),
    core: core.replace(/\s+/g, ' ').trim(),
  };
}
