import { stemmer } from 'stemmer';
import { boundedMemo } from '../memo.ts';
import { americanSpelling } from './spelling.ts';

/**
 * English term processing shared by indexing and querying, so a question and a sentence meet on the same terms:
 * case and accent folding, stopwords, Porter stemming and a small news thesaurus.
 *
 * Bump {@link TERMS_VERSION} whenever any rule here changes: index snapshots are keyed by it, and a snapshot built
 * with other rules would silently answer differently.
 */
export const TERMS_VERSION = 44;

/**
 * Function words, question words and "according (to)", which attributes a claim but says nothing of its topic
 * (who is attributed is matched through the claimant field). They carry no topic, and keeping them would let "what did … say" questions
 * match every sentence of a news story. Lower-case, accent-folded.
 */
const STOPWORDS = new Set(
  `a about above after again against all also am an and any are as at be because been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers herself
  him himself his how i if in into is it its itself just me more most my myself no nor not of off on once only or other
  our ours ourselves out over own same she should so some such than that the their theirs them themselves then there
  these they this those through to too under until up very was we were what when where which while who whom why will
  with would you your yours yourself yourselves s t d ll m re ve y o isn aren wasn weren hasn haven hadn doesn don didn
  wouldn shan shouldn cannot couldn mustn may might must shall please many much us according toward towards quite`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * Words and phrases that news questions use interchangeably with the article's wording. Each group maps onto its
 * first member. Multi-word members are joined into one token before stemming (see {@link PHRASES}).
 */
const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  [
    'drill',
    'drills',
    'exercise',
    'exercises',
    'wargame',
    'wargames',
    'maneuver',
    'maneuvers',
    'manoeuvre',
    'manoeuvres',
  ],
  ['troop', 'troops', 'force', 'forces', 'soldier', 'soldiers', 'personnel', 'servicemen', 'servicemembers'],
  ['say', 'says', 'said', 'saying', 'tell', 'tells', 'told', 'telling', 'warn', 'warns', 'warned', 'warning'],
  ['skeptical', 'sceptical', 'skepticism', 'scepticism'],
  // Two spellings of one word, both in use on either side of the Atlantic.
  ['adviser', 'advisers', 'advisor', 'advisors'],
  // "Sen. Joe Manchin": the title as news abbreviates it.
  ['senator', 'senators', 'sen'],
  ['defense', 'defence'],
  // "Ex-flight attendants" are former ones.
  ['former', 'ex'],
  // "What percentage" meets "23.9%" (the sign is read as the word, see tokenize).
  ['percent', 'percentage', 'percentages', 'pct'],
  ['invasion', 'invade', 'invading', 'incursion', 'attack', 'attacks', 'attacked', 'attacking'],
  ['concern', 'concerns', 'concerned', 'worry', 'worries', 'worried', 'fear', 'fears', 'feared'],
  ['warship', 'warships', 'vessel', 'vessels'],
  ['suspend', 'suspends', 'suspended', 'suspension', 'stop', 'stops', 'stopped', 'halt', 'halts', 'halted'],
  ['flight', 'flights', 'fly', 'flies', 'flying', 'flew'],
  ['begin', 'begins', 'beginning', 'start', 'starts', 'started', 'starting', 'commence', 'commenced'],
  // General news predicates: a question's verb and the article's often differ ("cut" jobs, "loss of" jobs).
  ['kill', 'kills', 'killed', 'killing', 'dead', 'death', 'deaths', 'die', 'died', 'dies', 'fatal', 'fatalities'],
  ['injure', 'injured', 'injuries', 'injury', 'wounded', 'wounding'],
  ['win', 'wins', 'winning', 'winner', 'winners', 'victory', 'victorious'],
  [
    'cut',
    'cuts',
    'cutting',
    'slash',
    'slashed',
    'slashing',
    'axe',
    'axed',
    'layoff',
    'layoffs',
    'redundancy',
    'redundancies',
  ],
  ['pay', 'pays', 'paid', 'paying', 'payment', 'payments', 'salary', 'salaries', 'compensation', 'wage', 'wages'],
  ['resign', 'resigns', 'resigned', 'resignation', 'quit', 'quits', 'quitting'],
  ['replace', 'replaces', 'replaced', 'replacement', 'successor', 'succeed', 'succeeded', 'succeeds'],
  ['buy', 'buys', 'buying', 'acquire', 'acquires', 'acquired', 'acquisition', 'purchase', 'purchased', 'takeover'],
  [
    'rise',
    'rises',
    'rising',
    'increase',
    'increased',
    'increases',
    'jump',
    'jumped',
    'surge',
    'surged',
    'soar',
    'soared',
    'climb',
    'climbed',
    'hike',
    'hikes',
    'hiked',
  ],
  [
    'fall',
    'falls',
    'falling',
    'drop',
    'dropped',
    'drops',
    'decline',
    'declined',
    'plunge',
    'plunged',
    'sink',
    'sank',
    'slump',
    'slumped',
    'tumble',
    'tumbled',
  ],
  ['close', 'closes', 'closing', 'closure', 'closures', 'shut', 'shuts', 'shutting', 'shutdown'],
  ['sue', 'sues', 'sued', 'lawsuit', 'lawsuits'],
  ['arrest', 'arrests', 'arrested', 'detain', 'detained', 'detention'],
  ['taxi', 'taxis', 'cab', 'cabs'],
  ['earthquake', 'earthquakes', 'quake', 'quakes', 'tremor', 'tremors'],
  // Chat's words for vaccination: "unvaxxed" staff are unvaccinated ones.
  ['vaccinated', 'vaxxed', 'vaxed', 'jabbed'],
  ['unvaccinated', 'unvaxxed', 'unvaxed', 'unjabbed'],
  // "The Justice Dept": news abbreviates the word, chat too.
  ['department', 'departments', 'dept', 'depts'],
  // Not "goal", which news uses for an aim as often as for a score.
  ['score', 'scores', 'scored', 'scoring'],
];

