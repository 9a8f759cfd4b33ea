/**
 * How chat writes a question, read as news writes it: shorthand ("ppl", "30k", "the PM"), a possessive without its
 * apostrophe, asides and adverbs of emphasis ("lol", "exactly"), a yes/no frame ("is it true that") and chat's phrasal
 * verbs ("show up at": attend). Only the question is rewritten; the articles keep their words.
 */
import { COUNTRY_OF_ADJECTIVE } from '../shared-words.ts';
import { referenceRarity } from '../stories/index.ts';
import { isDictionaryWord, isEnglishWord } from './english.ts';
import { editDistanceWithin } from './names.ts';

/** The frame of a yes/no question that is not its subject: "is it true that", "is it the case that", "really". */
const YES_NO_FRAME =
  /\b(?:is|was|isn't|wasn't) (?:it|this|that) (?:really )?(?:true|correct|right|the case)(?: that)?\b|\breally\b/gi;

/**
 * Phrasal verbs a chat question uses where news copy writes one verb: "show up" is "attend", "wrap up" is "end".
 * Only the question is rewritten; the articles keep their words.
 */
const PHRASAL_VERBS: ReadonlyArray<readonly [RegExp, string, string?]> = [
  [
    /\b(?:show|shows|showed|showing|turn|turns|turned|turning) up (?:at|for|to(?= (?:the|an?|his|her|their|its|watch|see|observe)\b))/gi,
    'attend',
  ],
  // Waters or roads "closed off" are blocked.
  [/\b(?:close|closes|closed|closing) off\b/gi, 'block', 'blocked'],
  // Exercises or protests "staged" are held ("stage" alone is mostly the noun: "what stage is it at").
  [/\b(?:staging|staged)\b/gi, 'holding', 'held'],
  // Someone "going to" an event ("is putin going to the drills") attends it; not to a place.
  [
    /\b(?:go|goes|going|went|gone) to (?=(?:the|this|that|these|those) (?:\w+ )?(?:drills?|exercises?|summit|meeting|talks|games|olympics|ceremony|conference|match|final|wedding|funeral|parade|hearing|rally|show)\b)/gi,
    'attend ',
    'attended ',
  ],
  // Someone "present at" an event attends it.
  [/\b(?:be|being|been|is|are|was|were) present (?:at|for)\b/gi, 'attend'],
  [/\b(?:wrap|wraps|wrapped|wrapping) up\b/gi, 'end', 'ended'],
  // Whoever "is running" a body or is "in charge of" it is its boss (read as its chief executive, head or leader).
  [
    /^who(?:['’]s| is| are) (?:currently |now )?(?:running|leading|in charge (?:of|at))\b(?! up\b)/gi,
    'who is the boss of',
  ],
  // Shares that "got hit" or "got hammered" fell.
  [
    /(?<=\b(?:shares?|stocks?|prices?)\s)(?:get|gets|got|getting|gotten|been|was|were)\s+(?:hit|hammered|slammed|clobbered|crushed|battered|pummel(?:l)?ed)\b/gi,
    'fall',
  ],
  // "How hard did the stock tank": by how much.
  [/\bhow hard (?=(?:did|does|do|has|have|had|will|would|is|are|was|were)\b)/gi, 'how much '],
  // Pay or rates "bumped up" are raised.
  [/\b(?:bump|bumps|bumped|bumping)((?: [\w'’-]+){0,3}?) up\b/gi, 'raise$1', 'raised$1'],
  [/\b(?:bump|bumps|bumping)\b(?= (?:the|its|their|his|her|up|rates?|pay|prices?|wages?)\b)/gi, 'raise'],
  // Pay "taken home" is pay earned (not a thing carried home).
  [
    /\b(?:take|takes|took|taking|taken) home(?= (?:in|for|last|this|from|after|\$|\?|pay)|\s*\?|\s*$)/gi,
    'earn',
    'earned',
  ],
  // An economy or a market that "bounces back" rebounds (not the UK's "bounce back loans", a scheme's name).
  [/\b(?:bounce|bounces|bounced|bouncing) back\b(?! loans?\b)/gi, 'rebound', 'rebounded'],
  // To "close the skies" over a country is to impose a no-fly zone.
  [/\b(?:close|closes|closed|closing) (?:the|its|their) skies\b/gi, 'impose a no-fly zone', 'imposed a no-fly zone'],
  // Prices that "tanked", "cratered" or "nosedived" fell (not "tanks", the noun).
  [/\b(?:tanked|tanking|cratered|cratering|nosedived|nosediving)\b/gi, 'falling', 'fell'],
  // The verb after "did" ("how much did the stock tank"), not the noun ("how many tanks").
  [
    /(?<=\b(?:did|does|do|will|would|could|can|to)\s(?:[\w&.'’-]+\s){0,3})(?<!\b(?:the|a|an|its|their|his|her|our|my|your|this|that|each|every|one|no|any)\s)(?<!['’]s\s)(?:tank|crater|nosedive)\b(?=\s*(?:[?.!,]|$|(?:on|after|in|by|when|since|so|this|that|today|yesterday|more|further|over|as|at|for|because|following|amid)\b))/gi,
    'fall',
  ],
  // Who "walks away from" a venture exits it.
  [/\b(?:walk|walks|walked|walking) away from\b/gi, 'exit', 'exited'],
  // Who "passed away", or "passed" when asked how old they were, died.
  [/\b(?:pass|passes|passed|passing) away\b/gi, 'die', 'died'],
  [/(?<=\bhow old (?:was|were|is) .{1,40}\b(?:when|before) (?:he|she|they|it) )passed\b/gi, 'died'],
  // Whoever "moans", "gripes" or "grumbles" about something complains of it.
  [
    /\b(?:moan|moans|moaned|moaning|gripe|gripes|griped|griping|grumble|grumbles|grumbled|grumbling|whine|whines|whined|whining)\b/gi,
    'complaining',
    'complained',
  ],
  // Who "walked off" a job or a case quit it.
  [/\b(?:walk|walks|walked|walking) off\b/gi, 'quit'],
  // "The last day of the drills" is when they end; "showed up in Belarus", when someone arrived.
  [/\b(?:the )?(?:last|final|closing) day\b/gi, 'the end'],
  [/\b(?:show|shows|showed|showing|turn|turns|turned|turning) up in\b/gi, 'arrive in', 'arrived in'],
  [/\b(?:pull|pulls|pulled|pulling) (?:out|back)\b/gi, 'withdraw', 'withdrew'],
  // Rules "brought back" are reintroduced.
  [/\b(?:bring|brings|bringing|brought) back\b/gi, 'reintroduce', 'reintroduced'],
  // Money "taken out" of an account or "pulled out" of it is withdrawn.
  [
    /\b(?:take|takes|took|taken|taking|pull|pulls|pulled|pulling|get|gets|got|getting) (?:(?:their|my|your|his|her|the|some|all|its) )?(?:money|cash|funds|savings|deposits) out\b/gi,
    'withdraw money',
    'withdrew money',
  ],
  // A candidate who "dropped out" withdrew; what markets "baked in" they priced in; a price that "tops out" peaks.
  [/\b(?:drop|drops|dropped|dropping) out\b/gi, 'withdraw', 'withdrew'],
  // What someone "drops" (a rule, a plan, a requirement) they scrap; prices "drop" on their own. Not a figure dropped
  // "to" or "by" an amount ("drop its growth forecast to"): that is a cut.
  [
    /\b(?:drop|drops|dropped|dropping)(?= (?:the|its|their|his|her|our|plans?|requirements?|rules?|tests?|charges?|demands?|mandates?|masks?|restrictions?)\b)(?! the (?:most|least|furthest|farthest|fastest|sharpest|hardest|biggest|ball)\b)(?!(?: [\w'’-]+){1,6} (?:to|by)\b)/gi,
    'scrap',
    'scrapped',
  ],
  // What is "dropped from" a list or an index is removed from it ("dropping Russian companies from its benchmarks");
  // not a figure that drops from a level ("dropped 5% from its high").
  [/\b(?:drop|drops|dropped|dropping) ((?:[\p{L}'’&-]+ ){1,4}?)from\b/giu, 'remove $1from', 'removed $1from'],
  // What is "cut in half" is halved.
  [
    /\b(?:cut|cuts|cutting|slash|slashes|slashed|slashing) ((?:[\w'’-]+ ){0,3}?)(?:in half|by half)\b/gi,
    'halve $1',
    'halved $1',
  ],
  [/\b(?:bake|bakes|baked|baking) (?:in|into)\b/gi, 'price in', 'priced in'],
  [/\b(?:top|tops|topped|topping) out\b/gi, 'peak', 'peaked'],
  // Whoever is "held up as" something is seen as it; who "freaked out" panicked.
  [/\b(?:held|hold|holds|holding) up as\b/gi, 'seen as'],
  [/\b(?:freak|freaks|freaked|freaking) out\b/gi, 'panic', 'panicked'],
  // "Pulling embassy staff out of Ukraine": withdrawing them from it (the object, $1, stays).
  [/\b(?:pull|pulls|pulled|pulling) ((?:(?!out\b)[\p{L}'’-]+ ){1,3})out of\b/giu, 'withdraw $1from', 'withdrew $1from'],
  [/\b(?:call|calls|called|calling) off\b/gi, 'cancel', 'cancelled'],
  // Who "takes over" from someone, or takes over their role, succeeds them.
  [/\b(?:take|takes|took|taken|taking) over\b/gi, 'succeed', 'succeeded'],
  [/\b(?:kick|kicks|kicked|kicking) out\b/gi, 'expel', 'expelled'],
  [/\b(?:set|sets|setting) up\b/gi, 'establish'],
  [/\b(?:kick|kicks|kicked|kicking) off\b/gi, 'begin', 'began'],
  // "Air bases": one word, which news also writes "airfields" (see the related words of the ranking).
  [/\bair bases\b/gi, 'airbases'],
  [/\bair base\b/gi, 'airbase'],
  // A plan "carried out" is "implemented".
  [/\b(?:carry|carries|carried|carrying) out\b/gi, 'implement'],
  // An economy "falls into" recession: it goes into one, no fall of a price.
  [/\b(?:fall|falls|fell|fallen|falling|slip|slips|slipped|slide|slides|slid) into\b/gi, 'go into', 'went into'],
  // "Did she end up joining": whether she joined.
  [/\b(?:end|ends|ended|ending|wind|winds|wound|winding) up (?=\p{L}+ing\b)/giu, ''],
  // "Nobody" is written "no one".
  [/\bnobody\b/gi, 'no one'],
  // What happens "at the same time as" something else coincides with it.
  [/\bat the same time as\b/gi, 'coinciding with'],
  // Those who "ended up behind bars" were jailed.
  [/\b(?:ended up |end up |ends up |went |go |sent )?behind bars\b/gi, 'jailed'],
  // "Sit down with" someone is to meet them.
  [/\b(?:sit|sits|sat|sitting) down with\b/gi, 'meet'],
  // "Once it's all over", "once the exercises are over": once they end.
  [/\b(?:it['’]?s|it is|they['’]re|they are) (?:all )?over\b/gi, 'it ends'],
  [/\b(?<=once |when |after )(the (?:\w+ )?\w+) (?:is|are) (?:all )?over\b/gi, '$1 end'],
  // Prices that "go up" rise; that "go down", fall.
  [/\b(?:go|goes|went|gone|going) up\b/gi, 'rise', 'rose'],
  [/\b(?:go|goes|went|gone|going) down\b/gi, 'fall', 'fell'],
  // "Jack up rates": raise them.
  [/\b(?:jack|jacks|jacked|jacking)((?: [\w'’-]+){0,3}?) up\b/gi, 'raise$1', 'raised$1'],
  // Whoever is to "get back to" someone responds to them (not "get back to the office"); money "put into" a company
  // is invested in it (not a rule "put into effect"); money "raked in" is earned.
  [/\b(?:get|gets|got|getting) back to(?= (?:her|him|them|me|us|you)\b)/gi, 'respond to', 'responded to'],
  [
    /\b(?:put|puts|putting) (?:(?:money|cash|funds|\$[\d.,]+\w*|[\d.,]+ ?(?:k|m|bn|million|billion)) )?into\b(?! (?:effect|place|action|practice|operation|service|words|perspective|context|force|law|motion|orbit|quarantine|isolation|lockdown|administration|receivership|storage)\b)/gi,
    'invest in',
  ],
  [/\b(?:rake|rakes|raked|raking) in\b/gi, 'earn', 'earned'],
  // A bank's or an analyst's "call on" a market is its forecast for it ("what's Goldman's call on Brent").
  // Not a demand made of someone ("the UN's call on Russia to withdraw").
  [/(?<=['’]s\s)call on\b(?!(?: [\w'’&.-]+){1,4} to \p{L})/giu, 'forecast for'],
  // What "sent prices flying" (or "soaring", "higher") pushed them up.
  [
    /\b(?:send|sends|sent|sending) ((?:[\w'’&-]+ ){1,3}?)(?:flying|soaring|surging|higher|skyward|through the roof)\b/gi,
    'lift $1',
    'lifted $1',
  ],
  // "When do the rules kick in": when they start; a system "switched on" or "turned on" starts too.
  [/\b(?:kick|kicks|kicked|kicking) in\b/gi, 'start'],
  [
    /\b(?:switch|switches|switched|switching|turn|turns|turned|turning) on\b(?!\s+(?:the|a|an|his|her|its|their|him|them)\b)/gi,
    'start',
    'started',
  ],
  // "Look for allies": seek them.
  [/\b(?:look|looks|looked|looking) for\b/gi, 'seek'],
  // What "goes live" is launched.
  [/\b(?:go|goes|went|gone|going) live\b/gi, 'launch', 'launched'],
  // Who "looks after" someone cares for them.
  [/\b(?:look|looks|looked|looking) after\b/gi, 'care for', 'cared for'],
  // "What phrase did X use to sum up the talks": how X described them.
  [/\b(?:sum|sums|summed|summing) up\b/gi, 'describe'],
  // "Where's Johnson off to": where he goes.
  [/\boff to\b/gi, 'go to'],
  // Money "forked over", "shelled out" or "coughed up" is paid.
  [
    /\b(?:fork|forks|forked|forking|shell|shells|shelled|shelling|cough|coughs|coughed|coughing) (?:over|out|up)\b/gi,
    'pay',
  ],
  // Money "paid back", "handed back" or "given back" is repaid.
  [/\b(?:pay|pays|paid|paying|hand|hands|handed|handing|give|gives|gave|given|giving) back\b/gi, 'repay'],
  // Cars "handed over" to customers are delivered; money "set aside" is allocated.
  [/\b(?:hand|hands|handed|handing) over\b/gi, 'deliver'],
  [/\b(?:set|sets|setting) aside\b/gi, 'allocate'],
  // A company "buying back" its shares repurchases them.
  [/\b(?:buy|buys|bought|buying) back\b/gi, 'repurchase'],
  // Troops "positioned" somewhere are stationed there (the noun, "positions", stays).
  [/\bpositioned\b/gi, 'stationed'],
  // A stake or shares "picked up" are bought.
  [
    /\b(?:pick|picks|picked|picking) up\b(?=(?: [\w'’-]+){0,4} (?:stake|stakes|shares|holding|holdings|position)\b)/gi,
    'buy',
    'bought',
  ],
  // A firm "headquartered" somewhere is "based" there (not the noun: "the party's headquarters" is a building).
  [/\bheadquartered\b/gi, 'based'],
  // A firm that "broke away from" its owner split from it; whoever is "heading up" a bid leads it.
  [/\b(?:break|breaks|broke|broken|breaking|split|splits|splitting) (?:away|off) from\b/gi, 'split from'],
  [/\b(?:head|heads|headed|heading) up\b/gi, 'lead', 'led'],
  // Money someone is "sitting on" they hold (not a seat on a board, or the fence).
  [
    /\b(?:sit|sits|sat|sitting) on\b(?! (?:(?:the|a|an|its|his|her|their) )?(?:boards?|committees?|panels?|councils?|bench|fence|sidelines|throne)\b)/gi,
    'hold',
    'held',
  ],
  // What a regulator "signs off on" it approves.
  [/\b(?:sign|signs|signed|signing) off(?: on)?\b/gi, 'approve'],
  // A plant able to "turn out" so many a year produces them, and "flat out" it runs at full capacity.
  [/\b(?<=(?:to|can|could|will|would) )turn out\b/gi, 'produce'],
  // "Will it be able to produce": the verb is what it will do.
  [/\b(?:be|is|are|was|were|been|being) able to\b/gi, 'can'],
  [/\b(?:running |working |operating )?flat out\b/gi, 'at full capacity'],
  // Money "handed out" or "given out" is distributed (awarded, granted).
  [
    /\b(?:hand|hands|handed|handing|give|gives|gave|given|giving|dole|doles|doled|doling|pay|pays|paid|paying) out\b/gi,
    'distribute',
  ],
];

/** "going to" before a verb (not before "the", "a", a possessive or a name: "going to the talks", "going to Kyiv"). */
const GOING_TO = /\bgoing to\b(?=\s+(?!(?:the|an?|his|her|their|its|our|my|your|this|that|these|those)\b)\p{Ll})/giu;

/**
 * Chat's shorthand for ordinary words ("ppl", "govt"), read as the words news writes. Only the question is rewritten,
 * so "how many ppl were detained" counts people.
 */
const CHAT_WORDS: Readonly<Record<string, string>> = {
  avg: 'average',
  xmas: 'christmas',
  prez: 'president',
  exec: 'executive',
  execs: 'executives',
  dept: 'department',
  depts: 'departments',
  mkt: 'market',
  mkts: 'markets',
  biz: 'business',
  est: 'estimated',
  approx: 'approximately',
  mins: 'minutes',
  hrs: 'hours',
  hr: 'hour',
  chmn: 'chairman',
  dem: 'democrat',
  dems: 'democrats',
  repub: 'republican',
  repubs: 'republicans',
  admin: 'administration',
  mgmt: 'management',
  qtrs: 'quarters',
  bbl: 'barrels',
  eoy: 'end of the year',
  // Chat's short name for Ukraine ("ukr border").
  ukr: 'ukraine',
  ppl: 'people',
  ppls: 'people',
  govt: 'government',
  org: 'organization',
  orgs: 'organizations',
  abt: 'about',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'have to',
  kinda: 'kind of',
  sorta: 'sort of',
  bc: 'because',
  cuz: 'because',
  coz: 'because',
  tho: 'though',
  thru: 'through',
  yr: 'year',
  yrs: 'years',
  mo: 'month',
  mos: 'months',
  wk: 'week',
  wks: 'weeks',
  intl: 'international',
  natl: 'national',
  wat: 'what',
  wut: 'what',
  wht: 'what',
  w: 'with',
  b4: 'before',
  u: 'you',
  ur: 'your',
  r: 'are',
  // "boris n stoltenberg", "tanks n artillery".
  n: 'and',
  pic: 'picture',
  pics: 'pictures',
  // "How many subs": a service's subscribers.
  sub: 'subscriber',
  subs: 'subscribers',
  pix: 'pictures',
  sats: 'satellites',
  // Chat's short names for the two countries of many a story ("is ru pulling out"), from their web domains.
  ru: 'russia',
  ua: 'ukraine',
};
/**
 * A pattern for the words of a table as whole words, not inside a name, a sum or an abbreviation with a full stop
 * ("Mo Farah", "$btc", "Govt." stay).
 */
function wholeWordsOf(table: Readonly<Record<string, string>>, flags: string): RegExp {
  return new RegExp(String.raw`(?<![\p{L}\d'’.$£€-])(?:${Object.keys(table).join('|')})\b(?![.'’-]\p{L})`, flags);
}

// Lower case only ("Mo" is a name).
const CHAT_WORD = wholeWordsOf(CHAT_WORDS, 'gu');

/** Months as chat shortens them, with their names. */
const SHORT_MONTHS: Readonly<Record<string, string>> = {
  jan: 'january',
  feb: 'february',
  mar: 'march',
  apr: 'april',
  jun: 'june',
  jul: 'july',
  aug: 'august',
  sep: 'september',
  sept: 'september',
  oct: 'october',
  nov: 'november',
  dec: 'december',
};

/**
 * A short month in lower case ("in jan 2022", "nov 2021"): after a word of time or before a year or a day, where it
 * cannot be another word ("mar" is a verb, "dec" a shorthand), read as the month, which the question's time is read
 * from.
 */
const SHORT_MONTH_NAMES = Object.keys(SHORT_MONTHS).join('|');
const SHORT_MONTH = new RegExp(
  String.raw`\b(?:(in|since|until|till|by|from|through|during|early|late|mid|of|last|next|this)\s+(${SHORT_MONTH_NAMES})\b|(${SHORT_MONTH_NAMES})\.?(?=\s+(?:(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?)\b))`,
  'g',
);

/** The month a word is one letter off from ("decmber", "janaury" two), when the word is no English word ("match"). */
export function monthMisspelt(word: string): string | null {
  const folded = word.toLowerCase();
  if (isEnglishWord(folded) || isDictionaryWord(folded)) return null;
  for (const month of new Set(Object.values(SHORT_MONTHS))) {
    if (month.length < 5 || folded === month) continue;
    const max = month.length >= 7 ? 2 : 1;
    if (editDistanceWithin(folded, month, max) <= max && folded[0] === month[0]) return month;
  }
  return null;
}

/**
 * Holidays on a fixed date, which news writes as the date ("starting on Valentine's Day": February 14). General
 * knowledge of the calendar, not of any article.
 */
const HOLIDAYS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(?:st\.? )?valentine['’]?s(?: day)?\b/gi, 'February 14'],
  [/\bnew year['’]?s eve\b/gi, 'December 31'],
  [/\bnew year['’]?s(?: day)?\b/gi, 'January 1'],
  [/\bchristmas eve\b/gi, 'December 24'],
  [/\bchristmas(?: day)?\b/gi, 'December 25'],
  [/\bboxing day\b/gi, 'December 26'],
  [/\bhalloween\b/gi, 'October 31'],
  [/\b(?:st\.? |saint )?patrick['’]?s day\b/gi, 'March 17'],
  [/\bapril fools['’]?(?: day)?\b/gi, 'April 1'],
  [/\b(?:fourth of july|july 4th)\b/gi, 'July 4'],
  [/\bbastille day\b/gi, 'July 14'],
  [/\b(?:international )?women['’]?s day\b/gi, 'March 8'],
  [/\b(?:veterans|armistice) day\b/gi, 'November 11'],
];

/** Lower-case "may" where it is the month: after a possessive or a word of time, or before a day or a year. */
const MAY_MONTH =
  /\b(?:(?:\w+['’]s|the|in|since|until|till|by|from|through|during|early|late|mid|of|last|next|this) may(?=[\s?.!,]|$)|may(?= \d{1,2}(?:st|nd|rd|th)?\b| (?:19|20)\d\d\b))/gu;

/**
 * Words chat adds that ask nothing: asides ("lol", "tbh", "pls"), adverbs of emphasis ("exactly", "actually") and of
 * hearsay ("supposedly", "reportedly"): the articles tell who says so in their own words. A "guy" after what
 * describes him ("the kazakh spy chief guy") is that description already.
 * Dropped from the question's reading, so they are neither its verb nor words the answer must hold.
 */
const FILLER =
  /\b(?:lol|lmao|lmfao|rofl|omg|pls|plz|please|btw|tbh|imo|imho|idk|iirc|afaik|rn|ngl|fyi|smh|hey|guys|folks|anyone|anybody|someone|exactly|actually|basically|supposedly|reportedly|allegedly|apparently|purportedly|officially|literally|honestly|seriously|even|currently|normally|usually|typically|generally|ordinarily|roughly|approximately|ok|okay|atm|(?:right )?now|or (?:nah|nope|naw)|(?<=\b\p{L}+s |, )like|(?<=\b(?!(?:the|a|an|that|this|some|which|what|any)\b)\p{L}{3,} )(?:guy|dude|fella|bloke)(?! (?:who|that|which)\b))\b/giu;

/** Whether a word is one chat adds that asks nothing ("actually", "lol"): see the filler dropped from questions. */
export function isFiller(word: string): boolean {
  FILLER.lastIndex = 0;
  const m = FILLER.exec(word);
  FILLER.lastIndex = 0;
  return m !== null && m[0].length === word.length;
}

/**
 * The articles themselves, named by a question that compares them ("do both articles agree", "the two reports"):
 * what the question asks of them is the words around, not "articles".
 */
export const THE_ARTICLES =
  /\b(?:both|(?:the|these|those) (?:two|three|four|several|various|different)|(?:all|each|any|either|most) (?:of )?(?:the|these|those)|the|these|those|different|other) (?:articles|reports|sources|outlets|stories|pieces|publishers|accounts)\b/gi;

/**
 * Shorthand of business news that is no name, in either case ("the HQ", "q4 qtr", "BTC"), with the word the
 * articles write: read as an acronym, "HQ" would be looked for as the initials of any two words ("highest quarterly").
 */
const NEWS_SHORTHAND: Readonly<Record<string, string>> = {
  hq: 'headquarters',
  hqs: 'headquarters',
  qtr: 'quarter',
  yoy: 'year over year',
  ytd: 'this year',
  jv: 'joint venture',
  jvs: 'joint ventures',
  btc: 'bitcoin',
  // Finance's short forms that news spells out ("managed more than $10 trillion in assets").
  aum: 'assets under management',
  eps: 'earnings per share',
};
const NEWS_SHORTHAND_WORD = wholeWordsOf(NEWS_SHORTHAND, 'giu');

/** What a rate is per ("per share", "per cent", "per barrel"): a unit, not a source. */
const PER_UNIT =
  /^(?:share|shares|cent|year|month|week|day|hour|minute|person|people|capita|head|unit|barrel|gallon|litre|liter|mile|kilometer|kilometre|ton|tonne|kg|pound|ounce|annum|seat|customer|user|household|employee|worker|vote|game|episode|hundredweight|cwt|bushel|kilogram|gram|acre|hectare|foot|feet|meter|metre|night|room|mwh|kwh|megawatt|trip|ride|serving|dose)$/i;

/** Abbreviations chat uses for offices, with what they stand for. */
const OFFICE_WORDS: Readonly<Record<string, string>> = { fm: 'foreign minister', pm: 'prime minister' };
const OFFICE_ABBREVIATIONS = /(?<!\d\s?)\b(?:FM|PM|fm|pm)\b/g;

/**
 * "The Ryanair CEO": a body's office written after its name, read as the possessive ("Ryanair's CEO"), so that
 * whoever holds it is looked for. Not before a name ("Tesla CEO Elon Musk" names him).
 */
const BODY_OFFICE =
  /(?<!['’])\b(\p{L}[\p{L}&.-]*)(?!['’])\s+(CEO|ceo|boss|chief executive|chairman|chairwoman|spokesman|spokeswoman|spokesperson|founder)\b(?!\s+\p{Lu})/gu;

/**
 * A body typed in lower case or as it brands itself ("easyJet", "robinhood"): a name of the articles, and no English
 * word ("the company ceo" names no one).
 */
function bodyInChat(
  word: string,
  before: string,
  isName: (folded: string) => boolean,
  isWeak: (folded: string) => boolean,
): boolean {
  const folded = word.toLowerCase();
  // The last word of a longer name ("starbucks' north america boss") is not the body.
  const previous = /([\p{L}]+)\s*$/u.exec(before)?.[1]?.toLowerCase();
  if (previous && isName(previous) && !isWeak(previous)) return false;
  return isName(folded) && !isWeak(folded) && !isEnglishWord(folded);
}

/** Capitalised words before an office that are no body ("The CEO", "Former chairman"). */
const NOT_A_BODY =
  /^(?:the|a|an|its|their|his|her|what|which|who|whose|former|new|acting|deputy|vice|did|does|is|was)$/i;

/**
 * The question as its words are read: mentions and channel references dropped ("@here", "#general": addressed, not
 * asked about), shorthand spelt out, and a possessive typed without its apostrophe restored ("moscows defence
 * ministry") when the word less its "s" is a name and no ordinary word ("ports" of "Port authorities" stays), and the
 * word itself is neither a name nor an English word.
 */
export function chatAsWritten(
  asked: string,
  isName: (folded: string) => boolean,
  isWeak: (folded: string) => boolean,
): string {
  const cleaned =
    asked
      .replace(/(^|\s)[@#][^\s]+/gu, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // "wait who is peskov", "ok so when do they end": chat's opening words ask nothing.
      .replace(CHAT_OPENING, '') || asked;
  // Offices ("the French FM"), not after a number ("5 pm"); plain words; thousands ("30k": 30,000, as news writes it).
  return (
    cleaned
      // "UAL (united)": a word or two in brackets after a ticker or initials says the name again, for those who do
      // not know it.
      .replace(/\b(\p{Lu}[\p{Lu}\d&.]+)\s*\((?:[\p{L}&.'’-]+\s?){1,3}\)/gu, '$1')
      .replace(/\b(\d{1,3})k\b/gi, '$1,000')
      // "5 mil", "2 bil": millions and billions as news writes them; "fy22": a fiscal year; "45 yo": an age.
      .replace(/(\d)\s?(?:mil|mln)\b/gi, '$1 million')
      .replace(/(\d)\s?(?:bil|bln)\b/gi, '$1 billion')
      .replace(/\bfy\s?['’]?(\d{2})\b/gi, 'fiscal 20$1')
      .replace(/\bfy\s?(20\d\d)\b/gi, 'fiscal $1')
      .replace(/\b(\d{1,3})\s?y\/?o\b/gi, '$1 years old')
      // "w/", "w/o", "b/c": with, without, because (before "w" alone is read as "with").
      .replace(/\bw\/o\b/gi, 'without')
      .replace(/\bw\/\s?/gi, 'with ')
      .replace(/\bb\/c\b/gi, 'because')
      .replace(/\bgov['’]t\b/gi, 'government')
      // "In US dollars": the currency, which names no country the articles must ("$16.4 billion").
      .replace(/\b(?:US|U\.S\.|USD|American)\s+(dollars?|cents?)\b/gi, '$1')
      .replace(/\bUSD\b/g, 'dollars')
      // "H1 2021", "in h2": a half of a year, as news writes it.
      .replace(/\bh([12])\b(?=\s+(?:of\s+)?(?:19|20)\d\d\b|\s*$|\s*\?)/gi, (_m, n: string) =>
        n === '1' ? 'first half' : 'second half',
      )
      // "10yr yield", "a 5yr deal", "3mo bill": a span written as news writes it ("10-year").
      .replace(
        /\b(\d{1,3})[\s-]?(yr|mo|wk)s?\b/gi,
        (_m, n: string, unit: string) => `${n}-${CHAT_WORDS[unit.toLowerCase()] ?? unit}`,
      )
      // "the 10y yield", "2y notes": a bond's span, as news writes it.
      .replace(
        /\b(\d{1,2})y\b(?=\s+(?:\w+\s+)?(?:yields?|notes?|bonds?|treasur(?:y|ies)|rates?|gilts?|bunds?|jgbs?)\b)/gi,
        '$1-year',
      )
      // Who "says no" to an offer rejects it: no question of what they said. Not "declines", which the index reads
      // as a fall.
      .replace(/\b(?:say|says|said|saying) no to\b/gi, 'reject')
      // What someone "stands to lose" they could lose: the verb that follows is what is asked.
      .replace(/\b(?:stand|stands|stood) to(?= [a-z])/gi, 'could')
      .replace(OFFICE_ABBREVIATIONS, (m) => OFFICE_WORDS[m.toLowerCase()] ?? m)
      .replace(BODY_OFFICE, (whole, body: string, office: string, at: number, text: string) =>
        NOT_A_BODY.test(body) || !(/^\p{Lu}/u.test(body) || bodyInChat(body, text.slice(0, at), isName, isWeak))
          ? whole
          : `${body}'s ${office}`,
      )
      .replace(CHAT_WORD, (m) => CHAT_WORDS[m] ?? m)
      .replace(NEWS_SHORTHAND_WORD, (m) => NEWS_SHORTHAND[m.toLowerCase()] ?? m)
      // "sat pics": satellite pictures ("sat" alone is also Saturday, and a verb); "acc to the MoD": according to.
      .replace(/\bsat(?=\s+(?:pictures?|images?|imagery|photos?|photographs?)\b)/g, 'satellite')
      .replace(/\bacc\.?\s+(?:to|2)\b/gi, 'according to')
      // "Beat Wall St estimates", "what Wall Street expected": the analysts' figures, not a name to look for.
      .replace(
        /\bwall (?:st|street)\b\.?['’]?s?\s+(?=(?:\w+\s+)?(?:estimates?|expectations?|forecasts?|consensus|projections?)\b)/gi,
        '',
      )
      .replace(
        /\bwall (?:st|street)\b\.?\s+(?=(?:had\s+|was\s+|were\s+)?(?:expect|predict|forecast|anticipat)\w*)/gi,
        'analysts ',
      )
      // "per citizens advice": according to a name, not a rate ("per share", "per year").
      .replace(/\bper\s+(?:the\s+)?(\p{L}+)/giu, (m, next: string) =>
        isName(next.toLowerCase()) && !PER_UNIT.test(next) ? `according to ${m.slice(4).trimStart()}` : m,
      )
      // "How many …, according to US officials" at the end: a kind of source of the number, which names no one the
      // answer must hold (news writes "a US official said", "the official added"). Not of a view ("what stage is the
      // buildup at, according to analysts"), which is theirs.
      .replace(
        /^(.*\bhow (?:many|much)\b.*?),?\s+according to (?:the )?(?:[\p{L}.'’-]+\s+){0,2}(?:officials|sources|analysts|experts|estimates|reports)(?=\s*[?.!]*\s*$)/iu,
        '$1',
      )
      // "list of firing ranges used in …": the things themselves are asked for; "list" is no word of theirs.
      .replace(/^\s*(?:(?:give|show|send) me\s+)?(?:a|the)?\s*(?:full\s+)?list of\s+/i, '')
      // Who is "getting ready to" act is preparing to.
      .replace(/\b(?:get|gets|getting|got|gotten) ready to\b/gi, 'preparing to')
      // A "court date" is a hearing, as news writes it ("the case is due to be heard on 9 February").
      .replace(/\bcourt dates?\b/gi, 'hearing')
      // "Y/y", "m/m", "q/q": compared with a year, a month or a quarter before.
      .replace(/\by\/y\b/gi, 'year over year')
      .replace(/\bm\/m\b/gi, 'month over month')
      .replace(/\bq\/q\b/gi, 'quarter over quarter')
      // Chat's names for the US Supreme Court and president.
      .replace(/\bscotus\b/gi, 'Supreme Court')
      .replace(/\bpotus\b/gi, 'the president')
      // "nato sec gen": its secretary general.
      .replace(/\bsec(?:\.|retary)?[\s-]?gen(?:\.|eral)?\b/gi, 'secretary general')
      // What something is "supposed to" do is what it is going to do: "supposed" (or "meant") names nothing to search.
      .replace(/\bsupposed to\b/gi, 'going to')
      // Chat's contractions without the apostrophe: "whats the fine" asks as "what's the fine" does.
      .replace(/\b(what|who|where|when|how|that)s\b/gi, "$1's")
      // "wont say", "isnt it": the negation as written with its apostrophe, so "wont" is no content word to find.
      .replace(/\b(do|does|did|is|are|was|were|wo|ca|could|should|would|has|have|had)nt\b/gi, "$1n't")
      // "the ex atlanta fed president": a former one, as news writes it ("ex-" as written stays).
      .replace(/\bex\s+(?=\p{L}{2})/giu, 'former ')
      // "decmber", "febuary": a month one letter off, where no English word or name is spelt so ("Augusta").
      // The name test is asked only of a word near a month: it is dearer than the month's spelling.
      .replace(/\b\p{L}{5,}\b/gu, (word) => {
        const month = monthMisspelt(word);
        return month !== null && !isName(word.toLowerCase()) ? month : word;
      })
      // "Did sales go up or down": whether they changed, whichever way.
      .replace(
        /\b(?:go|went|gone|going) up or down\b|\brise or fall\b|\bincrease or decrease\b|\b(?:more or less|higher or lower|up or down)\b/gi,
        'change',
      )
      // "Back when Volcker started tightening": at the time when, no going back.
      .replace(/\bback (?=when\b|in (?:19|20)\d\d\b|then\b)/gi, '')
      // Whoever "went ahead with" something proceeded with it.
      .replace(/\b(?:go|goes|went|gone|going) ahead(?= with\b)/gi, 'proceed')
      // What "lets up" eases.
      .replace(/\blet(?:s|ting)? up\b/gi, 'easing')
      // A country that "let in" refugees "took them in", as news says.
      .replace(/\blet (?:in|into)\b/gi, 'take in')
      // Who runs something "for now" does so on an interim basis, as news puts it.
      .replace(/\bfor (?:now|the time being)\b/gi, 'on an interim basis')
      .replace(SHORT_MONTH, (m, time?: string, after?: string, before?: string) =>
        time && after ? `${time} ${SHORT_MONTHS[after]}` : before ? (SHORT_MONTHS[before] ?? m) : m,
      )
      .replace(/[\s\S]*/, (whole) => HOLIDAYS.reduce((t, [holiday, date]) => t.replace(holiday, date), whole))
      // "The Fed's may rate hike", "in may", "may 4": the month, where the verb cannot stand ("prices may rise").
      .replace(MAY_MONTH, (m) => m.replace(/may$/, 'May').replace(/^may(?=\s)/, 'May'))
      // "How far along is the buildup": how complete it is, not a distance.
      .replace(/\bhow far along\b/gi, 'how complete')
      // "who's the uk foreign secretary": who is; "who's been named": who has.
      .replace(/\bwho['’]s(?=\s+(?:been|got|had|done|said|made|taken|gone|won|lost)\b)/gi, 'who has')
      .replace(/\bwho['’]s\b/gi, 'who is')
      // "why'd he settle": the question word with "did", or it reads as the start of a name ("why'd Waller").
      .replace(/\b(why|how|where|when|what)['’]d\b/gi, '$1 did')
      // Not a plural in "-ies" ("cryptocurrencies") or "-es" after a hissing sound ("businesses"), whose stem is no
      // word of its own but may be one letter from a name ("Business").
      .replace(/\b(\p{Ll}{3,})s\b(?!['’])/gu, (word, base: string) =>
        isName(base) &&
        !isWeak(base) &&
        !isName(word) &&
        !isEnglishWord(word) &&
        // "LA jobs": a plural common in news, though "Job" is a word of a name ("Job Creators Network").
        !referenceRarity().frequency.has(word) &&
        // "the italians seized": a people, not a possessive of the adjective.
        COUNTRY_OF_ADJECTIVE[base] === undefined &&
        !/(?:ie|sse|she|che|xe|ze)$/.test(base)
          ? `${base}'s`
          : word,
      )
  );
}

/** Words chat opens a question with, which ask nothing ("wait", "hmm", "ok so"), before a question word. */
const CHAT_OPENING =
  /^(?:(?:wait|hmm+|um+|uh+|ok(?:ay)?|so|hey|yo|btw|also|lol)\b[,.!:…\s-]*)+(?=(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|will|can|has|have)\b)/i;

/**
 * A remark after the question mark that asks nothing ("… up on paper? cnbc seems to give two numbers"): it says
 * what the asker noticed, not what is asked, so its words are neither the thing counted nor the verb.
 */
const REMARK_AFTER =
  /\?\s+(?!(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|do|does|did|can|could|will|would|should|has|have|had)\b)[^?]+$/i;

/**
 * What the question asks, for reading its verb and words: "going to" as the future ("is Russia going to attack"), the
 * frame of a yes/no question and chat's asides dropped, and phrasal verbs read as the verb news writes.
 */
export function whatIsAsked(text: string): string {
  return inNewsVerbs(
    text
      .replace(REMARK_AFTER, '?')
      .replace(GOING_TO, 'will')
      .replace(YES_NO_FRAME, ' ')
      .replace(FILLER, ' ')
      .replace(THE_ARTICLES, ' '),
  );
}

/**
 * The text with chat's phrasal verbs read as the verbs news writes ("raked in" → "earned", "coughed up" → "paid"),
 * and nothing else changed: the tests of what a question asks for ("a sum", "a date") then see the verb they know.
 */
export function inNewsVerbs(text: string): string {
  // A past tense stays past ("warships turned up in" → "arrived in"): it ends the thing a "how many" counts.
  return PHRASAL_VERBS.reduce(
    (t, [pattern, verb, past]) =>
      t.replace(pattern, (m, object: unknown) =>
        (past && /^[a-z]+ed\b/i.test(m) ? past : verb).replace('$1', typeof object === 'string' ? object : ''),
      ),
    text,
  );
}

/** "Jack" typed in lower case as the verb of "jack (…) up". */
const JACK_UP = /\bjack(?:s|ed|ing)?\b(?=(?: [\w'’-]+){0,3}? up\b)/g;

/**
 * The text without chat's asides and adverbs of emphasis, for spotting names ("Roughly how many …" names nobody),
 * nor a remark after the question ("… completely? I've seen different years"), nor the asker's "I".
 */
export function withoutAsides(text: string): string {
  return (
    text
      .replace(REMARK_AFTER, '?')
      .replace(FILLER, ' ')
      .replace(/\bI(?:['’](?:m|ve|d|ll))?\b/g, ' ')
      // "jack its rate up": the verb, in lower case, not the given name.
      .replace(JACK_UP, 'raise')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
