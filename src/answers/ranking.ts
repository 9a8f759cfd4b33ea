/**
 * How a question's results are ranked and kept: the weights (one object, tuned by `scripts/tune-ranking.ts`), how
 * well a sentence fits the kind of answer asked for (a figure for "how many", a date for "when"…), and the tests on a
 * sentence's words that the ranking and the refusals share (related words, the thing counted, the years and months
 * named).
 */
import { boundedMemo } from '../memo.ts';
import { escapeRegExp } from '../regexp.ts';

import { fold, type Hit, termsOf } from '../search/index.ts';
import { isCountryName } from './english.ts';
import type { Question } from './question.ts';

/**
 * How much each sign that a sentence answers the question multiplies its search score. Chosen on labelled question
 * sets (`scripts/tune-ranking.ts`) and checked on sets held back while choosing.
 */
export interface RankingWeights {
  /** A quotation by the speaker asked about, found by the speaker search. */
  readonly spoken: number;
  /** Each name of the question found in the sentence. */
  readonly name: number;
  /** The sentence is the asked speaker's. */
  readonly speaker: number;
  /** The sentence names what a "how many" counts. */
  readonly counted: number;
  /** The sentence uses the question's verb (or a word news uses for it). */
  readonly predicate: number;
  /** The passage names the subject someone's words are asked about ("… say about lithium"). */
  readonly subject: number;
  /** A past-tense question meets a forecast. */
  readonly future: number;
  /** The first paragraph counts 1 + lead, the second 1 + lead/2… (news puts what matters first). */
  readonly lead: number;
  /** Results scoring below this share of the best are padding, not answers. */
  readonly floor: number;
  /** The article was written when the time the question names was news. */
  readonly time: number;
  /** A question about how far something rose or fell meets a percentage. */
  readonly percent: number;
  /** The sentence uses all of the question's other content words (scaled by the share it uses). */
  readonly cover: number;
  /** A "how much" question (not of a change) meets a sum of money. */
  readonly money: number;
  /** Share of a factual question's words the answering passage must use, below which the question is refused. */
  readonly coverFloor: number;
  /** Share of the rest of a question a passage must hold to answer it without the question's verb. */
  readonly verbless: number;
  /** Weight of a sentence that asks a question: it states nothing. */
  readonly asking: number;
  /** Weight of a sentence that gives no count of what a "how many" counts, only a share or change of it. */
  readonly change: number;
  /**
   * Power of the search score's share of the best: below 1 it narrows the gap a rare word matched opens, so a passage
   * that says what is asked in other words can rank by the signs above ("met in Baltimore" for "where were the
   * talks held" beside a passage that writes "talks").
   */
  readonly sharpness: number;
}

/** The weights in use. */
export const RANKING: RankingWeights = {
  spoken: 1.5,
  name: 1.35,
  speaker: 1.6,
  counted: 1.4,
  predicate: 1.4,
  subject: 1.5,
  future: 0.7,
  lead: 0.3,
  floor: 0.3,
  time: 2,
  percent: 1.3,
  cover: 1.5,
  money: 1.4,
  coverFloor: 0.3,
  verbless: 0.6,
  asking: 0.5,
  change: 0.5,
  sharpness: 0.65,
};

/**
 * A place named after a word that puts someone or something there: "in Kyiv", "flows through Kansas City",
 * "attending the Wimbledon finals".
 */
/** A question on where someone spoke ("where was she speaking", "where did he make the remarks"). */
/** Does the question ask where someone spoke ("where was she when she spoke about the ban")? */
export function asksVenue(question: string): boolean {
  return ASKS_VENUE.test(question);
}

/** Does the sentence tell where words were said ("made the comment at the CERAWeek conference")? */
export function tellsVenue(snippet: string): boolean {
  return SPOKE_AT.test(snippet);
}

const ASKS_VENUE =
  /\bwhere\b.*\b(?:speak|speaks|speaking|spoke|speech|remarks|address|addressing|talk|talking|testify|testifying|testified)\b/i;

/** Words of speech, then "at" a named place or event ("said Monday at Northwestern", "a speech at Stanford"). */
const SPOKE_AT =
  /\b(?:said|says|spoke|speaking|speech|remarks?|remarked|comments?|address|addressed|told|testified|panel|conference|summit|forum|event|interview)\b[^.;]{0,60}?\bat\s+(?:the\s+|a\s+)?\p{Lu}/u;

const PLACE =
  /\b(?:in|at|to|from|near|inside|outside|through|via|attending|visiting|visited|attended|travelled to|traveled to|flew to|went to)\s+(?:the\s+)?\p{Lu}\p{L}+/u;