/**
 * Multi-word names folded into single tokens. Case matters for some ("US" is a country, "us" a pronoun), so these
 * run on the raw text before lower-casing. Each entry: pattern → token.
 */
const PHRASES: ReadonlyArray<readonly [RegExp, string | ((match: string, ...groups: string[]) => string), string?]> = [
  [/\bU\.S\.A?\.?(?=\W|$)|\bUSA?\b|\bUnited States(?: of America)?\b/g, ' unitedstates '],
  [/\bU\.K\.?(?=\W|$)|\bUK\b|\bUnited Kingdom\b|\bGreat Britain\b|\bBritain\b/g, ' unitedkingdom '],
  // Dotted and spelt-out forms are unambiguous in any case ("u.s.", "united states"); bare "us" is a pronoun.
  [/\bu\.s\.a?\.?(?=\W|$)|\bunited states(?: of america)?\b/gi, ' unitedstates '],
  [/\bu\.k\.?(?=\W|$)|\bunited kingdom\b|\bgreat britain\b|\bbritain\b/gi, ' unitedkingdom '],
  [/\bAmerica\b(?! (?:First|Online)\b)/g, ' unitedstates '],
  [
    /\bstep(?:s|ped|ping)? down\b|\b(?:stand|stands|standing|stood) down as\b|\b(?:would|will) stand down\b/gi,
    ' resign ',
  ],
  [/\blaid off\b|\blay(?:s|ing)? off\b/gi, ' layoff '],
  // "Passed away" is news's gentler word for died; "made off with" is stole.
  [/\bpass(?:es|ed|ing)? away\b/gi, ' died '],
  [/\b(?:make|makes|made|making) off with\b/gi, ' steal '],
  // Transliterations of one name meet on one spelling (English news switched from Russian to Ukrainian forms).
  [/\bKiev\b/gi, ' Kyiv ', 'kiev'],
  [/\bKharkov\b/gi, ' Kharkiv ', 'kharkov'],
  [/\bOdessa\b/gi, ' Odesa ', 'odessa'],
  [/\bZelensk(?:yy|iy|yi|i)\b/gi, ' Zelensky ', 'zelensk'],
  [/\bwar[\s-]+games?\b/gi, ' wargame ', 'game'],
  // A model's code written with or without its hyphen ("S-400", "s400", "SU-35"): the joined form is added, so either
  // finds the other, and the parts still count on their own ("COVID-19" is still "covid").
  [/\b([A-Za-z]{1,3})-(\d{2,4})\b/g, ' $& $1$2 ', '-'],
  // "Long-range artillery" has a reach, not a range where troops train.
  [/\b(long|short|medium|mid|intermediate)[\s-]range\b/gi, ' $1reach ', 'range'],
  // How much notice there is before something is its "warning time" ("warning" alone is read as saying).
  [/\bwarning[\s-]+times?\b|\badvance (?:notice|warning)\b/gi, ' $& notice '],
  [/\bbuild-ups?\b/gi, ' buildup ', 'build-up'],
  // What is "ruled out" is excluded, not a rule.
  [/\brul(?:e|es|ed|ing) out\b/gi, ' ruleout ', 'out'],
  // A "start-up" is a young company, not something starting.
  [/\bstart-ups?\b/gi, ' startup ', 'start-up'],
  // Earnings "per share" are what "EPS" abbreviates: the abbreviation is added where the words are written.
  [/\bper[\s-]+share\b/gi, ' $& eps ', 'share'],
  // A change "year over year" is one "from a year earlier".
  [
    /\byear[\s-]+(?:over|on)[\s-]+year\b|\b(?:from|than|compared (?:with|to)) (?:a|the) year (?:earlier|ago|before)\b|\bfrom the (?:previous|prior) year\b|\bfrom the same (?:point|period|time) (?:last|a) year\b|\bover the year\b/gi,
    ' $& yoy ',
    'year',
  ],
  // "Two-year Treasury yields", "the 2-year": one token for the span, whichever way its number is written.
  [
    /\b(\d{1,2}|two|three|five|seven|ten)-(year|month|week|day)\b/gi,
    (span: string, n: string, unit: string) => ` ${span} ${NUMBER_WORDS.get(n.toLowerCase()) ?? n}${unit} `,
    '-',
  ],
  // What was "founded" had a founder ("found" alone is as often the past of "find").
  [/\b(?:co-?)?founded\b/gi, ' $& founder ', 'founded'],
  // What is done "rather than" another is done instead of it.
  [/\brather than\b/gi, ' instead ', 'rather'],
  // What happens "every year" happens annually.
  [/\b(?:every|each|per) year\b|\byearly\b/gi, ' annually ', 'year'],
  // An analyst's price target is not the share price a question asks about.
  [/\bprice[\s-]+targets?\b|\btarget[\s-]+prices?\b/gi, ' pricetarget ', 'target'],
  // Troops and staff "going home" leave: the question's idiom meets the report's verb.
  [
    /\b(?:go|goes|going|went|gone|come|comes|coming|came|head|heads|heading|headed|return|returns|returning|returned) home\b/gi,
    ' leave ',
    'home',
  ],
  // A company that "went public" had its IPO ("its IPO price of $38"), as news abbreviates the offering.
  [/\b(?:go|goes|going|went|gone) public\b|\binitial public offerings?\b/gi, ' $& ipo ', 'public'],
  // Someone "let out of" detention is released; whoever is let out ("let Djokovic out of") stays in the text.
  [/\blet(?:s|ting)? ((?:[a-z]+ )?)out of\b/gi, ' $1released of ', 'out of'],
  // Ballots or goods "sent back" or "due back" are returned.
  [/\b(?:send|sends|sending|sent|mail|mails|mailed|due) back\b/gi, ' return ', 'back'],
];

