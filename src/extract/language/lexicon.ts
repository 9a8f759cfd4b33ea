/**
 * Word lists for recognising speakers, roles and bodies in English news copy. They describe the language of
 * news reporting in general (titles, ranks, speech verbs, kinds of institutions), never one article.
 * Every entry is lower-case; callers lower-case before looking up.
 */

/**
 * A word list written as lines of words separated by single spaces, as a set: long lists read and diff better as
 * a few lines of text than as hundreds of quoted strings.
 */
export function wordSet(...lines: readonly string[]): ReadonlySet<string> {
  return new Set(lines.join(' ').split(' '));
}

/** Verbs (all inflections we need) that introduce what somebody says, claims or writes. */
export const SPEECH_VERBS: ReadonlySet<string> = wordSet(
  'say says said saying',
  'tell tells told telling',
  'add adds added adding',
  'explain explains explained explaining',
  'warn warns warned warning',
  'state states stated stating',
  'announce announces announced announcing',
  'write writes wrote writing',
  'reply replies replied replying',
  'note notes noted noting',
  'insist insists insisted insisting',
  'claim claims claimed claiming',
  'accuse accuses accused accusing',
  'urge urges urged urging',
  'argue argues argued arguing',
  'declare declares declared declaring',
  'protest protests protested protesting',
  'advise advises advised advising',
  'report reports reported reporting',
  'confirm confirms confirmed confirming',
  'deny denies denied denying',
  'estimate estimates estimated estimating',
  'assess assesses assessed assessing',
  'acknowledge acknowledges acknowledged acknowledging',
  'admit admits admitted admitting',
  'predict predicts predicted predicting',
  'suggest suggests suggested suggesting',
  'describe describes described describing',
  'tweet tweets tweeted tweeting',
  'post posts posted',
  'continue continues continued',
  'recall recalls recalled recalling',
  'complain complains complained complaining',
  'told',
  'asked asks',
  'answered answers',
  'stressed stresses',
  'emphasised emphasized',
  'maintained maintains',
  'pledged pledges',
  'vowed vows',
  'promised promises',
  'responded responds',
  'commented comments',
  'remarked remarks',
  'observed observes',
  'concluded concludes',
  'believe believes believed',
  'called calls',
  'dubbed branded labelled labeled termed',
  'dismiss dismisses dismissed condemn condemns condemned criticise criticises criticised criticize criticizes',
  'criticized reject rejects rejected welcome welcomes welcomed praise praises praised slam slams slammed',
  'blame blames blamed hail hails hailed',
  'summarize summarizes summarized summarise summarises summarised cite cites cited concede concedes conceded',
  'counter counters countered quipped quips caution cautions cautioned reiterate reiterates reiterated',
  'emphasize emphasizes emphasized emphasise emphasises lament laments lamented mention mentions mentioned',
  'contend contends contended assert asserts asserted testify testifies testified characterized characterised',
  'considered considers thinks feels expects hopes fears worries excoriate excoriated lambasted decried',
  'denounce denounces denounced',
  'propose proposes proposed found finds demonstrated demonstrates concluded calculated calculates',
  'projected projects forecast forecasts expect expected indicated indicates think highlight highlights',
  'highlighted show shows showed agree agrees agreed',
);

/**
 * Speech verbs that, on their own, also name things ("the drills, called X") or express a belief rather than
 * an utterance. They count as attribution only with an explicit agent right before them.
 */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'called',
  'calls',
  'dubbed',
  'branded',
  'labelled',
  'labeled',
  'termed',
  'believe',
  'believes',
  'believed',
  'continue',
  'continues',
  'continued',
  'post',
  'posts',
  'posted',
  'describe',
  'describes',
  'described',
  'describing',
  // Verbs of thought and judgement: "X dismissed the remarks as “hysteria”" quotes X, only with X right before.
  ...'found finds demonstrated demonstrates calculated calculates projected projects forecast forecasts expect expected'.split(
    ' ',
  ),
  ...'think show shows showed'.split(' '),
  ...'considered considers thinks feels expects hopes fears worries excoriate excoriated lambasted decried denounce denounces denounced cite cites cited characterized characterised mention mentions mentioned'.split(
    ' ',
  ),
  ...'dismiss dismisses dismissed condemn condemns condemned criticise criticises criticised criticize criticizes criticized reject rejects rejected welcome welcomes welcomed praise praises praised slam slams slammed blame blames blamed hail hails hailed'.split(
    ' ',
  ),
]);