/** A place after its preposition, each one in a sentence ("met in Baltimore", "moved the match to Minnesota"). */
const PLACES =
  /\b(?:in|at|to|from|near|inside|outside|around|across|throughout|off|including|via)\s+(?:the\s+)?["“‘]?(\p{Lu}\p{L}+)/gu;

/** Days and months, which follow "in" or "on" as places do ("in March"). */
const NO_PLACE =
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

/**
 * Whether a passage names a place that is none of the question's own ("where were the US-UK talks held": "met in
 * Baltimore", not "a delegation to Britain"): `asked` tells a folded word the question names.
 */
export function namesNewPlace(snippet: string, asked: (word: string) => boolean): boolean {
  return [...snippet.matchAll(PLACES)].some((m) => {
    const word = m[1] ?? '';
    return !NO_PLACE.test(word) && !asked(word.toLowerCase());
  });
}

/** Words written with a capital inside a sentence that name no one and nothing: titles, days, months, "I". */
const NOT_A_NAME =
  /^(?:i|mr|mrs|ms|dr|sir|st|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/;

/**
 * Whether a sentence names something the question does not ("which agency approved them": "the National Highway
 * Traffic Safety Administration"): a word written with a capital after the sentence's first, that `asked` does not
 * tell as one of the question's own.
 */
export function namesNewName(snippet: string, asked: (word: string) => boolean): boolean {
  const words = snippet.split(/\s+/);
  return words.some((raw, i) => {
    if (i === 0 || /[.!?:"“”]$/.test(words[i - 1] ?? '')) return false;
    const word = raw.replace(/^[("“‘'[]+|[)"”’'\],.;:!?]+$/g, '').replace(/['’]s$/, '');
    if (!/^\p{Lu}/u.test(word)) return false;
    const lower = word.toLowerCase();
    return !NOT_A_NAME.test(lower.replace(/\.$/, '')) && !asked(lower);
  });
}

/**
 * The thing a question asks the name of, in lower case: "volcano" in "what is the volcano that erupted … called",
 * "bank" in "the name of the bank that runs …". Null when it names none.
 */
function namedThing(question: string): string | null {
  const m =
    /^(?:what(?:'s| is| was| are| were)?|whats)\s+(?:the\s+)?(?:name of (?:the\s+)?)?(?:[a-z'-]+\s+){0,3}?([a-z-]{3,})\s+(?:that|which|who|called|named|dubbed|known)\b/.exec(
      fold(question),
    );
  return m?.[1] && m[1] !== 'name' ? m[1] : null;
}

/** "Where is she from", "where does he come from": a question of someone's home or origin. */
/** Does a "where" question ask where someone is from or lives? */
export function asksOrigin(text: string): boolean {
  return ASKS_ORIGIN.test(text);
}

const ASKS_ORIGIN = /\bwhere\b.*\b(?:from|come from|hail from|live|lives|based)\s*\??\s*$/i;

/** A sentence that gives someone's home or origin. */
const ORIGIN =
  /\b\p{Lu}\p{L}+(?:\s\p{Lu}\p{L}+)?(?:\s+|-)(?:resident|native|born|based)\b|\b(?:resident|native|citizen)s? of\s+\p{Lu}|\b(?:hails|hailing|hailed) from\b/u;

/** Words that give a reason; "saying it had …", "citing …", "blamed on …" give the one a party gave. */
const REASON =
  /\b(because|after|over|amid|due to|following|as a result|since|so that|in order to|to avoid|breach|breaches|breached|reason|reasons|intended to|aimed at|(?:concerns?|concerned|fears?|feared|worr(?:y|ies|ied)|warn(?:s|ed|ing)?) that|could be used|saying (?:that |it |he |she |they )|citing|cited|blamed|blaming|in response to|driven by|thanks to|contribut(?:ed|ing|es)? to|on (?:hopes|fears|concerns|expectations)|reflect(?:s|ed|ing)|for (?:violating|breaking|failing))\b/i;

/** A question that asks what someone blames for something: a cause. */
const BLAME = /\bblam(?:e|es|ed|ing)\b/i;

/** A question of the penalty someone faces: "what could they get if convicted", "what sentence does he face". */
const PENALTY_ASKED =
  /\bwhat (?:could|would|will|might|can|do|does|did)\b.{0,80}\b(?:get|face|receive)\b.{0,40}\bif (?:\S+ ){0,2}(?:convicted|found guilty)\b|\bwhat (?:punishment|penalty|penalties|sentence|jail time|prison time)\b/i;

/** Whether a question asks for a penalty and a sentence tells one ("up to six months in prison"). */
export function answersPenalty(question: string, snippet: string): boolean {
  return PENALTY_ASKED.test(question) && PENALTY_TOLD.test(snippet);
}

/** A penalty told: a term in prison or jail, a fine, a sentence. */
const PENALTY_TOLD =
  /\b(?:in|to) (?:prison|jail)\b|\bbehind bars\b|\bprison (?:term|sentence)\b|\bfines? of\b|\bsentenced to\b|\bup to [\w,.$£€-]+ (?:years?|months?)\b/i;

/** A cause told by its verb ("is caused by", "the cause of", "led to", "the source of the fire"). */
export const CAUSED =
  /\b(?:caused by|causes? of|is causing|led to|leads to|responsible for|source of|sparked by|started by|triggered by)\b/i;

/** Verbs that give something a name; "we call this feature 'hyper-extended hours'" names it too. */
const NAMING_VERBS =
  'called|dubbed|named|known as|titled|code-?named|nicknamed|branded|calls itself|call themselves|calling itself|(?:call|calls|calling) (?:it|this|that|them|these|those)(?: [a-z]+)?';

/**
 * A naming verb, then the name ("called “Allied Resolve”", "dubbed Union Courage", "called “rolling stop”"), or a
 * name that is a hashtag ("the campaign — #PensForBiden —").
 */
export const NAMING_VERB = new RegExp(
  String.raw`\b(?:${NAMING_VERBS})\s+(?:the\s+)?(?:[“"‘']\p{L}|\p{Lu})|(?:^|\s)#\p{L}[\p{L}\d]+`,
  'u',
);

/** Words that name something: a naming verb, a quoted capitalised name, or a hashtag ("#PensForBiden"). */
const NAMING = new RegExp(String.raw`\b(?:${NAMING_VERBS})\b|[“"][A-Z]|(?:^|\s)#\p{L}`, 'u');

/** A sentence giving a role: "X, the …", "…'s chief executive X", "X is the …". */
export const ROLE =
  /\b(chief|chair|chairman|chairwoman|president|executive|officer|director|minister|secretary|spokes(?:man|woman|person)|head|founder|ceo|cfo|leader|governor|senator|representative|analyst|professor|partner|manager|editor|host|consul|ambassador|envoy|economist|strategist|commissioner|mayor|judge|lawmaker|adviser|advisor|attorney|prosecutor|treasurer)\b/i;

/**
 * How much a hit answers what the question asks for, beyond sharing its words. `reported`: the hit is the asked
 * speaker's words told by the reporter, which answer a speech question as well as a quotation.
 */
export function typeFit(question: Question, hit: Hit, reported = false): number {
  switch (question.type) {
    case 'quantity':
      // A measure asked for may be written in words ("how long": "a seven-day lockdown").
      return hit.hasFigure ||
        /\d/.test(hit.snippet) ||
        (asksMeasure(question.text) && givesMeasure(hit.snippet, question.text))
        ? 1.6
        : 0.35;
    case 'when':
      // "…, TASS reported Wednesday": a sentence dated only by when it was said tells when it was said, not when
      // the thing asked about happens.
      if (onlyReportingDates(hit.snippet)) return 0.9;
      // "When did the Fed last raise rates": a first since a year tells the last time ("the first since 2018").
      if (/\blast\b/i.test(question.text) && FIRST_SINCE.test(hit.snippet)) return 2;
      // "Between which dates": a span of days ("between February 14 and 19", "from Feb 10 to 20") says it all.
      if (ASKS_SPAN.test(question.text) && DATE_SPAN.test(hit.snippet)) return 2.2;
      // "In which month": a month named says it ("hikes starting in March"), before a day or a year.
      if (/\b(?:which|what) month\b/i.test(question.text) && MONTH_NAME.test(hit.snippet)) return 2;
      // "By when": a deadline ("by the middle of January", "by March 1") says it, before the day of the request.
      if (/^\s*by when\b|\bdeadline\b/i.test(question.text) && DEADLINE.test(hit.snippet)) return 2;
      // A day of the calendar ("between February 14 and 19") says when; a weekday ("on Thursday") says less.
      if (CALENDAR_DATE.test(hit.snippet)) return 1.7;
      return hit.hasDate ||
        /\b(19|20)\d\d\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(hit.snippet) ||
        WITHIN_TIME.test(hit.snippet)
        ? 1.3
        : 0.6;
    case 'where':
      // "Which country's factory made them": a country named, or a nationality ("the same Belgian factory").
      if (asksCountry(question.text)) return countryFit(question.text, hit.snippet);
      // "Where is she from": where someone lives or was born ("a Virginia resident", "a native of Ohio").
      // Any other place in the sentence may be where something happened to them.
      if (ASKS_ORIGIN.test(question.text)) return ORIGIN.test(hit.snippet) ? 1.9 : 1;
      // "Where was she speaking when …": the venue of the words, "at" a named place or event after them.
      if (ASKS_VENUE.test(question.text) && SPOKE_AT.test(hit.snippet)) return 2;
      if (hit.locations > 0) return 1.3 + 0.15 * Math.min(hit.locations, 4);
      return PLACE.test(hit.snippet) ? 1.3 : 0.8;
    case 'why':
      // A cause told by its verb ("was the source of the fire", "sparked by") says more than a word of reason
      // ("after", "as"), which news writes in every other sentence.
      if (CAUSED.test(hit.snippet)) return 2.2;
      return REASON.test(hit.snippet) ? 1.4 : 0.9;
    case 'name': {
      // A naming verb before the name ("dubbed “Union Resolve”") names it; a quotation alone may only quote.
      if (NAMING_VERB.test(hit.snippet)) return 1.8;
      // "The Hunga-Tonga volcano": a name written before the thing asked about names it too.
      const head = namedThing(question.text);
      if (head && new RegExp(String.raw`(?:\p{Lu}[\p{L}'’-]+\s+){1,4}${head}\b`, 'u').test(hit.snippet)) return 1.6;
      return NAMING.test(hit.snippet) ? 1.3 : 0.7;
    }
    case 'whois':
      // Who someone is, the reporter says (a role beside the name), not their own quotation.
      if (hit.kind === 'quote') return 0.5;
      // Their own role, beside their name ("Chief executive Peter Hebblethwaite", "Peskov, the Kremlin's
      // spokesman"), before another's in the same sentence ("the transport secretary would write to Mr X").
      if (rolesBeside(hit.snippet, question.names[0]?.text)) return 2.2;
      return ROLE.test(hit.snippet) ? 1.6 : 0.8;
    case 'speech':
      return hit.kind === 'quote' || hit.hasQuote || reported ? 1.4 : 0.7;
    case 'what':
      if (asksCountry(question.text)) return countryFit(question.text, hit.snippet);
      // "What does Kudlow blame for inflation": a cause, told as one ("has soared because of …").
      if (BLAME.test(question.text)) return REASON.test(hit.snippet) || CAUSED.test(hit.snippet) ? 1.4 : 0.9;
      // "What could they get if convicted": a penalty, told by its term or its fine ("up to six months in prison").
      if (PENALTY_ASKED.test(question.text)) return PENALTY_TOLD.test(hit.snippet) ? 1.6 : 0.9;
      return 1;
    default:
      return 1;
  }
}

/** A hashtag written in a sentence ("#PensForBiden"). */
const HASHTAG = /(?:^|\s)#\p{L}[\p{L}\d_]+/u;

/** Whether a question asks for a hashtag and a sentence writes one. */
export function answersHashtag(question: string, snippet: string): boolean {
  return /\bhashtags?\b/i.test(question) && HASHTAG.test(snippet);
}

/** A question that asks for a country: "which country's factory", "what country is it from", "from which nation". */
const COUNTRY_ASKED = /\b(?:which|what) (?:country|nation)\b/i;

/** Whether a question asks for a country ("which country's factory made them"). */
export function asksCountry(question: string): boolean {
  return COUNTRY_ASKED.test(question);
}

/**
 * How well a sentence answers a question asking for a country: it names one, and better beside the thing whose
 * country is asked ("which country's factory": "the same Belgian factory").
 */
function countryFit(question: string, snippet: string): number {
  if (!namesCountry(snippet)) return 0.9;
  const owned = /\b(?:which|what) (?:country|nation)['’]s\s+([\p{L}-]+)/iu.exec(question)?.[1];
  const term = owned ? termsOf(owned)[0] : undefined;
  if (term === undefined) return 2;
  // The country told of the thing itself ("a Portuguese factory", "a factory in Portugal") answers it.
  const words = snippet.split(/\s+/);
  const at = words.findIndex((w) => termsOf(w).includes(term));
  // A country named elsewhere in the story ("recalled in the UK") is not the one of the thing asked.
  if (at < 0) return 1.2;
  const after = words.slice(at + 1, at + 4).join(' ');
  const told = namesCountry(`the ${words[at - 1] ?? ''}`) || (/^(?:in|from) /i.test(after) && namesCountry(after));
  return told ? 4 : 2;
}

/**
 * A nationality written as one word inside a sentence ("the same Belgian factory", "a Dutch court"): a capitalised
 * word with the endings English gives them (the sentence's first word is capitalised whatever it is).
 */
const NATIONALITY_WORD = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|ch|i)$/u;

/** Whether a sentence names a country (by a name of one to three words) or a nationality after its first word. */
export function namesCountry(snippet: string): boolean {
  const written = snippet.split(/[^\p{L}.'’-]+/u).map((w) => w.replace(/[.'’]+$/g, ''));
  const words = written.map((w) => fold(w));
  return words.some(
    (_, i) =>
      (i > 0 && NATIONALITY_WORD.test(written[i] ?? '')) ||
      isCountryName(words[i] ?? '') ||
      isCountryName(words.slice(i, i + 2).join(' ')) ||
      isCountryName(words.slice(i, i + 3).join(' ')),
  );
}

/** A month's name, in full or as news shortens it before a day ("Jan. 4"). */
const MONTH_NAME =
  /\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+\d/;

/** Whether a sentence tells the last time before by "the first since" a year ("the first since December 2018"). */
export function tellsLastTime(snippet: string): boolean {
  return FIRST_SINCE.test(snippet);
}

/** "The first since 2018", "its biggest rise since December 2018": the last time before, by its year. */
const FIRST_SINCE =
  /\b(?:first|biggest|largest|highest|lowest|only)\b[^.;]{0,60}\bsince\s+(?:\p{L}+\s+)?(?:19|20)\d\d\b/iu;

/** Whether a role word stands right before the name, or in an apposition after it. */
function rolesBeside(snippet: string, name: string | undefined): boolean {
  const last = name?.trim().split(/\s+/).at(-1);
  if (!last || last.length < 3) return false;
  const word = escapeRegExp(last);
  // Case matters for the capitalised words between ("Chief executive Peter X", not "secretary would write to Mr X").
  return new RegExp(
    String.raw`\b${ROLE_ANY_CASE}(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}\s+(?:\p{Lu}[\p{L}.'’-]*\s+)?${word}\b|\b${word}\b,\s+(?:the\s+|a\s+|an\s+)?[^,.]{0,60}?\b${ROLE_ANY_CASE}\b`,
    'u',
  ).test(snippet.replace(new RegExp(word, 'giu'), last));
}

/** The role words of {@link ROLE}, each written with a capital or without ("[Cc]hief"). */
const ROLE_ANY_CASE = `(?:${(/\((.*)\)/.exec(ROLE.source)?.[1] ?? '')
  .split('|')
  .map((w) => `[${(w[0] ?? '').toUpperCase()}${w[0] ?? ''}]${w.slice(1)}`)
  .join('|')})`;

/** A number with a unit of length, area, height or time ("1,200km", "764-mile", "six weeks"). */
const MEASURE =
  /\b[\d,.½¼¾⅓⅔]+\s*-?\s*(?:km|kilomet(?:er|re)s?|miles?|metres?|meters?|feet|foot|ft|yards?|square|acres?|hectares?|days?|weeks?|months?|years?|hours?|degrees?)\b|[\d.]+\s?°|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|thirty|hundreds?|thousands?)[\s-]+(?:km|kilomet(?:er|re)s?|miles?|metres?|meters?|feet|days?|weeks?|months?|years?|hours?)\b/i;

/** Weight of a passage that gives a measure, for "how long / how far / how big". */
export const MEASURE_WEIGHT = 2;

/**
 * The unit a figure is asked by ("share" in "how much per share", "for each share"; "month" in "how much does it
 * cost a month?"), folded to its singular; null when the question names none.
 */
export function perUnitAsked(question: string): string | null {
  const m = /\b(?:per|each)[\s-]+([a-z]{3,})\b/i.exec(question) ?? /\b(?:a|an)\s+([a-z]{3,})\s*\??\s*$/i.exec(question);
  const unit = m?.[1]?.toLowerCase();
  if (!unit || PER_UNIT_STOP.has(unit)) return null;
  return unit.replace(/(?<=[^s])s$/, '');
}

/** Words after "per" or "each" that are no unit ("each other", "per cent"). */
const PER_UNIT_STOP = new Set(['other', 'cent', 'capita', 'time', 'one', 'side']);

/** Does the sentence give a figure by the unit asked ("$104 a share", "$64 per share", "a per-share price of $30")? */
export function givesPerUnit(sentence: string, unit: string): boolean {
  return perUnitPatterns(unit).some((p) => p.test(sentence));
}

/** The patterns of a figure by a unit, built once per unit: every passage of a question is tested with them. */
const perUnitPatterns = boundedMemo(1_000, (unit: string): readonly RegExp[] => {
  const u = escapeRegExp(unit);
  return [
    new RegExp(
      String.raw`\d[\d.,]*\S*(?:\s+(?:million|billion|bn|m|cents?|pence|dollars?|pounds?|euros?))?\s+(?:a|an|per|each|every)[\s-]+${u}s?\b`,
      'i',
    ),
    new RegExp(String.raw`\bper[\s-]${u}\b[^.;]{0,40}\d|\d[^.;]{0,20}/${u}\b`, 'i'),
  ];
});

/** Does the question ask for a measure ("how long", "how far", "what is the distance")? */
export function asksMeasure(question: string): boolean {
  return ASKS_MEASURE.test(question);
}

const ASKS_MEASURE =
  /\bhow (?:long|far|tall|high|deep|wide|big|large|old|hot|cold|warm)\b|\bwhat(?:'s| is)? (?:the )?(?:distance|length|duration|temperature)\b/i;

/**
 * Does the passage give a measure (a length, an area, a span of time, an age)? Of a temperature when the question
 * asks how hot or cold ("ranged between 107 and 109 degrees"), not a distance beside it.
 */
export function givesMeasure(snippet: string, question = ''): boolean {
  if (TEMPERATURE_ASKED.test(question)) return TEMPERATURE.test(snippet);
  return MEASURE.test(snippet) || AGE_TOLD.test(snippet);
}

/** A question on a temperature: "how hot was it", "how cold will it get", "what was the temperature". */
const TEMPERATURE_ASKED = /\bhow (?:hot|cold|warm)\b|\btemperatures?\b/i;

/** A temperature told: degrees, or a number with its sign. */
const TEMPERATURE = /\b\d[\d,.]*\s*(?:-\s*)?degrees?\b|\d\s?°/i;

/** An age: "aged 103", "the 20-year-old", "103 years old", or the obituary's "He was 103." */
export const AGE_TOLD =
  /\baged \d{1,3}\b|\b\d{1,3}-year-old\b|\b\d{1,3} years old\b|\b(?:he|she) (?:was|is) \d{1,3}\b(?![,.]\d| ?%|-)/i;

/** A day of a month, either way round ("February 14", "14 February", "Feb. 14"). */
/** A question asking for a span of days: "between which dates", "from when to when", "what dates". */
const ASKS_SPAN = /\bbetween (?:which|what) (?:dates|days)\b|\bwhat dates\b|\bfrom when (?:to|until) when\b/i;

/** A span of days: "between February 14 and 19", "from Feb 10 to 20", "February 14-19". */
const DATE_SPAN =
  /\b(?:between|from)\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\s+(?:and|to|until|through)\s+(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+)?\d{1,2}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\s*[-–]\s*\d{1,2}\b/i;

const CALENDAR_DATE =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?\b|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)[a-z]*\b/i;

/** A time counted from now: "within the next two weeks", "in the coming days", "by the end of the month". */
/** A time something is due by: "by the middle of January", "by March 1", "by the end of the year". */
const DEADLINE =
  /\b(?:by|before|no later than)\s+(?:the\s+(?:middle|end|start|beginning|close)\s+of\s+)?(?:(?:next|this)\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|month|year|(?:19|20)\d\d)\b/i;

const WITHIN_TIME =
  /\b(?:within|in) (?:the )?(?:next|coming) (?:\w+ ){0,3}(?:days?|weeks?|months?|years?|hours?)\b|\bwithin (?:\w+ ){1,2}(?:days|weeks|months|years|hours)\b|\bwithin (?:the|this|a) (?:day|week|month|year)\b|\bby the end of (?:the |this |next )?(?:day|week|month|year)\b/i;

/** Words that put a sentence in the future or the conditional: a forecast, not what happened. */
export const FUTURE =
  /\b(will|would|expects?|expected|expecting|forecasts?|projected|projects|guidance|plans? to|is set to|are set to|likely to|could|may)\b/i;

/** Month names, January first. */
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/**
 * The months (`YYYY-MM`, or `MM` when no year is given) in which articles answering a question would be written,
 * from the time the question names: "in January" → January; "the first quarter of 2022" → April and May 2022 (results
 * are reported after a quarter ends); "2021" → the year and the first months of the next. Empty when it names none.
 */
export function askedMonths(text: string): string[] {
  const q = fold(text);
  const year = /\b((?:19|20)\d\d)\b/.exec(q)?.[1];
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: string[] = [];
  const quarter = /\b(first|second|third|fourth|final|1st|2nd|3rd|4th)\s+quarter\b|\bq([1-4])\b/.exec(q);
  if (quarter) {
    const names: Record<string, number> = {
      first: 1,
      '1st': 1,
      second: 2,
      '2nd': 2,
      third: 3,
      '3rd': 3,
      fourth: 4,
      '4th': 4,
      final: 4,
    };
    const n = names[quarter[1] ?? ''] ?? Number(quarter[2]);
    for (const offset of [1, 2]) {
      const month = n * 3 + offset;
      const y = year ? Number(year) + (month > 12 ? 1 : 0) : null;
      const m = ((month - 1) % 12) + 1;
      out.push(y === null ? pad(m) : `${y}-${pad(m)}`);
    }
    return out;
  }
  MONTHS.forEach((name, i) => {
    // "may" is also a verb: only as a month next to a year or a day.
    if (name === 'may' && !/\bmay\s+\d|\d\s+may\b/.test(q)) return;
    if (new RegExp(`\\b${name}\\b`).test(q)) out.push(year ? `${year}-${pad(i + 1)}` : pad(i + 1));
  });
  if (out.length === 0 && year) {
    for (let m = 1; m <= 12; m++) out.push(`${year}-${pad(m)}`);
    out.push(`${Number(year) + 1}-01`, `${Number(year) + 1}-02`);
  }
  return out;
}

const MONTH_WORD = String.raw`(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;
const DAY_MONTH = new RegExp(
  String.raw`\b${MONTH_WORD}\s+(\d{1,2})(?:st|nd|rd|th)?\b|\b(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?${MONTH_WORD}\b`,
  'g',
);

/**
 * The days a question names ("on jan 24", "December 20, 2021", "20 December"), as `MM-DD`: news of a day is
 * written that day or the next.
 */
export function askedDays(text: string): string[] {
  const pad = (n: number) => String(n).padStart(2, '0');
  const out: string[] = [];
  for (const m of fold(text).matchAll(DAY_MONTH)) {
    const name = m[1] ?? m[4] ?? '';
    const day = Number(m[2] ?? m[3]);
    const month = MONTHS.findIndex((full) => full.startsWith(name.slice(0, 3)));
    if (month >= 0 && day >= 1 && day <= 31) out.push(`${pad(month + 1)}-${pad(day)}`);
  }
  return out;
}

/** Whether an article was written on one of the days (or the day after). */
export function onDays(date: string | null, days: readonly string[]): boolean {
  if (date === null) return false;
  const next = new Date(Date.parse(date) - 86_400_000).toISOString().slice(5, 10);
  return days.some((d) => date.slice(5, 10) === d || next === d);
}

/** Whether an article's date falls in one of the asked months. */
export function inMonths(date: string | null, months: readonly string[]): boolean {
  if (date === null) return false;
  return months.some((m) => (m.length === 2 ? date.slice(5, 7) === m : date.startsWith(m)));
}

/** Years a text names. */
export function years(text: string): string[] {
  return text.match(/\b(?:19|20)\d\d\b/g) ?? [];
}

/** The words news uses for the same thing as a term ("finish": end, conclude), as index terms. */
export function relatedTerms(term: string): readonly string[] {
  return RELATED.get(term) ?? [];
}

/**
 * Whether a text's index terms hold the question's term, or a word news uses for the same thing ("cut" jobs, "loss
 * of" jobs).
 */
export function relatedIn(terms: readonly string[], term: string): boolean {
  return terms.includes(term) || (RELATED.get(term) ?? []).some((t) => terms.includes(t));
}

/**
 * Words a count may be written with in place of the noun asked, beyond {@link RELATED} (which also widens search):
 * open "cases" are counted as investigations; borrowers, customers and users as people.
 */
const COUNTED_AS: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['case', ['investig', 'probe', 'inquiri', 'infect']],
      // New infections are counted as cases.
      ['infect', ['case']],
      ['borrow', ['peopl', 'debtor']],
      ['custom', ['peopl', 'client', 'user']],
      ['user', ['peopl', 'custom', 'member']],
      // Restrictions on trade are "curbs", "bans" or "limits".
      ['restrict', ['curb', 'ban', 'limit', 'control']],
      // Instances of something are its cases or incidents.
      ['instanc', ['case', 'incid', 'occurr', 'time']],
      // A chain's locations are its restaurants, stores or branches.
      ['locat', ['restaur', 'store', 'shop', 'branch', 'outlet', 'site']],
      // Jets are counted as aircraft or planes.
      ['jet', ['aircraft', 'plane', 'warplan']],
      // Cars sold are counted as vehicles or units.
      ['car', ['vehicl', 'unit']],
      ['vehicl', ['car', 'unit']],
      // "How many people work at the plant": its workers, employees or staff; "how many people is it laying off":
      // the jobs, posts or roles cut.
      ['peopl', ['worker', 'employe', 'staff', 'job', 'post', 'role', 'posit']],
      // Members of a parliament are counted as lawmakers, or by their party ("99 Conservatives").
      // Shots given or missed are vaccinations, jabs or doses.
      ['shot', ['vaccin', 'jab', 'dose']],
      // Homes for sale or built are counted as units, houses or properties.
      ['home', ['unit', 'hous', 'properti']],
      // Debt held or owed is told as the bonds or loans it is made of.
      ['debt', ['bond', 'loan']],
      ['mp', ['lawmak', 'legisl', 'member', 'conserv', 'tori', 'labour', 'democrat', 'republican']],
    ] as const
  ).map(([k, v]) => [k, v]),
);

/** Whether a text's index terms hold the counted noun, a word related to it, or a word it is counted as. */
function countedIn(terms: readonly string[], counted: string): boolean {
  return relatedIn(terms, counted) || (COUNTED_AS.get(counted) ?? []).some((t) => terms.includes(t));
}

/** People counted, as an index term. */
const PEOPLE = 'peopl';

/** People named by the party or nation they belong to ("14 Republicans", "three Americans"). */
const MEMBERS_OF = /^\p{Lu}\p{Ll}+(?:ans|ats|ists|ives|als)[,.;:]?$/u;

/** A word that ends a clause ("vehicles,") or a sentence: no number before it counts what comes after. */
const CLAUSE_END = /[,;:]$|[a-z0-9][.!?]["”']?$/;

/**
 * A number joined by a hyphen to the word it describes: "91-year-old", "10-year", "five-day", "seven-figure"; not a
 * score or a ratio ("11-to-7").
 */
const COMPOUND_MODIFIER = /^[$£€]?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|twelve)-\p{L}[^\d]*$/iu;

/** A label and its number ("Tier 1 visa", "Phase 3 trial"): joined, it is a name, as "COVID-19" is. */
const LABEL_NUMBER =
  /\b(Tier|Phase|Level|Stage|Class|Article|Section|Category|Grade|Type|Series|Part|Chapter|Title|Round|Model|Gen|Generation)\s+(\d{1,2})\b/g;

/** A name that ends in a number ("COVID-19", "F-35", "G-7"): it counts nothing. */
const NUMBERED_NAME = /^\(?\p{L}+-\d/u;

/** A word that ends a sentence ("Island."); not an abbreviation ("U.S.") or a number's own point ("$3.3bn"). */
const SENTENCE_END = {
  test: (t: string) => /[a-z0-9][.!?]["”']?$/.test(t) && !MONTH_SHORT.test(t),
};

/** A month cut short with its point ("Dec.", "Sept."): no end of a sentence, a day follows it. */
const MONTH_SHORT = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$/;

/** Words between a number and the last noun of the list it opens ("24 state treasurers, auditors and financial officers"). */
const LIST_COUNT_WINDOW = 10;

/** A word that opens a noun phrase ("to the", "to its"): after it, "to" is no verb's. */
const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those|each|every|all|some|any)$/i;

/** Words between a number and the noun it counts ("14 Russian battalion tactical groups"). */
const COUNT_WINDOW = 5;

/** Words between a sum "worth of" and the noun it buys ("$2bn worth of Russian government and corporate bonds"). */
const WORTH_OF_WINDOW = 10;

/** Words between a noun and the amount after it ("profits at Elon Musk's electric car company soared to $3.3bn"). */
const AMOUNT_WINDOW = 10;

/**
 * The index terms of one whitespace-separated word of a sentence ("jobs," → ["job"]). The same words recur in every
 * sentence {@link countsNear} reads, so they are remembered (a bounded memo; the lists returned are shared).
 */
const wordTerms: (word: string) => readonly string[] = boundedMemo(50_000, termsOf);

/**
 * Whether a sentence gives a number of the thing counted: a number within a few words of the counted noun (or a word
 * for it): "164 people", "two million subscribers", "200,000 fewer subscribers", "profit of $3.3bn".
 */
export function countsNear(text: string, counted: string, number: { test(token: string): boolean } = NUMBER): boolean {
  const tokens = text.replace(RANK, ' ').replace(LABEL_NUMBER, '$1-$2').split(/\s+/);
  return tokens.some((token, i) => {
    if (!countedIn(wordTerms(token), counted) && !(counted === PEOPLE && MEMBERS_OF.test(token))) return false;
    // "164 people", "the loss of 474 jobs"; or an amount after its noun: "profit of $3.3bn", "revenue rose to $1bn".
    // A number before the noun counts it only within its phrase: in "4,000 vehicles, including Porsches and
    // Lamborghinis" it counts the vehicles. An amount after it is in the same sentence.
    const before = tokens.slice(Math.max(0, i - COUNT_WINDOW), i);
    const cut = before.findLastIndex((t) => CLAUSE_END.test(t));
    const after = tokens.slice(i, i + AMOUNT_WINDOW + 1);
    const end = after.findIndex((t) => SENTENCE_END.test(t));
    // A number joined to a word describes ("the 91-year-old investor", "10-year yields"): it counts that word
    // ("a 10-day exercise" counts days), not the noun after it.
    const counts = (t: string) =>
      number.test(t) &&
      !NUMBERED_NAME.test(t) &&
      (!COMPOUND_MODIFIER.test(t) || relatedIn(wordTerms(t.slice(t.indexOf('-') + 1)), counted));
    // After the noun, an amount ("profit of $3.3bn"), not a date ("on March 22, 2022", "in 1984") nor a vague word
    // that counts something else ("executives from several of the companies").
    // Nor a number with its own unit ("troops …, moving units nearly 6,000 miles" counts miles).
    const amount = (t: string, k: number, all: readonly string[]) =>
      counts(t) &&
      !/^\(?(?:19|20)\d\d\b/.test(t) &&
      !MONTH_BEFORE_DAY.test(all[k - 1] ?? '') &&
      // Nor a day before its month ("the three months to 1 January").
      !(/^\d{1,2}(?:st|nd|rd|th)?$/.test(t) && MONTH_ALONE.test((all[k + 1] ?? '').replace(/[,;:]$/, ''))) &&
      !VAGUE_COUNT.test(t) &&
      // A number joined to its unit ("10-day") is read by `counts`; one in words has its unit too ("two weeks").
      !(
        !/\d-\p{L}/u.test(t) &&
        MEASURE.test(`${t} ${all[k + 1] ?? ''}`) &&
        !relatedIn(wordTerms(all[k + 1] ?? ''), counted)
      );
    // Nor a bare number right after the noun: a model's number ("the iPhone 13", "Boeing 737"), not an amount.
    const model = (t: string, k: number) => k === 1 && /^\d{1,4}[,;:]?$/.test(t);
    const tail = after.slice(0, end < 0 ? undefined : end + 1).map((t, k) => (model(t, k) ? '' : t));
    // A number before the noun counts it unless a verb's "to" comes between ("it's one thing to steal aircraft");
    // not a range's "to" ("10 to 15 aircraft") nor one before a name or a determiner ("exposure to Russian debt").
    const phrase = before.slice(cut + 1);
    const infinitive = (words: readonly string[]) =>
      words.some((w, k) => {
        const next = words[k + 1] ?? '';
        return w.toLowerCase() === 'to' && /^\p{Ll}/u.test(next) && !NUMBER.test(next) && !DETERMINER.test(next);
      });
    // Nor one with its own unit, words before the noun: "Two years after sending employees home" counts years (but
    // "45 days' notice" tells the notice in days).
    const ownUnit = (j: number) =>
      j + 2 < phrase.length &&
      !/\d-\p{L}/u.test(phrase[j] ?? '') &&
      MEASURE.test(`${phrase[j]} ${phrase[j + 1]}`) &&
      !relatedIn(wordTerms(phrase[j + 1] ?? ''), counted);
    if (phrase.some((t, j) => counts(t) && !infinitive(phrase.slice(j + 1)) && !ownUnit(j)) || tail.some(amount))
      return true;
    // Or a sum "worth of" it, a longer phrase: "$1.14 billion worth of Russia government international bonds".
    const wide = tokens.slice(Math.max(0, i - WORTH_OF_WINDOW), i);
    const worth = wide.findLastIndex((t, j) => /^worth$/i.test(t) && /^of$/i.test(wide[j + 1] ?? ''));
    if (
      worth > 0 &&
      !wide.slice(worth).some((t) => CLAUSE_END.test(t)) &&
      wide.slice(Math.max(0, worth - 2), worth).some((t) => counts(t))
    ) {
      return true;
    }
    // Or it closes a list the number opens: "3,000 engineers, conductors and yard workers" counts the workers too;
    // not one introduced as part of the whole ("4,000 vehicles, including Porsches and Lamborghinis").
    const back = tokens.slice(Math.max(0, i - LIST_COUNT_WINDOW), i);
    const opening = back.findLastIndex(counts);
    if (opening >= 0) {
      const between = back.slice(opening + 1);
      if (
        between.some((t) => t.endsWith(',')) &&
        /^(?:and|or)$/.test(between.at(-1) ?? '') !== /^(?:and|or)$/.test(between.at(-2) ?? '') &&
        !between.some((t) => SENTENCE_END.test(t) || /^(?:including|such|like|among|from|of|with)$/i.test(t))
      ) {
        return true;
      }
    }
    // Or it names each of them, and counting the names is the answer ("the airfields of Baranovichi, Luninets, Lida
    // and Machulishchi", "Brest, Gozhsky and Osipovichsky training grounds"). The noun is a common one: a name in a
    // list ("Porsches, Audis and Lamborghinis") or a list in a name ("the Senate Banking, Housing and Urban Affairs
    // Committee") is no list of it.
    return (
      /^["“‘(]*\p{Ll}/u.test(token) &&
      (LIST_AFTER.test(tokens.slice(i + 1, i + 1 + LIST_WINDOW).join(' ')) ||
        LIST_BEFORE.test(tokens.slice(Math.max(0, i - LIST_WINDOW), i).join(' ')))
    );
  });
}

/** A month's name before a day ("March 22,"), or its short form. */
const MONTH_BEFORE_DAY = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$/i;

/** A word that is a month's name, whole or cut short ("January", "Jan.", "Sept"). */
const MONTH_ALONE = new RegExp(String.raw`^${MONTH_WORD}$`, 'i');

/** Words of quantity too vague to be an amount after a noun. */
const VAGUE_COUNT = /^(?:several|few|many|some|half|quarter|third|dozens|hundreds|thousands|millions)\b/i;

/** A word between a list of names and the noun it counts ("training" grounds), not a function word ("as"). */
const DESCRIBING = String.raw`(?!(?:as|of|and|or|the|a|an|in|at|to|for|with|by|from|on|while|when|after|before)\b)\p{Ll}+`;

/** A name in a list: capitalised words, maybe hyphenated or in quotation marks ("Obuz-Lesnovsky", "“Brest"). */
const LISTED = String.raw`["“]?\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)*`;

/** Three or more names, or two with "and" or "or", right after the counted noun (after "of", "including", ":"). */
const LIST_AFTER = new RegExp(
  String.raw`^(?:(?:of|in|at|including|such as|are|were|namely)\s+)?${LISTED}(?:,\s+${LISTED})*,?\s+(?:and|or)\s+${LISTED}|^(?:(?:of|in|at|including|such as|are|were|namely)\s+)?${LISTED}(?:,\s+${LISTED}){2,}`,
  'u',
);

/** The same list right before the noun ("Brest, Gozhsky and Osipovichsky training grounds"). */
const LIST_BEFORE = new RegExp(
  String.raw`${LISTED}(?:,\s+${LISTED})*,?\s+(?:and|or)\s+${LISTED}(?:\s+${DESCRIBING})?$|${LISTED}(?:,\s+${LISTED}){2,}(?:\s+${DESCRIBING})?$`,
  'u',
);

/** Words read either side of the counted noun for a list of names. */
const LIST_WINDOW = 14;

/** A number that is neither a share nor a year: "5.6 million", "433", not "20%" or "2021". */
const PLAIN_NUMBER = {
  test: (token: string) => !token.includes('%') && !/^(?:19|20)\d\d\W*$/.test(token) && NUMBER.test(token),
};

/**
 * Whether a sentence counts the thing itself, not a change in it: a number that is no percentage within the phrase
 * of the counted noun ("5.6 million containers", not "a 20% increase in containers").
 */
export function countsItself(text: string, counted: string): boolean {
  return countsNear(text, counted, PLAIN_NUMBER);
}

const DAY_OR_MONTH =
  /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)\b/gi;

const REPORTED_ON =
  /\b(?:said|says|reported|told|announced|added|wrote|stated|warned|tweeted)\s+(?:on\s+|late\s+|early\s+|last\s+)?$/i;

/** Whether every day or month a sentence names follows a verb of saying ("said Thursday"). */
export function onlyReportingDates(text: string): boolean {
  const found = [...text.matchAll(DAY_OR_MONTH)];
  if (found.length === 0 || /\b\d{1,2}\b|\b(?:19|20)\d\d\b/.test(text)) return false;
  return found.every((m) => REPORTED_ON.test(text.slice(Math.max(0, (m.index ?? 0) - 30), m.index)));
}

/** The day a statement was made, after its verb ("said Monday", "reported late on Tuesday"). */
const REPORTING_DAY =
  /\b(?:said|says|reported|told|announced|added|wrote|stated|warned|tweeted|confirmed)\s+(?:on\s+|late\s+|early\s+|last\s+)*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday)\b/gi;

/** A time said relative to now or to another event: "last week", "two weeks after", "since the war began". */
const RELATIVE_TIME =
  /\b(?:today|tonight|yesterday|tomorrow|ago|now|currently|soon|recently|immediately|earlier|later|shortly|once)\b|\b(?:next|last|this|past|coming|previous|following)\s+(?:\w+\s+)?(?:days?|weeks?|weekends?|months?|years?|quarters?|season|spring|summer|autumn|fall|winter|morning|evening|night|decade)\b|\b(?:after|before|since|until|till|during|following|amid|when|while)\b/i;

/**
 * Does the sentence tell a time: a date, a weekday, a month, a year, a deadline, or a time told from now or from
 * another event ("last week", "two weeks after it caught fire")? Not the day a statement was made ("…, TASS
 * reported Wednesday").
 */
export function tellsTime(snippet: string): boolean {
  const text = snippet.replace(REPORTING_DAY, ' ');
  return (
    /\b(19|20)\d\d\b|\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b/i.test(text) ||
    CALENDAR_DATE.test(text) ||
    MONTH_NAME.test(text) ||
    WITHIN_TIME.test(text) ||
    DEADLINE.test(text) ||
    RELATIVE_TIME.test(text)
  );
}

/** A text without its years ("in 1991", "the 2022 season"): a year is when, never how many. */
/** The text without its spans of time, whose numbers give no figure but a length ("over the next two to four weeks"). */
export function withoutSpans(text: string): string {
  return text.replace(SPAN_OF_TIME, ' ');
}

/** Does the text give a span of time by a number ("two to four weeks", "10 days")? */
export function tellsSpanOfTime(text: string): boolean {
  return text.search(SPAN_OF_TIME) >= 0;
}

/** "Two to four weeks", "10 days", "a few months": a span of time, told by a number that is no figure asked. */
const SPAN_OF_TIME =
  /\b(?:[\d,.]+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several)(?:\s*(?:to|or|-|–)\s*(?:[\d,.]+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))?[\s-]+(?:days?|weeks?|months?|years?|hours?|minutes?)\b/gi;

/** A distance written with its unit ("700 kilometers", "74.5 miles", "300ft") or in words ("a mile"). */
export const DISTANCE =
  /\b\d[\d,.]*\s*(?:-\s*)?(?:km|kms|kilomet(?:re|er)s?|(?:nautical )?miles?|met(?:re|er)s?|feet|foot|ft|inch(?:es)?|cm|yards?)\b|\b(?:a|one) (?:mile|kilomet(?:re|er)|met(?:re|er))\b/i;

/** A rank ("the No. 1 stock", "No 2 official"): an order, which counts nothing. */
const RANK = /\bNo\.? ?\d+\b/g;

export function withoutYears(text: string): string {
  return (
    text
      .replace(/\b(1[89]|20)\d\d\b(?![,.]?\d|\s*(%|percent|per cent))/g, ' ')
      // A number in a name ("COVID-19", "F-35", "G-20") counts nothing either.
      .replace(/\b\p{Lu}[\p{L}]*-\d+\b/gu, ' ')
      // Nor a rank ("his No. 1 stock"), which orders things without counting them.
      .replace(RANK, ' ')
  );
}

/** A sum of money: a currency sign or code beside a number, a currency named, or "a seven-figure sum". */
export const MONEY =
  /[$£€¥]\s?\d|\d\s?(?:USD|EUR|GBP)\b|\b(?:USD|EUR|GBP)\s?\d|\b(?:dollars?|pounds?|euros?|yen|yuan|roubles?|rubles?|pence|cents?)\b|\b(?:six|seven|eight|nine|\d)[\s-]figures?\b/i;

/**
 * A number in figures or words, or one unit of money ("for less than a dollar"). A large number capitalised in a
 * sentence names more often than it counts ("Million Dollar Listing", "Thousand Oaks"); in a headline in capitals it
 * counts.
 */
export const NUMBER =
  /\d|\b[Aa] (?:dollar|penny|cent|pound|euro)\b|\b(?:[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]even|[Ee]ight|[Nn]ine|[Tt]en|[Ee]leven|[Tt]welve|[Dd]ozens?|[Hh]alf|[Qq]uarter|[Tt]hird|[Ff]ew|[Ss]everal|hundreds?|thousands?|millions?|billions?)\b|\b(?:ONE|TWO|THREE|FOUR|FIVE|SIX|SEVEN|EIGHT|NINE|TEN|HUNDREDS?|THOUSANDS?|MILLIONS?|BILLIONS?)\b/;

/**
 * Words news uses for the same thing as a question's verb or noun, beyond the index's synonyms (which must stay
 * tight for search): jobs are "cut" or "lost"; subscribers are "lost" as "fewer"; people are "staff".
 */
const RELATED: ReadonlyMap<string, readonly string[]> = new Map(
  (
    [
      ['cut', ['loss', 'lose', 'elimin', 'shed', 'layoff', 'lower']],
      ['lose', ['loss', 'fewer', 'fall', 'cut', 'shed']],
      ['add', ['gain', 'rise', 'more', 'grew', 'grow']],
      // What shrank or slid fell too ("reserves shrinking by more than 16%").
      ['fall', ['lose', 'loss', 'lower', 'down', 'shrink', 'slide']],
      // Value or staff "shed" is lost; what "dipped" fell (the index reads "dropped" and "declined" as "fall").
      ['shed', ['lose', 'loss', 'cut', 'fall', 'fewer']],
      // Whoever "steps down" (read as resigning) may be told retiring or leaving the post.
      ['resign', ['retir', 'quit', 'depart']],
      // A penalty is told as a fine, or the sum someone was fined.
      ['penalti', ['fine', 'sanction']],
      // A "payout" to shareholders is a dividend, or shares or cash distributed.
      ['payout', ['dividend', 'distribut', 'payment']],
      // Whoever "complains" about something is told saying it (the index reads "said" as "sai").
      ['complain', ['sai']],
      ['dip', ['fall', 'lower']],
      // A share that "popped" jumped.
      ['pop', ['rise']],
      // What "keeps growing" is "increasing" (read as rising) or "expanding".
      ['grow', ['rise', 'expand', 'swell']],
      ['rise', ['gain', 'higher', 'up']],
      ['gain', ['rise', 'higher', 'up', 'ralli', 'advanc']],
      // People are counted by what they are: residents, victims, passengers, crew, sailors, soldiers, a trial's
      // participants.
      [
        'peopl',
        [
          'person',
          'resid',
          'victim',
          'individu',
          'passeng',
          'crew',
          'sailor',
          'soldier',
          'member',
          'particip',
          'volunt',
        ],
      ],
      // The "odds" of something are its probability or chance.
      // A firm "leaving" a country exits or withdraws; whoever "lobbied" someone urged, asked or pressed them.
      // Whether someone is leaving is told too by their saying they will remain or stay.
      ['leav', ['exit', 'withdraw', 'depart', 'remain', 'stai']],
      ['lobbi', ['urg', 'ask', 'press', 'push']],
      ['odd', ['probabl', 'chanc', 'likelihood']],
      // A reason given is the purpose or aim of something.
      ['reason', ['purpos', 'aim', 'goal', 'intend', 'intent']],
      // What is "prepped" is prepared; to "proceed" is to begin or go on.
      ['prep', ['prepar']],
      ['proce', ['begin', 'continu', 'launch']],
      // What is "decided" is a "decision".
      ['decid', ['decis']],
      // Whom someone is "married" to is their husband, wife or spouse.
      ['marri', ['husband', 'wife', 'spous', 'wed']],
      // Whether a request was "granted" is told as well by its being denied or rejected.
      ['grant', ['deni', 'reject', 'approv']],
      // What is "picked" is chosen, selected or, from bids, awarded.
      ['pick', ['choos', 'select', 'award']],
      ['choos', ['pick', 'select']],
      ['select', ['pick', 'choos']],
      ['decis', ['decid']],
      // Industries are sectors; a figure that "changed" rose or fell.
      ['industri', ['sector']],
      ['sector', ['industri']],
      ['chang', ['rise', 'fall', 'up', 'down', 'slip', 'drop', 'gain', 'lose', 'increas', 'declin', 'grew', 'grow']],
      // A disease that is "transmissible" is contagious or infectious.
      ['transmiss', ['contagi', 'infecti', 'spread']],
      // A supply "crunch" is a shortage or a constraint; what "lets up" eases or is alleviated.
      ['crunch', ['shortag', 'constraint', 'squeez', 'crisi', 'suppli']],
      // Fuel for cars is "gas" in American news and "petrol" in British.
      ['gasolin', ['ga', 'petrol']],
      ['petrol', ['ga', 'gasolin']],
      // What is "hunted" for is searched for or sought; what is foreign comes from "overseas" or "abroad".
      ['hunt', ['search', 'seek']],
      ['foreign', ['oversea', 'abroad']],
      ['oversea', ['foreign', 'abroad']],
      // Money put into a country or a firm is its "capital" or "investment"; money "raised" for a cause, collected.
      ['monei', ['capit', 'invest']],
      ['rais', ['collect']],
      // A buyer that "approached" a company "reached out" to it or made it an offer; what is "alleged" is an
      // accusation or a claim.
      ['approach', ['reach', 'contact', 'offer', 'bid']],
      ['alleg', ['accus', 'claim', 'protest', 'charg']],
      // An investigation is an "inquiry" or a "probe"; a bill's sponsors "introduced" or "authored" it; what
      // economists "forecast" they "expect", "predict" or "estimate"; whom someone "phoned" they "called".
      ['investig', ['inquiri', 'probe', 'review']],
      ['inquiri', ['investig', 'probe']],
      ['probe', ['investig', 'inquiri']],
      ['sponsor', ['introduc', 'author', 'back', 'sponsorship']],
      ['forecast', ['expect', 'predict', 'estim', 'project']],
      // Whom someone "praised" they applauded, hailed, commended or welcomed.
      ['prais', ['applaud', 'hail', 'commend', 'welcom']],
      // A company's "parent" owns it: "P&O Ferries is owned by DP World", "P&O's owners".
      ['parent', ['own', 'owner']],
      // Who "flagged" a risk warned of it or raised concerns about it.
      ['flag', ['warn', 'concern', 'caution']],
      // What a company "expects" for a quarter it "anticipates", forecasts or gives as guidance.
      ['expect', ['anticip', 'forecast', 'guidanc', 'outlook']],
      ['phone', ['call']],
      // What is "released" is issued, launched or published; a sponsor's role is its "sponsorship".
      ['releas', ['issu', 'launch', 'unveil', 'publish']],
      ['launch', ['releas', 'unveil', 'introduc', 'roll']],
      // A "lucrative" bet is a profitable one; a "total" is the "overall" figure.
      ['lucr', ['profit']],
      ['total', ['overal']],
      ['shortag', ['constraint', 'crunch', 'squeez']],
      ['eas', ['allevi', 'improv', 'less']],
      // A company's revenue is its sales or turnover.
      ['revenu', ['sale', 'turnov']],
      // A quarter's figure is the "quarterly" one, and the other way round: "the monthly price" is "$6 a month" (the
      // stemmer keeps "-ly" apart).
      ['quarter', ['quarterli']],
      ['quarterli', ['quarter']],
      ['monthli', ['month']],
      ['weekli', ['week']],
      ['daili', ['dai']],
      // ("Yearly" is read as "annually" by the index.)
      ['annual', ['year']],
      // What a company owes is its debt or its liabilities.
      ['debt', ['liabil', 'borrow']],
      // Rats and mice are rodents.
      ['rat', ['rodent']],
      ['mous', ['rodent']],
      // Officials are officers.
      ['offici', ['offic', 'officer']],
      ['officer', ['offici']],
      // What someone is "called" is what they are labelled or described as.
      ['call', ['label', 'describ', 'dub', 'brand', 'term']],
      // What a company is "valued" at is its valuation; profit "booked" is reported or recorded.
      ['worth', ['valu', 'valuat']],
      ['valuat', ['valu']],
      // Ships "booked" are "chartered" or reserved.
      ['book', ['report', 'record', 'post', 'charter', 'reserv']],
      // A "minimum" wage is its floor; what is "hourly" is paid per hour; a company's "division" is a business or unit.
      ['minimum', ['floor', 'lowest']],
      ['hourli', ['hour']],
      ['divis', ['busi', 'unit', 'segment', 'arm']],
      // A "ride" is a journey or trip; a "weight" in an index is its share of it.
      ['ride', ['journei', 'trip']],
      ['weight', ['percent', 'share']],
      // Patients are people treated ("about 50 people a year who have HIV").
      ['patient', ['peopl', 'person', 'case']],
      // Who got "hurt" was "injured" or "wounded".
      ['hurt', ['injur', 'wound']],
      ['job', ['staff', 'worker', 'employe', 'post', 'role', 'peopl', 'layoff']],
      // Money "made" is earned, or a fund's "gain" or "return".
      [
        'make',
        [
          'earn',
          'profit',
          'revenu',
          'gain',
          'return',
          'notch',
          'pocket',
          'reap',
          'net',
          'bring',
          'generate',
          'haul',
          'rais',
          // Things "made" are built or produced.
          'build',
          'produc',
        ],
      ],
      // Goods produced are made or manufactured.
      ['produc', ['make', 'manufactur', 'build']],
      ['build', ['make', 'produc', 'manufactur', 'construct']],
      // Cases are "logged", "recorded" or "reported".
      ['log', ['record', 'report', 'regist']],
      ['record', ['log', 'report', 'regist']],
      // Rules "kick in", "take effect", "start" (the index reads "start" as "begin").
      // Who "started" a company founded it.
      ['begin', ['effect', 'launch', 'founder']],
      // Incidents are counted as "cases" or "episodes".
      ['incid', ['case', 'episod', 'event']],
      // Troops are sent as they are deployed; someone sent to another country to stand trial is extradited.
      ['send', ['deploi', 'dispatch', 'move', 'mass', 'pour', 'station', 'extradit']],
      ['arriv', ['reach', 'enter', 'land']],
      // Where someone is going: a "trip", a "visit", to "travel" or "head" somewhere.
      ['go', ['travel', 'visit', 'trip', 'head', 'fly', 'move']],
      ['head', ['travel', 'go', 'visit', 'trip', 'fly']],
      // Who works somewhere: "workers" are counted as "employees", "staff" or "jobs".
      ['worker', ['employe', 'staff', 'job', 'crew', 'peopl']],
      ['employe', ['worker', 'staff', 'job', 'crew', 'peopl']],
      ['staff', ['worker', 'employe', 'job', 'crew']],
      // Those a company employs are its employees or staff.
      ['emploi', ['employe', 'staff', 'worker']],
      // What is owed is paid; output is production, made fast or quickly; to ramp up is to raise.
      ['ow', ['pai']],
      ['output', ['product', 'produc']],
      // Oil "pumped" is output or production; what lands "falls" ("fell into the sea").
      ['pump', ['output', 'product', 'produc']],
      ['land', ['fall', 'splash', 'crash']],
      // Food prices at the supermarket are grocery prices.
      ['food', ['groceri']],
      ['supermarket', ['groceri']],
      ['fast', ['quick', 'quickli', 'overnight']],
      // Who leads something: a business is "run", "led", "headed" or "helmed".
      ['run', ['lead', 'led', 'head', 'helm', 'manag', 'chair', 'overse', 'oper', 'rein']],
      ['lead', ['run', 'head', 'helm', 'manag', 'chair']],
      // A "deal" is an "agreement", "accord" or "pact", or the acquisition or merger it agrees; the "navy" holds "naval" drills.
      ['deal', ['agreement', 'accord', 'pact', 'bui', 'merger', 'transact']],
      // Talks are a "conversation", a "dialogue" or "negotiations".
      // A rule "repealed" is rescinded or revoked.
      ['repeal', ['rescind', 'revok', 'scrap', 'end', 'lift']],
      // What a company charges is what a thing costs.
      ['charg', ['cost', 'price', 'fee']],
      ['cost', ['price', 'fee', 'charg']],
      // Whoever must testify sits for testimony or a deposition.
      ['testifi', ['testimoni', 'deposit']],
      // How hot it was is told by the temperature, in degrees, or the heat.
      ['hot', ['temperatur', 'degre', 'heat']],
      ['cold', ['temperatur', 'degre', 'freez']],
      // A lawyer is an attorney or counsel.
      ['lawyer', ['attornei', 'counsel']],
      ['attornei', ['lawyer', 'counsel']],
      // A "spy" chief heads an intelligence or security service.
      ['spi', ['intellig', 'espionag', 'secur']],
      // A hashtag is told by its "mentions" on social media or by its trending.
      ['hashtag', ['mention', 'social', 'trend', 'tweet']],
      // An audience is counted as viewers, viewership, readers or listeners.
      ['audienc', ['viewer', 'viewership', 'reader', 'listen']],
      ['viewership', ['viewer', 'audienc']],
      // A "site" is a facility, plant, factory or location.
      ['site', ['facil', 'plant', 'factori', 'locat']],
      // What someone is "trying" to do they hope, seek or aim to do.
      ['tri', ['hope', 'seek', 'aim', 'attempt']],
      // What is scrapped or ditched is removed, abandoned, lifted or ended.
      ['scrap', ['remov', 'ditch', 'abandon', 'end', 'lift', 'axe', 'drop']],
      ['ditch', ['scrap', 'remov', 'abandon', 'end', 'exit', 'drop']],
      // Leaders who "talked" on the phone had a call; a "talk" someone gave is a speech or their remarks.
      ['talk', ['convers', 'dialogu', 'negoti', 'meet', 'call', 'spoke', 'speak', 'speech', 'remark']],
      ['navi', ['naval']],
      // A border is "secured" by "protecting" it, in "steps" news calls "measures"; what is "routine" is held
      // "regularly"; security is "threatened" or "undermined".
      ['secur', ['protect', 'defend', 'strengthen']],
      // Experts quoted in news are its analysts.
      ['expert', ['analyst', 'specialist']],
      // Military units for an assault are strike groups or battalions.
      ['assault', ['strike', 'attack', 'offens']],
      ['unit', ['group', 'battalion', 'brigad', 'forc']],
      ['step', ['measur', 'action']],
      ['task', ['measur', 'mission', 'duti']],
      ['routin', ['regular', 'regularli', 'usual']],
      ['threaten', ['undermin', 'endang', 'threat']],
      ['threat', ['threaten']],
      // Troops "sitting" on a border are "stationed", "massed" or "deployed" there.
      ['sit', ['station', 'mass', 'amass', 'deploi', 'gather', 'park']],
      // Forces are "gathered", "assembled" or "amassed".
      ['gather', ['assembl', 'amass', 'mass', 'build', 'buildup', 'concentr', 'collect']],
      ['mass', ['amass', 'assembl', 'gather', 'station', 'deploi', 'buildup', 'concentr']],
      // Factories are "shut", "closed", "halted" or "suspended"; a price is "paid" or a thing "bought".
      ['close', ['suspend', 'stoppag', 'idl', 'block', 'blockad', 'blockag', 'shutter', 'shut']],
      // To respond is to give a response (the noun's index term differs from the verb's).
      ['respond', ['respons', 'repli']],
      ['respons', ['respond', 'repli']],
      // Stores or plants "shuttered" or "shut" are closed.
      ['shutter', ['close', 'shut']],
      ['shut', ['close', 'shutter']],
      ['suspend', ['close', 'end']],
      ['factori', ['plant']],
      // Military "hardware" is equipment or weapons; a commander is a chief or a general ("Gen.").
      ['hardwar', ['equip', 'weapon', 'weaponri', 'gear']],
      ['command', ['chief', 'gener', 'gen']],
      // What is "possible" is "potential"; what "shrinks" decreases.
      ['possibl', ['potenti']],
      ['potenti', ['possibl']],
      ['shrink', ['decreas', 'declin', 'narrow', 'fall', 'contract']],
      // A "paycheck" is wages or earnings; what is "promised" is pledged, committed or vowed.
      ['paycheck', ['wage', 'earn', 'salari', 'pai']],
      ['promis', ['pledg', 'commit', 'vow']],
      // Those who "rebel" defy or revolt; a Tory is a Conservative.
      ['rebel', ['defi', 'revolt', 'oppos']],
      ['defi', ['rebel', 'revolt']],
      ['tori', ['conserv']],
      // The GOP is the Republican party.
      ['republican', ['gop']],
      ['gop', ['republican']],
      // What someone "claimed" they said, told or asserted.
      ['claim', ['sai', 'told', 'assert', 'argu', 'insist']],
      // What someone "wrote to" others is in a letter to them.
      ['write', ['letter']],
      ['pledg', ['promis', 'commit', 'vow']],
      // An estimate is an assessment; those who join or are involved "take part" or participate.
      ['estim', ['assess']],
      // What someone "predicts" they estimate, forecast, expect or project.
      ['predict', ['estim', 'forecast', 'expect', 'project', 'potenti']],
      ['assess', ['estim']],
      ['involv', ['particip', 'part']],
      ['join', ['particip', 'part']],
      ['particip', ['involv', 'part', 'join']],
      // Troops train on "ranges", which news calls "training grounds".
      ['rang', ['ground']],
      // A retailer's "shops" are its "stores", "outlets" or, for a fashion house, "boutiques".
      ['shop', ['store', 'outlet', 'boutiqu']],
      ['store', ['shop', 'outlet', 'boutiqu']],
      // The "jobless" rate is the unemployment rate; "urban" is of the cities.
      ['jobless', ['unemploi']],
      ['unemploi', ['jobless']],
      ['urban', ['city']],
      // Money "demanded" in a suit is money sought.
      ['demand', ['seek', 'ask', 'want']],
      // A chain's gyms are its "clubs" or "locations".
      ['gym', ['club', 'locat']],
      ['plant', ['factori']],
      ['pai', ['bui', 'spent', 'spend']],
      ['spend', ['bui', 'pai', 'spent', 'invest']],
      // What a country buys, it imports; what someone bought, another sold ("the sale of its assets to Silvergate").
      // What someone must pay back, they repay or return.
      ['bui', ['import', 'sell', 'sale', 'scoop']],
      ['repai', ['return', 'refund', 'disgorg', 'forfeit']],
      // Something ends, finishes or wraps up.
      ['wrap', ['end', 'finish', 'conclud', 'close', 'complet']],
      ['complet', ['close', 'finish', 'end']],
      ['finish', ['end', 'conclud', 'complet']],
      // A deal "ends" (chat: "wraps up") when it closes or completes.
      ['end', ['close', 'complet', 'finish', 'conclud']],
      ['conclud', ['end', 'finish', 'complet', 'wrap']],
      // Military "gear" is "equipment", "hardware" or "weapons".
      ['gear', ['equip', 'hardwar', 'weapon']],
      // Weapons are named by kind: missiles, jets, tanks, air defence systems.
      ['weapon', ['missil', 'jet', 'tank', 'weaponri', 'arm', 'rocket', 'artilleri']],
      // Troops are "brought", "poured", "sent" or "moved"; pictures "show" or "reveal".
      ['bring', ['pour', 'send', 'move', 'deploi', 'transfer', 'ship']],
      ['photograph', ['imag', 'photo', 'pictur']],
      // "Imagery" is images (the stemmer keeps the two apart); a "firm" is a company.
      ['imageri', ['imag', 'photo', 'pictur', 'photograph']],
      ['firm', ['compani', 'enterpris']],
      ['compani', ['firm', 'enterpris']],
      ['imag', ['photograph', 'photo', 'pictur']],
      ['reveal', ['show']],
      ['show', ['reveal']],
      ['frontier', ['border']],
      ['fine', ['penalti', 'pai']],
      // Who holds a post "for now" holds it on an interim basis, temporarily or as its acting head.
      ['interim', ['temporarili', 'temporari', 'act']],
      // A "kid" is a child; what was "dug up" was unearthed, excavated or found; reserves "tapped" are released.
      ['kid', ['child']],
      ['dig', ['unearth', 'excav', 'discov', 'find']],
      ['tap', ['releas', 'draw']],
      // Someone "killed" was murdered, slain or shot dead; a "teenager" is a teen.
      ['kill', ['murder', 'slain', 'slai', 'shot']],
      ['murder', ['kill', 'slain', 'slai']],
      ['teenag', ['teen']],
      ['teen', ['teenag']],
      // A jury "convicts": finds guilty, a verdict; a "ban" bars or prohibits.
      ['convict', ['guilti', 'verdict']],
      // Whether a side "won" a vote is told by how the voters voted.
      ['win', ['vote']],
      ['ban', ['bar', 'prohibit', 'outlaw']],
      ['prohibit', ['ban', 'bar', 'outlaw']],
      // What is "set up" (read as established) may be "imposed" or "created".
      ['establish', ['impos', 'creat', 'launch']],
      // Whether troops "remain" or "stay" is told by whether they will "leave".
      ['remain', ['stai', 'leav']],
      ['stai', ['remain', 'leav']],
      // Someone who "flew into" a place "arrived" there (the index reads fly, flew, flight as one term).
      ['flight', ['arriv']],
      // Countries' "relationship" is told as what they are to each other: allies, partners.
      ['relationship', ['alli', 'partner', 'partnership']],
      // A court "lets" a rule take effect: it allows or permits it.
      ['let', ['allow', 'permit']],
      // Someone expelled ("kicked out") is discharged, dismissed, removed or ousted.
      ['expel', ['discharg', 'dismiss', 'remov', 'oust', 'separ']],
      // A city "locked down" is under a "lockdown", one word.
      ['lock', ['lockdown']],
      // Who "agrees" to a demand "commits" to it, "accepts" or "consents" to it.
      ['agre', ['commit', 'accept', 'consent', 'decid']],
      // A company's "stock" is its "shares".
      ['stock', ['share']],
      ['share', ['stock']],
      // Terms are "negotiated", "hammered out" or reached in "talks".
      ['negoti', ['talk', 'hammer', 'agre', 'deal']],
      // Whom someone will "see" on a "trip" they are "due" to make: a meeting, a visit, travel.
      ['see', ['meet', 'visit']],
      ['schedul', ['due', 'plan', 'expect', 'set']],
      ['trip', ['travel', 'visit', 'tour']],
      ['travel', ['move', 'trip', 'journei', 'fly', 'drive', 'arriv', 'visit']],
      // A vote is counted in "ballots", and told by what it did: a bill "passed", a deal "approved" or "rejected".
      ['vote', ['ballot', 'pass', 'approv', 'reject', 'oppos']],
      // An offer rejected is "rebuffed", "spurned" or "turned down".
      ['reject', ['rebuf', 'spurn', 'refus']],
      // What is said "going forward" is said "looking ahead", of the outlook.
      ['forward', ['ahead', 'outlook']],
      // A fund "oversees" what it manages; who "asked for" something requested it.
      ['overse', ['manag']],
      ['ask', ['request']],
      // What was found was "discovered", "uncovered" or "identified".
      ['find', ['discov', 'uncov', 'identifi']],
      ['ballot', ['vote']],
      // What something is for: its "purpose", "aim" or "goal".
      ['purpos', ['aim', 'goal', 'intend', 'object']],
      // What something is "meant to" do, it is "intended", "aimed" or "designed" to do.
      ['meant', ['intend', 'aim', 'purpos', 'design']],
      ['aim', ['purpos', 'goal', 'intend', 'object', 'target']],
      ['goal', ['purpos', 'aim', 'intend', 'object', 'score']],
      ['score', ['goal']],
      // Size compared: "bigger" is also "larger" or "greater".
      // Drills "scaled up" are bigger.
      ['bigger', ['larger', 'greater', 'scale']],
      ['larger', ['bigger', 'greater']],
      ['largest', ['biggest', 'greatest']],
      ['biggest', ['largest', 'greatest']],
      // A prison is a "jail" or a "detention" centre (the index reads "detention" as "arrest"); a bombing, a "strike".
      ['prison', ['jail', 'arrest']],
      ['jail', ['prison', 'arrest', 'sentenc', 'imprison']],
      // A crash is a collision or an accident.
      ['crash', ['collis', 'accid']],
      ['bomb', ['strike', 'airstrik', 'shell']],
      // Who pays for a service: "members", "subscribers", "customers", "users".
      // Or, of a body, the people in it: a House's "lawmakers", a company's "staff", a ship's "crew".
      ['member', ['subscrib', 'custom', 'user', 'lawmak', 'legisl', 'staff', 'crew', 'worker', 'employe']],
      ['crew', ['staff', 'worker', 'employe', 'seafar', 'sailor']],
      ['subscrib', ['member', 'custom', 'user']],
      ['custom', ['subscrib', 'member', 'user', 'client']],
      // An air base is an "airfield".
      ['airbas', ['airfield', 'base']],
      ['base', ['airfield', 'airbas']],
      // What is blocked is under a "blockage" or a "blockade".
      ['block', ['blockag', 'blockad']],
      // Troops "withdraw", "pull out" or "leave".
      ['withdraw', ['leav', 'exit', 'pull']],
      // Who is "uneasy" or "nervous" has "concerns" or "fears"; what is done "anywhere else" is done "outside".
      ['uneasi', ['concern', 'fear', 'alarm']],
      ['nervou', ['concern', 'fear', 'alarm']],
      ['besid', ['outsid', 'elsewher']],
      ['els', ['outsid', 'elsewher']],
      // Someone's "guess" is their "estimate".
      ['guess', ['estim', 'reckon']],
      // A weekend is told by its days ("from Friday through Sunday").
      ['weekend', ['saturdai', 'sundai']],
      // A "budget" is what is to be spent: "defense budget", "defense spending".
      ['budget', ['spend']],
      // "Crypto" is cryptocurrency.
      ['crypto', ['cryptocurr']],
      ['cryptocurr', ['crypto']],
      // A takeover "bid" is an "offer" or a "proposal".
      ['bid', ['offer', 'propos']],
      ['offer', ['bid', 'propos']],
      ['propos', ['bid', 'offer']],
      // Who "owns" a company is its "owner".
      ['own', ['owner']],
      ['owner', ['own']],
      // Allies are found in "alliances".
      ['alli', ['allianc']],
      ['allianc', ['alli']],
      // How someone "described" a thing is what they "called" it.
      ['describ', ['call', 'term', 'dub', 'label']],
      // Who "compared" the talks to something called them it ("called it a dialogue of the deaf").
      ['compar', ['call', 'liken', 'describ']],
      // Money distributed is "awarded", "granted", "paid" or "allocated".
      ['distribut', ['award', 'grant', 'pai', 'alloc', 'disburs', 'give', 'provid']],
      ['alloc', ['provid', 'earmark', 'fund', 'includ', 'set']],
      ['deliv', ['deliveri', 'handov', 'ship']],
      // Aircraft are counted as "planes" or "jets".
      ['aircraft', ['plane', 'jet', 'airplan']],
      ['plane', ['aircraft', 'jet', 'airplan']],
      // A warplane is a fighter jet, a military aircraft.
      ['warplan', ['jet', 'fighter', 'aircraft', 'plane']],
      // Whoever backs a cause most loudly is its "advocate" or "champion"; who "spearheads" an effort leads it.
      ['support', ['advoc', 'propon', 'champion', 'backer']],
      ['advoc', ['support', 'propon', 'champion', 'backer']],
      ['spearhead', ['lead', 'led', 'head', 'champion']],
      // What no one can "replace" no one can "substitute"; whoever replaces someone is their successor, or holds the post
      // on an interim basis.
      ['replac', ['substitut', 'offset', 'rein', 'successor', 'interim']],
      ['slam', ['critic', 'condemn', 'blast', 'rebuk', 'denounc']],
      ['critic', ['slam', 'condemn', 'blast', 'rebuk', 'denounc']],
      // An app's "connections" to other servers are its "contacts" with them.
      ['connect', ['contact', 'link']],
      // What someone blames a rise on is what they say caused it; the odds of something are its chance.
      ['blame', ['caus', 'fault', 'attribut', 'driven']],
      ['odd', ['chanc', 'probabl', 'likelihood']],
      // The size of an economy is its output, its GDP.
      ['economi', ['gdp']],
      // Jobs "tied to" an industry are "associated with" or "linked to" it.
      ['ti', ['associ', 'link', 'connect', 'depend']],
      // What something is "valued" at is what it is "worth".
      ['valu', ['worth', 'valuat']],
      // Jets are planes or aircraft.
      ['jet', ['plane', 'aircraft', 'warplan', 'fighter']],
      ['contact', ['connect']],
      // A case "heard" in court is at its hearing.
      ['hear', ['trial']],
      // Cars are counted as "vehicles".
      ['car', ['vehicl']],
      // Ships are counted as "warships" or "vessels".
      ['ship', ['warship', 'vessel']],
      ['warship', ['ship', 'vessel']],
      ['vehicl', ['car']],
      // Whoever is the "boss" is written by their office.
      ['boss', ['executive', 'ceo', 'leader', 'presid', 'chair', 'chairman', 'founder']],
      // A chief executive is the "boss" in many a headline and lead ("Heathrow boss John Holland-Kaye").
      ['ceo', ['boss']],
      // An article or a product "pulled" is withdrawn, retracted or removed.
      ['pull', ['retract', 'withdraw', 'withdrew', 'remov']],
      // What a country "depends" on it "relies" on.
      ['depend', ['reli', 'reliant', 'relianc']],
      ['reli', ['depend']],
      // A stake in a company is an investment in it, or a holding.
      ['stake', ['invest', 'sharehold']],
      ['fire', ['sack', 'dismiss', 'cut', 'oust']],
      ['sack', ['fire', 'dismiss', 'cut', 'oust']],
    ] as const
  ).map(([term, related]) => [term, related]),
);