/**
 * Any of the {@link PHRASES} patterns, loosened: in any case and without their negative lookaheads (which, ignoring
 * case, would refuse more: "America first" is not "America First"). Text it does not match has no phrase, so most
 * sentences skip the separate scans; made from the patterns themselves, it cannot fall out of step with them.
 */
const PHRASE_HINT = new RegExp(PHRASES.map(([pattern]) => withoutNegativeLookaheads(pattern.source)).join('|'), 'i');

/** A pattern's source without its `(?!…)` groups: it then matches wherever the pattern does, and more. */
function withoutNegativeLookaheads(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; i++) {
    if (source[i] === '\\') {
      out += source.slice(i, i + 2);
      i++;
    } else if (source.startsWith('(?!', i)) {
      // Skip to the group's closing parenthesis, minding nested groups and escapes.
      let depth = 0;
      for (; i < source.length; i++) {
        if (source[i] === '\\') i++;
        else if (source[i] === '(') depth++;
        else if (source[i] === ')' && --depth === 0) break;
      }
    } else out += source[i];
  }
  return out;
}

/**
 * Irregular English verb forms and plurals the Porter stemmer cannot reach ("began" is not "begin" to it, nor
 * "children" "child"), mapped onto their base form before stemming. General morphology, not a thesaurus.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map(
  Object.entries({
    began: 'begin',
    begun: 'begin',
    went: 'go',
    gone: 'go',
    took: 'take',
    taken: 'take',
    gave: 'give',
    given: 'give',
    made: 'make',
    left: 'leave',
    sent: 'send',
    // The stemmer cuts "added" and "adding" to "ad", the stem of an advertisement, and leaves "add" whole.
    added: 'add',
    adding: 'add',
    spoke: 'speak',
    spoken: 'speak',
    saw: 'see',
    seen: 'see',
    held: 'hold',
    met: 'meet',
    brought: 'bring',
    thought: 'think',
    fought: 'fight',
    drew: 'draw',
    drawn: 'draw',
    struck: 'strike',
    lost: 'lose',
    led: 'lead',
    fell: 'fall',
    fallen: 'fall',
    rose: 'rise',
    risen: 'rise',
    grew: 'grow',
    grown: 'grow',
    knew: 'know',
    known: 'know',
    shot: 'shoot',
    sold: 'sell',
    bought: 'buy',
    caught: 'catch',
    built: 'build',
    kept: 'keep',
    ran: 'run',
    chose: 'choose',
    chosen: 'choose',
    broke: 'break',
    broken: 'break',
    wrote: 'write',
    written: 'write',
    hit: 'hit',
    flew: 'fly',
    flown: 'fly',
    won: 'win',
    paid: 'pay',
    sank: 'sink',
    sunk: 'sink',
    // Not "fed" (the Fed), "bound" ("bound for"), "wound" (an injury), "ground", "lit", "bit", "woke", "bore", "tore",
    // "dealt" (a deal), "sprang" or "meant" ("meant to": intended): other words written the same, or read apart.
    spent: 'spend',
    found: 'find',
    stood: 'stand',
    lent: 'lend',
    sought: 'seek',
    taught: 'teach',
    wore: 'wear',
    worn: 'wear',
    drove: 'drive',
    driven: 'drive',
    rode: 'ride',
    ridden: 'ride',
    froze: 'freeze',
    frozen: 'freeze',
    stole: 'steal',
    stolen: 'steal',
    came: 'come',
    became: 'become',
    swore: 'swear',
    sworn: 'swear',
    shook: 'shake',
    shaken: 'shake',
    threw: 'throw',
    thrown: 'throw',
    hid: 'hide',
    hidden: 'hide',
    fled: 'flee',
    sped: 'speed',
    laid: 'lay',
    sat: 'sit',
    slept: 'sleep',
    swept: 'sweep',
    wept: 'weep',
    felt: 'feel',
    rang: 'ring',
    sang: 'sing',
    sung: 'sing',
    swam: 'swim',
    got: 'get',
    gotten: 'get',
    ate: 'eat',
    eaten: 'eat',
    forgot: 'forget',
    forgotten: 'forget',
    forgave: 'forgive',
    forgiven: 'forgive',
    hung: 'hang',
    heard: 'hear',
    understood: 'understand',
    withdrew: 'withdraw',
    withdrawn: 'withdraw',
    overtook: 'overtake',
    overtaken: 'overtake',
    undertook: 'undertake',
    undertaken: 'undertake',
    upheld: 'uphold',
    overthrew: 'overthrow',
    overthrown: 'overthrow',
    forbade: 'forbid',
    forbidden: 'forbid',
    foresaw: 'foresee',
    foreseen: 'foresee',
    oversaw: 'oversee',
    overseen: 'oversee',
    shrank: 'shrink',
    shrunk: 'shrink',
    stuck: 'stick',
    swung: 'swing',
    beaten: 'beat',
    bent: 'bend',
    dug: 'dig',
    slid: 'slide',
    spun: 'spin',
    arose: 'arise',
    arisen: 'arise',
    blew: 'blow',
    blown: 'blow',
    drank: 'drink',
    leapt: 'leap',
    mistook: 'mistake',
    mistaken: 'mistake',
    shone: 'shine',
    strode: 'stride',
    // Troops are "forces", but who is "forced" to act is compelled.
    forced: 'compel',
    forcing: 'compel',
    // A "détente" eases tensions; it stems as "detention" does.
    detente: 'thaw',
    // A military "offensive" is an invasion; the word stems as "offence" (a crime) does, so it is read whole.
    offensive: 'invasion',
    offensives: 'invasion',
    // Plurals not in -s. Not "lives" or "leaves", which are verbs as often.
    children: 'child',
    women: 'woman',
    men: 'man',
    crises: 'crisis',
    analyses: 'analysis',
    wives: 'wife',
    thieves: 'thief',
    halves: 'half',
    feet: 'foot',
    teeth: 'tooth',
    mice: 'mouse',
    shelves: 'shelf',
    knives: 'knife',
    criteria: 'criterion',
    phenomena: 'phenomenon',
  }),
);

/**
 * Words the stemmer would fold onto another word of news that means something else ("news" onto "new", "important"
 * onto trade "imports", "executive" onto "execution", "securities" onto "security"): each kept as one term of its
 * own.
 */