/** Words that name a thing rather than introduce a speaker when they precede a quotation ("called", "dubbed"). */
export const NAMING_WORDS: ReadonlySet<string> = new Set([
  'called',
  'dubbed',
  'named',
  'titled',
  'entitled',
  'codenamed',
  'code-named',
  'so-called',
  'known as',
  'nicknamed',
  'branded',
]);

/** Courtesy titles and ranks written before a name; they are dropped from the canonical name. */
export const TITLES: ReadonlySet<string> = new Set([
  'mr',
  'mr.',
  'ms',
  'ms.',
  'mrs',
  'mrs.',
  'miss',
  'dr',
  'dr.',
  'prof',
  'prof.',
  'professor',
  'sir',
  'dame',
  'lord',
  'lady',
  'gen',
  'gen.',
  'general',
  'lt',
  'lt.',
  'col',
  'col.',
  'colonel',
  'maj',
  'maj.',
  'major',
  'capt',
  'capt.',
  'captain',
  'sgt',
  'sgt.',
  'adm',
  'adm.',
  'admiral',
  'cmdr',
  'commander',
  'gov',
  'gov.',
  'sen',
  'sen.',
  'senator',
  'rep',
  'rep.',
  'rev',
  'rev.',
  'father',
  'pope',
  'king',
  'queen',
  'prince',
  'princess',
  'president',
  'chancellor',
  'premier',
  'minister',
  'secretary',
  'ambassador',
  'mayor',
  'governor',
  'marshal',
  'lieutenant',
  'sergeant',
  'private',
  'corporal',
  'brigadier',
  'councillor',
  'councilor',
  'alderman',
  'judge',
  'justice',
  'bishop',
  'archbishop',
  'rabbi',
  'imam',
  'sheriff',
  'inspector',
  'detective',
  'constable',
  'superintendent',
  'chief',
  'speaker',
]);

/**
 * Titles and ranks written abbreviated with a period before a name ("Gen. Valery Gerasimov", "Mr. Peskov"): the
 * tokenizer keeps "Gen." one token so a name is not cut at its period, and a sentence does not end there.
 */
export const ABBREVIATED_TITLES: ReadonlySet<string> = new Set([
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'sgt',
  'adm',
  'dr',
  'mr',
  'ms',
  'mrs',
  'prof',
  'st',
  'sen',
  'rep',
  'gov',
  'rev',
  'jr',
  'sr',
]);

/**
 * Other abbreviations written with a period inside a sentence ("Jan. 19", "No. 10", "Amazon Inc."): the tokenizer
 * keeps the period with the word, so "Jan" is not read as a name cut at its period.
 */
export const ABBREVIATIONS_IN_TEXT: ReadonlySet<string> = wordSet(
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun no inc corp co ltd vs approx est dept univ',
);

/** Titles that tell a person's gender, used to check that "he"/"she" may refer to them. */
export const GENDERED_TITLES: ReadonlyMap<string, 'male' | 'female'> = new Map([
  ['mr', 'male'],
  ['mr.', 'male'],
  ['sir', 'male'],
  ['lord', 'male'],
  ['king', 'male'],
  ['prince', 'male'],
  ['father', 'male'],
  ['ms', 'female'],
  ['ms.', 'female'],
  ['mrs', 'female'],
  ['mrs.', 'female'],
  ['miss', 'female'],
  ['dame', 'female'],
  ['lady', 'female'],
  ['queen', 'female'],
  ['princess', 'female'],
]);

/**
 * Nouns (and noun parts) of roles that news copy writes before or after a name: "Kremlin spokesperson Dmitry
 * Peskov", "Gen. Valery Gerasimov, the Chief of the Russian General Staff", "Kyiv resident Nina Vasylenko".
 */
