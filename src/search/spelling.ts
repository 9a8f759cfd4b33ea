/**
 * British and American spellings of one word meet on one form before stemming: a question typed "practise",
 * "organise", "labour" or "centre" finds copy that writes "practice", "organize", "labor", "center", and the
 * other way round. Rules of English spelling, not of any article: -ise/-yse verbs, -our nouns, -tre nouns, and the
 * few -ence nouns that American writes -ense.
 */

/** -ise words that are spelt so in American English too ("promise", "exercise"): never turned into -ize. */
const ALWAYS_ISE = new Set(
  `advertise advise chastise comprise compromise demise despise devise disguise enterprise excise exercise expertise
  franchise improvise incise merchandise premise promise revise supervise surmise surprise televise treatise otherwise
  clockwise likewise precise concise paradise raise praise noise cruise bruise poise arise rise wise apprise`
    .split(/\s+/)
    .filter(Boolean),
);

/** What comes before "our" in -our words that American spells -or ("col" + "our" → "color"). */
const OUR_STEMS = new Set(
  `col fav hon lab neighb behavi harb rum vap flav hum arm endeav od vig val rig sav parl tum clam cand ferv splend`
    .split(/\s+/)
    .filter(Boolean),
);

/** What comes before "re" in -re words that American spells -er ("cent" + "re" → "center"), also in compounds. */
const RE_STEMS = ['cent', 'theat', 'met', 'lit', 'fib', 'calib', 'spect', 'somb', 'lust', 'meag'];

/** -ence nouns that American spells -ense. */
const ENSE: ReadonlyMap<string, string> = new Map([
  ['licence', 'license'],
  ['licences', 'licenses'],
  ['offence', 'offense'],
  ['offences', 'offenses'],
  ['pretence', 'pretense'],
  ['defence', 'defense'],
  ['defences', 'defenses'],
  ['practise', 'practice'],
  ['practised', 'practiced'],
  ['practises', 'practices'],
  ['practising', 'practicing'],
  ['programme', 'program'],
  ['programmes', 'programs'],
]);

/**
 * Endings the rules below can change: a word with none of them (most words) is returned at once, without running
 * the patterns, since every token of an archive passes here.
 */
const ENDINGS = new Set(
  `ise ised ises ising isation isations iser isers yse ysed yses ysing our ours oured ouring ourable ourably ourite
  ourites ourer ourers ourful ourhood ourhoods ourless re res red ence ences mme mmes`
    .split(/\s+/)
    .filter(Boolean),
);
const LONGEST_ENDING = Math.max(...[...ENDINGS].map((e) => e.length));

function mayChange(word: string): boolean {
  for (let n = 2; n <= LONGEST_ENDING && n < word.length; n++) if (ENDINGS.has(word.slice(-n))) return true;
  return false;
}

/** The American spelling of a folded (lower-case, unaccented) word; the word itself when it has no other. */
export function americanSpelling(word: string): string {
  if (!mayChange(word)) return word;
  const listed = ENSE.get(word);
  if (listed) return listed;
  // -ise, -ised, -ises, -ising, -isation(s), -iser(s) → -ize…; -yse → -yze ("analyse").
  const ise = /^(.{3,})([iy])s(e|ed|es|ing|ation|ations|er|ers)$/.exec(word);
  if (ise && word.length >= 7) {
    const base = `${ise[1]}${ise[2]}se`;
    if (!ALWAYS_ISE.has(base) && !/wise$/.test(base)) return `${ise[1]}${ise[2]}z${ise[3]}`;
  }
  const our = /^(.+?)our(s|ed|ing|able|ably|ite|ites|er|ers|ful|hood|hoods|less)?$/.exec(word);
  if (our && OUR_STEMS.has(our[1] ?? '')) return `${our[1]}or${our[2] ?? ''}`;
  const re = /^(.+?)re(s|d)?$/.exec(word);
  if (re && RE_STEMS.some((stem) => re[1] === stem || (re[1]?.endsWith(stem) && stem.length >= 3))) {
    return `${re[1]}er${re[2] === 'd' ? 'ed' : (re[2] ?? '')}`;
  }
  return word;
}