const KEPT_WHOLE: ReadonlyMap<string, string> = new Map(
  Object.entries({
    news: 'news',
    executive: 'executive',
    executives: 'executive',
    important: 'important',
    importance: 'important',
    importantly: 'important',
    generation: 'generation',
    generations: 'generation',
    generate: 'generate',
    generates: 'generate',
    generated: 'generate',
    generating: 'generate',
    generous: 'generous',
    international: 'international',
    internal: 'internal',
    experiment: 'experiment',
    experiments: 'experiment',
    experimental: 'experiment',
    communism: 'communist',
    communist: 'communist',
    communists: 'communist',
    authority: 'authority',
    authorities: 'authority',
    authorize: 'authorize',
    authorizes: 'authorize',
    authorized: 'authorize',
    authorizing: 'authorize',
    officer: 'officer',
    officers: 'officer',
    securities: 'securities',
    // "United" (an airline, the UN) is no unit; a company "based" somewhere has no base; "housing" is no House
    // vote; a credit "rating" no rate; "ads" are not "added"; a city is not Citi.
    united: 'united',
    based: 'based',
    housing: 'housing',
    rating: 'rating',
    ratings: 'rating',
    ad: 'advertis',
    ads: 'advertis',
    city: 'city',
    cities: 'city',
    // "On the eve of the invasion" is no EV (the stemmer makes both "ev").
    eve: 'eve',
  }),
);