export const ROLE_WORDS: ReadonlySet<string> = withRoleCompounds(
  wordSet(
    'spokesperson spokesman spokeswoman spokespeople spokesmen press secretary',
    'minister ministers secretary secretaries president vice prime deputy chancellor premier',
    'general generals chief chiefs head heads director directors executive executives officer officers',
    'chairman chairwoman chair chairperson ceo cfo coo founder co-founder owner owners manager managers',
    'managing operating financial foreign defense defence interior home affairs economy finance trade',
    'commander commanders admiral colonel major captain lieutenant sergeant marshal staff',
    'ambassador envoy diplomat diplomats senator congressman congresswoman lawmaker lawmakers mp mps',
    'mayor governor leader leaders official officials analyst analysts expert experts adviser advisor',
    'advisers advisors professor lecturer researcher researchers fellow associate assistant senior',
    'publisher editor correspondent reporter journalist resident residents citizen local worker workers',
    'entrepreneur entrepreneurs businessman businesswoman student teacher doctor nurse soldier soldiers',
    'friend classmate colleague mother father wife husband son daughter brother sister neighbour neighbor',
    'member members representative representatives negotiator negotiators activist activists',
    'king queen prince princess pope emperor sheikh general-secretary secretary-general',
    'attorney lawyer judge prosecutor inspector commissioner deputy-head first national security',
    'intelligence military state government foreign-affairs councillor councilor alderman sheriff detective',
    'constable superintendent bishop archbishop rabbi imam economist spokesperson aide aides guard guards',
    'ceo cfo coo cto cio chairwoman president-elect strategist strategists physicist chemist scientist',
    'scientists insider insiders partner partners trader traders investor investors banker bankers',
    'economists professor principal superintendent commentator author writer director-general governor-general',
    'attorney-general solicitor barrister counsel consultant consultants surgeon physician psychologist',
    'historian lawmaker legislator congressman congresswoman representative delegate candidate nominee',
    'source sources witness witnesses whistleblower whistleblowers person man woman victim victims survivor',
    'survivors passenger passengers driver drivers customer customers voter voters owner-operator pilot',
    'boss bosses chairperson treasurer comptroller controller administrator commissioner mp chancellor',
  ),
);

/**
 * A role word set that also holds a role written as a hyphenated compound of one of its words: a prefix before the
 * role ("vice-chair", "ex-minister", "co-chair") or a qualifier after it ("editor-in-chief", "commander-in-chief",
 * "envoy-designate"). News hyphenates such titles freely, so listing each spelling would never be complete.
 */
function withRoleCompounds(words: ReadonlySet<string>): ReadonlySet<string> {
  const compound = (word: string): boolean => {
    const prefixed = /^(?:co|vice|ex|deputy|acting|assistant|interim)-([\p{Ll}-]+)$/u.exec(word);
    if (prefixed?.[1] && words.has(prefixed[1])) return true;
    const qualified = /^(\p{Ll}+)-(?:in-chief|general|elect|designate|at-large)$/u.exec(word);
    return qualified?.[1] !== undefined && words.has(qualified[1]);
  };
  return new (class extends Set<string> {
    override has(word: string): boolean {
      return super.has(word) || (word.includes('-') && compound(word));
    }
  })(words);
}

/** Possessives that open a role before its holder's name ("its managing director", "their lawyer"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = wordSet('its their his her');

/** Words that open a role phrase without being a name: "Former Chairman of …", "Acting Director …", "retired Gen.". */
export const ROLE_MODIFIERS: ReadonlySet<string> = wordSet(
  'former acting interim outgoing incoming late then ex retired',
);

/** Lower-case head nouns that make a phrase a body rather than a person ("Russia's defense ministry"). */
export const ORG_HEADS: ReadonlySet<string> = wordSet(
  'ministry ministries office government governments administration department agency agencies',
  'council commission committee parliament congress senate assembly court cabinet kremlin',
  'army navy forces force military embassy service services police guard command headquarters',
  'company companies firm firms airline airlines carrier group bank fund institute institution',
  'university college school center centre forum foundation organisation organization association',
  'union alliance party coalition board authority authorities regulator watchdog network',
  'newspaper magazine agency channel broadcaster outlet station band team club tank',
  'corporation corp inc ltd plc manufacturer maker producer operator provider exchange market',
  'air airways technologies media news times journal herald guardian telegraph tribune',
);