/**
 * Small numbers news spells out and chat writes in digits ("day two", "day 2"): one term for both. Not "one", which
 * is as often a pronoun ("no one", "one of").
 */
const NUMBER_WORDS: ReadonlyMap<string, string> = new Map(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'].map((w, i) => [
    w,
    String(i + 2),
  ]),
);

/** The written form of the tokens {@link tokenize} makes of multi-word names, for showing them to people. */
const READABLE: Readonly<Record<string, string>> = { unitedstates: 'United States', unitedkingdom: 'United Kingdom' };

/** A word as people write it: the index's one token for "United States" is shown as "United States". */
export function readable(word: string): string {
  return READABLE[word] ?? word;
}

/** Removes accents (é → e) so "Zelenskyy" and a pasted "Zélensky" meet, then lower-cases. */
export function fold(text: string): string {
  // Plain ASCII has no accents and normalises to itself: most words of English news skip the Unicode work.
  if (!NON_ASCII.test(text)) return text.toLowerCase();
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

const NON_ASCII = /[\u0080-\uffff]/;

/** Porter stems some words to `…i` and their derivatives to `…y` ("deploy" → "deploi", "deployment" → "deploy"). */
function stem(word: string): string {
  const s = stemmer(word);
  return s.endsWith('y') ? `${s.slice(0, -1)}i` : s;
}

const CANONICAL = new Map<string, string>();
for (const group of SYNONYM_GROUPS) {
  const head = stem(group[0] as string);
  for (const word of group) CANONICAL.set(stem(word), head);
}

/**
 * Splits text into raw word tokens. Numbers keep their digits together ("30,000" → "30000") so a figure asked
 * about matches the figure written.
 */
export function tokenize(text: string): string[] {
  let t = text;
  if (PHRASE_HINT.test(t)) {
    // A phrase whose one fixed word the text lacks is not scanned for: most texts that pass the hint hold one.
    const lower = t.toLowerCase();
    for (const [pattern, token, needs] of PHRASES) {
      if (needs !== undefined && !lower.includes(needs)) continue;
      t = typeof token === 'string' ? t.replace(pattern, token) : t.replace(pattern, token);
    }
  }
  t = t.replace(/(\d)[,\u202f](?=\d{3}\b)/g, '$1');
  if (t.includes('%')) t = t.replace(/%/g, ' percent ');
  return t.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/**
 * Turns one token into its index term: folded, stemmed and mapped onto its synonym group; null for a stopword.
 */
export function processTerm(token: string): string | null {
  return termOf(token);
}

// News vocabulary is small and repetitive: a bounded memo saves the folding and stemming of every repeat, which is
// most of the work of indexing and of every query.
const termOf = boundedMemo(200_000, (token: string) => computeTerm(token));

function computeTerm(token: string): string | null {
  const folded = fold(token);
  if (folded.length === 0 || STOPWORDS.has(folded)) return null;
  if (/^\d+$/.test(folded)) return folded;
  const number = NUMBER_WORDS.get(folded);
  if (number !== undefined) return number;
  const american = americanSpelling(folded);
  const kept = KEPT_WHOLE.get(american);
  if (kept !== undefined) return kept;
  const s = stem(IRREGULAR.get(american) ?? american);
  return CANONICAL.get(s) ?? s;
}

/** Every index term of a text, in order (stopwords dropped). */
export function termsOf(text: string): string[] {
  const out: string[] = [];
  for (const token of tokenize(text)) {
    const term = processTerm(token);
    if (term !== null) out.push(term);
  }
  return out;
}

/** True when the token is a stopword, which the no-match message leaves out of "what was searched". */
export function isStopword(token: string): boolean {
  return STOPWORDS.has(fold(token));
}