/**
 * Capitalised last words that make a name a body ("Royal Society", "Balco Research Laboratories", "CNBC LLC",
 * "Adviser Investments"), on top of {@link ORG_HEADS}. Only ever matched on a capitalised word inside a name.
 */
export const ORG_NAME_WORDS: ReadonlySet<string> = new Set([
  ...ORG_HEADS,
  ...[
    'society academy laboratories laboratory labs bureau trust partners holdings capital securities associates',
    'investments investment management analytics project reserve llc inc inc. corp corp. co co. ltd ltd. plc ag',
    'sa nv gmbh lp llp institution ministries enterprises industries systems solutions insights advisors advisers',
    'federation confederation league chamber secretariat directorate inspectorate tribunal conservancy',
    'motors dynamics electric pharmaceuticals foods brands stores entertainment communications petroleum',
    'chemicals resources semiconductors networks studios pictures records hotels resorts logistics',
  ]
    .join(' ')
    .split(' '),
]);

/**
 * Role nouns that are acronyms ("CEO", "CFO"): capitalised like a name, but "the CFO" is a description of a
 * person, never a name.
 */
export const ROLE_ACRONYMS: ReadonlySet<string> = new Set(['ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'mp', 'mep']);

/** Words written after a person's name that belong to it ("Martin Luther King Jr.", "Henry Ford III"). */
export const NAME_SUFFIXES: ReadonlySet<string> = new Set(['jr', 'jr.', 'sr', 'sr.', 'ii', 'iii', 'iv']);

/**
 * Nouns for a kind of body written right before its name ("technology company Maxar", "the German airline
 * Lufthansa", "rock band Okean Elzy"): the name that follows is the body's, not a person's.
 */
export const BODY_KIND_NOUNS: ReadonlySet<string> = wordSet(
  'company firm airline carrier agency band group newspaper magazine broadcaster channel manufacturer maker',
  'bank fund institute university ministry party team club network outlet tank organisation organization',
  'association union alliance coalition charity watchdog regulator insurer retailer supermarket chain',
  'startup start-up conglomerate operator producer publisher website platform app',
);

/**
 * Well-known bodies that look like a person's name or a place to a tagger ("Janes", "Downing Street", "the
 * Kremlin"). Written as they appear in copy; matched case-sensitively after the optional "the".
 */
export const KNOWN_BODIES: ReadonlySet<string> = new Set([
  'NATO',
  'Nato',
  'TASS',
  'Tass',
  'RIA Novosti',
  'Interfax',
  'Janes',
  "Jane's",
  'Maxar',
  'Maxar Technologies',
  'Planet Labs',
  'Kremlin',
  'Downing Street',
  'White House',
  'Pentagon',
  'State Department',
  'Foreign Office',
  'Home Office',
  'Elysee',
  'Élysée',
  'Quai d’Orsay',
  'Whitehall',
  'Chatham House',
  'Rand',
  'RAND',
  'Brookings',
  'Bellingcat',
  'Amnesty International',
  'Human Rights Watch',
  'Memorial',
  'Viasna',
  'Reuters',
  'AFP',
  'AP',
  'Associated Press',
  'BBC',
  'CNN',
  'Bloomberg',
  'UN',
  'United Nations',
  'EU',
  'European Union',
  'European Commission',
  'OSCE',
  'IMF',
  'World Bank',
  'Red Cross',
  'ICRC',
  'Gazprom',
  'Rosatom',
  'Roscosmos',
  'FSB',
  'SBU',
  'GRU',
  'MI6',
  'CIA',
  'FBI',
  'ISW',
  'Institute for the Study of War',
]);

/**
 * Countries and capitals that act as speakers by metonymy ("Ukraine has stated that…", "Moscow denied…").
 * compromise knows many more places; this list only makes the common speakers reliable.
 */
export const STATE_NAMES: ReadonlySet<string> = new Set([
  'Russia',
  'Ukraine',
  'Belarus',
  'United States',
  'US',
  'U.S.',
  'America',
  'United Kingdom',
  'UK',
  'U.K.',
  'Britain',
  'France',
  'Germany',
  'China',
  'Poland',
  'Moscow',
  'Kyiv',
  'Kiev',
  'Minsk',
  'Washington',
  'London',
  'Paris',
  'Berlin',
  'Beijing',
  'Warsaw',
  'Brussels',
  'Tokyo',
  'Ankara',
  'Turkey',
  'Japan',
  'Italy',
  'Spain',
  'Canada',
  'Israel',
  'Iran',
  'India',
  'Lithuania',
  'Latvia',
  'Estonia',
  'Moldova',
  'Georgia',
  'Romania',
  'Hungary',
  'Finland',
  'Sweden',
  'Norway',
  'Denmark',
  'Netherlands',
  'Crimea',
]);

/** Nationality adjectives and country abbreviations that qualify a role ("French Foreign Minister"). */
export const NATIONALITY_WORDS: ReadonlySet<string> = wordSet(
  'russian ukrainian belarusian belarussian american british english french german chinese polish',
  'us u.s. uk u.k. eu european western eastern dutch swiss italian spanish turkish japanese canadian',
  'israeli iranian indian lithuanian latvian estonian moldovan georgian romanian hungarian finnish',
  'swedish norwegian danish nato un kremlin federal national state',
);

/**
 * Last words that make a run of capitalised words a place, event or thing rather than a person ("Black Sea",
 * "Cold War", "Normandy Format", "Saint Sophia Cathedral").
 */
export const THING_HEADS: ReadonlySet<string> = wordSet(
  'sea seas ocean river lake gulf bay strait war wars format agreement agreements treaty accord accords street',
  'square cathedral church region oblast province state states union house forces plant',
  'bank fund stream pipeline resolve exercise exercises drills bridge city republic kingdom island islands',
  'mountains airport base station cup games park palace hall road highway avenue district county territory',
  'territories front line market museum summit conference protocol plan doctrine act law bill programme program',
  'medal medals prize prizes award awards festival index indices cup championship olympics',
  'ukraine russia europe staff photo image images handout fleet fleets',
);

/** Lower-case particles inside a person's name ("Ben van Beurden", "Ursula von der Leyen", "Luiz da Silva"). */
export const NAME_PARTICLES: ReadonlySet<string> = wordSet(
  'van von der den de del della da di dos das du le la ter ten bin ibn al',
);

/** Lower-case words that may sit inside a multi-word name ("Ministry of Defense", "Jean-Yves Le Drian"). */
export const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'the', 'and', ...NAME_PARTICLES]);

/**
 * Capitalised words that start sentences or name times, never speakers. Used to keep "Yes", "Thursday" and
 * "Later" out of name runs.
 */
export const NOT_NAMES: ReadonlySet<string> = wordSet(
  "a an the this that these those there here it its it’s it's he she they we i you his her their our my your",
  'yes no not but and or so yet if when while as after before since until because although though however',
  'meanwhile later earlier then now today tonight tomorrow yesterday also still even just only already',
  'monday tuesday wednesday thursday friday saturday sunday weekend',
  'january february march april may june july august september october november december',
  'in on at by for from with without to of into over under about above below between among during',
  'asked pressed according satellite many most some several few all both each every one two three four',
  'five six seven eight nine ten what who whom whose which where why how last next first second third',
  'other others another such than more less much very like unlike despite amid across along around',
  'overnight talk advisers independent right particularly across pitching-in',
  'jan. feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. mon. tue. wed. thu. fri. sat. sun. no.',
);

/** Personal pronouns that can stand for a speaker, with the kind of antecedent they need. */
export const SPEAKER_PRONOUNS: ReadonlyMap<string, 'male' | 'female' | 'plural' | 'thing'> = new Map([
  ['he', 'male'],
  ['she', 'female'],
  ['they', 'plural'],
  ['it', 'thing'],
]);
