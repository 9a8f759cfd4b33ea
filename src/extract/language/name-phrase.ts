/**
 * Speaker noun phrases: where a phrase around a speech verb starts and ends ("Kremlin spokesperson Dmitry
 * Peskov said", "said Russia's defense ministry") and what it names: a person, a body, a place, a group of people
 * named by role, a pronoun or a statement.
 */

import { isDictionaryWord } from '../../dictionary.ts';
import { countryOfWord } from './countries.ts';
import {
  BODY_KIND_NOUNS,
  GENDERED_TITLES,
  KNOWN_BODIES,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NATIONALITY_WORDS,
  NOT_NAMES,
  ORG_HEADS,
  ORG_NAME_WORDS,
  POSSESSIVE_DETERMINERS,
  ROLE_ACRONYMS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEAKER_PRONOUNS,
  SPEECH_VERBS,
  STATE_NAMES,
  THING_HEADS,
  TITLES,
  wordSet,
} from './lexicon.ts';
import { isCapitalised, isPossessive, joinTokens, stripPossessive, type Token } from './tokens.ts';
import {
  givenNameGender,
  isCommonWord,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  isKnownSurname,
  isPluralWord,
} from './word-tags.ts';

/** What a noun phrase that introduces speech refers to. */
/** `name`: a bare proper name whose kind the phrase alone cannot tell ("Lufthansa", "Peskov"). */
/** `description`: a definite description ("the ministry", "the Prime Minister") naming somebody met before. */
export type PhraseKind =
  | 'person'
  | 'organization'
  | 'place'
  | 'group'
  | 'pronoun'
  | 'statement'
  | 'name'
  | 'description';

/** The reading of a speaker noun phrase ("Kremlin spokesperson Dmitry Peskov", "Russia's defense ministry"). */
export interface PhraseReading {
  /** Name as written, without determiners, titles or role ("Dmitry Peskov"); for pronouns the pronoun. */
  readonly name: string;
  readonly kind: PhraseKind;
  /** Role words the phrase gives ("Kremlin spokesperson"), or null. */
  readonly role: string | null;
  /** Gender told by a title ("Mr", "Ms") or pronoun, when there is one. */
  readonly gender: 'male' | 'female' | null;
  /** For `statement`: the body named in "the Ministry statement", if any. */
  readonly issuer?: PhraseReading | null;
  /** For `description`: written with "a"/"an" ("a witness"), so somebody new, never one met before. */
  readonly indefinite?: boolean;
}

/** The reading of a bare pronoun ("he", "she", "they", "it", "who"): its gender is the pronoun's, if it has one. */
export function pronounReading(pronoun: string): PhraseReading {
  return {
    name: pronoun,
    kind: 'pronoun',
    role: null,
    gender: pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null,
  };
}

/** A word that may belong to a speaker noun phrase. */
function isPhraseWord(t: Token): boolean {
  if (isCapitalised(t)) return !NOT_NAMES.has(t.lower) || t.lower === 'the';
  // "al-Mazrouei", "el-Sisi": an Arabic surname written with its article in lower case.
  if (ARTICLE_SURNAME.test(t.text)) return true;
  const bare = stripPossessive(t.lower);
  return (
    ROLE_WORDS.has(bare) ||
    ORG_HEADS.has(bare) ||
    NATIONALITY_WORDS.has(bare) ||
    TITLES.has(bare) ||
    STATEMENT_WORDS.has(bare)
  );
}

/** A surname written with a lower-case Arabic article or kin word before it ("al-Mazrouei", "bin-Salman"). */
const ARTICLE_SURNAME = /^(?:al|el|ad|as|ash|at|az|bin|ibn|abu|bint)-\p{Lu}/u;

/**
 * Is the token at `i` a particle inside a name, that is, followed by a capitalised name word or by another particle
 * that is ("von der Leyen")? Alone in lower case, "van" is a vehicle and "de" a word of another language.
 */
function isNameParticle(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !NAME_PARTICLES.has(t.text)) return false;
  const next = tokens[i + 1];
  if (!next) return false;
  return (isCapitalised(next) && !NOT_NAMES.has(next.lower)) || isNameParticle(tokens, i + 1);
}

/** Endings of nouns for people by what they do ("farmer", "coauthor", "economist", "resident"). */
const OCCUPATION = /^\p{Ll}{2,}(?:er|or|ist|ian|ant|ent)$/u;
/** Words with those endings that are no people. */
const NOT_PEOPLE = wordSet(
  'number paper chapter order letter matter water border government agent amount content event statement element moment percent payment investment agreement development environment equipment management market center centre quarter corner summer winter weather power tower pressure figure cancer computer',
);

/** Is the word a noun for a person: a role ("spokesperson") or an occupation ("singer", "economist")? */
export function isPersonNoun(word: string): boolean {
  return ROLE_WORDS.has(word) || (OCCUPATION.test(word) && !NOT_PEOPLE.has(word));
}

/** Words that are verbs, never inside a body's name: "Democrats said oil firms were…". */
const VERB_LIKE = /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|\p{Ll}+ed)$/u;

/** Role words that are only adjectives: "National Public Radio" is no person for being "national". */
const ROLE_ADJECTIVES = wordSet(
  'national state federal foreign first senior vice prime security intelligence military government defense defence interior home affairs economy finance trade managing operating financial local independent',
);

/** Is the word a role noun ("spokesperson", "minister", "farmer"), not only a modifier of one? */
function isRoleNoun(word: string): boolean {
  return ROLE_WORDS.has(word) && !ROLE_ADJECTIVES.has(word);
}

/** Courtesy titles and ranks written before a surname ("Dr. Pope", "Sen. Manchin"). */
const COURTESY = wordSet(
  'mr mr. ms ms. mrs mrs. dr dr. prof prof. sir dame lord lady sen sen. rep rep. gov gov. gen gen. rev rev.',
);

/** A capitalised word that may qualify a role ("EU", "U.S.", "Kremlin", "Ukrainian"). */
function isModifierName(t: Token): boolean {
  return isCapitalised(t) && !NOT_NAMES.has(t.lower) && !TITLES.has(t.lower);
}

/** Kinds of company a country has many of: "the Swiss bank" is a description, not the name of a body. */
const COMPANY_KINDS = wordSet(
  'company firm airline carrier bank lender group newspaper magazine broadcaster channel manufacturer maker retailer insurer chain startup start-up conglomerate operator producer publisher website platform fund giant',
);

const MONTH_NAMES = new Set(['april', 'may', 'june', 'july', 'august']);

/**
 * "Rep. August Pfluger", "Theresa May": a month that is a given name or surname, between a title or given name
 * and a capitalised word (never a date: "May 5").
 */
function monthAsName(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !MONTH_NAMES.has(t.lower) || !isCapitalised(t)) return false;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  const titled = prev !== undefined && (COURTESY.has(prev.lower) || TITLES.has(prev.lower) || isGivenName(prev.text));
  const named = next !== undefined && isCapitalised(next) && !NOT_NAMES.has(next.lower);
  return titled || named;
}

/** Documents that speak for whoever issued them ("the statement said"). */
const STATEMENT_WORDS = new Set([
  'statement',
  'release',
  'communique',
  'communiqué',
  'readout',
  'analysis',
  'report',
  'survey',
  'study',
  'poll',
  'filing',
  'memo',
  'update',
  'data',
  'figures',
]);

const LEFT_DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'two',
  'three',
  'four',
  'some',
  'several',
  'many',
  'other',
  'independent',
]);
/** Verb-like endings and verbs of speech ("said chief financial officer X"): never a noun phrase's modifiers. */
const SPEECH_VERBS_HINT =
  /(ed|ing)$|^(?:say|says|said|tell|tells|told|write|writes|wrote|adds|notes|explains|argues|warns)$/;

const INNER_CONNECTORS = new Set(['of', 'for', 'the', 'de', 'le', 'la', 'van', 'von', 'der', 'al']);

/**
 * Reads a speaker noun phrase that ends right before token `end` (exclusive), walking left: names, role
 * words, possessives and inner connectors ("Ministry of Defense", "spokesperson for Lufthansa"), then one
 * leading determiner. Returns the token range, or null when the word before `end` cannot end such a phrase.
 */
export function phraseBefore(tokens: readonly Token[], end: number): { from: number; to: number } | null {
  let i = end - 1;
  const last = tokens[i];
  if (!last) return null;
  if (SPEAKER_PRONOUNS.has(last.lower) || last.lower === 'who' || last.lower === 'which') {
    return { from: i, to: end };
  }
  // A month may end a name ("Theresa May", "John May said").
  if ((!isPhraseWord(last) && !monthAsName(tokens, i)) || last.lower === 'the') return null;
  let from = i;
  while (i - 1 >= 0) {
    const t = tokens[i - 1] as Token;
    if ((isPhraseWord(t) && t.lower !== 'the') || monthAsName(tokens, i - 1) || isNameParticle(tokens, i - 1)) {
      i--;
      from = i;
      continue;
    }
    // "Ministry of Defense", "spokesperson for Lufthansa", "Head of the Ukraine Forum": a connector joins two
    // phrase words, never starts the phrase.
    if (INNER_CONNECTORS.has(t.lower) && t.lower !== 'the') {
      const before = tokens[i - 2];
      // "Ministry of Defense", "spokesperson for Lufthansa"; not "bad news for President Biden".
      if (before && isPhraseWord(before) && (isCapitalised(before) || ROLE_WORDS.has(stripPossessive(before.lower)))) {
        i -= 2;
        from = i;
        continue;
      }
    }
    if (t.lower === 'the' && INNER_CONNECTORS.has(tokens[i - 2]?.lower ?? '') && tokens[i - 3]) {
      const before = tokens[i - 3] as Token;
      if (isPhraseWord(before) && (isCapitalised(before) || ROLE_WORDS.has(stripPossessive(before.lower)))) {
        i -= 3;
        from = i;
        continue;
      }
    }
    // "chairman and CEO Jamie Dimon": two roles joined by "and".
    const prevRole = tokens[i - 2];
    if (
      (t.lower === 'and' || t.text === '&') &&
      prevRole &&
      ROLE_WORDS.has(prevRole.lower) &&
      ROLE_WORDS.has((tokens[i] as Token).lower)
    ) {
      i -= 2;
      from = i;
      continue;
    }
    break;
  }
  // "The civil protection agency", "regional president Marco Bellini": lower-case modifiers before a
  // lower-case head, taken only when a determiner, a possessive or the clause start comes before them.
  if (/^\p{Ll}/u.test((tokens[from] as Token).text)) {
    let k = from;
    while (k - 1 >= 0 && from - k < 3) {
      const t = tokens[k - 1] as Token;
      if (!/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || NOT_NAMES.has(t.lower) || SPEECH_VERBS_HINT.test(t.lower)) break;
      k--;
    }
    const before = tokens[k - 1];
    const opens = (t: Token | undefined) =>
      !t || LEFT_DETERMINERS.has(t.lower) || isPossessive(t) || /^[,:;(\u2014]$/.test(t.text);
    if (k < from && opens(before)) {
      from = k;
    } else if (k < from && before && isModifierName(before) && opens(tokens[k - 2])) {
      // "EU foreign policy chief Josep Borrell", "JPMorgan Chase chief executive": a body or country before
      // the lower-case words of a role.
      from = k - 1;
    }
  }
  // "Henk Ombelet from aviation analysts Cirium", "Tom Smith from the RAC": a person, then whom they speak for.
  // Past the lower-case words of what the body is ("from aviation analysts Cirium") and its article.
  let linkAt = from - 1;
  while (
    linkAt >= 0 &&
    from - linkAt <= 2 &&
    /^\p{Ll}+$/u.test(tokens[linkAt]?.text ?? '') &&
    !NOT_NAMES.has(tokens[linkAt]?.lower ?? '')
  )
    linkAt--;
  if (tokens[linkAt]?.lower === 'the') linkAt--;
  if (PERSON_LINKS.has(tokens[linkAt]?.lower ?? '')) {
    const start = personEndingAt(tokens, linkAt);
    if (start >= 0) return { from: start, to: end };
  }
  const det = tokens[from - 1];
  if (det && LEFT_DETERMINERS.has(det.lower)) from--;
  return { from, to: end };
}

/** Words that tie a person to the body they speak for ("Lucy Brown of the Resolution Foundation"). */
const PERSON_LINKS: ReadonlySet<string> = new Set(['of', 'from', 'at']);

/**
 * Start of a person's name (a given name, then up to three more capitalised words or particles) that ends right
 * before token `link`; -1 when no such name is there.
 */
function personEndingAt(tokens: readonly Token[], link: number): number {
  let k = link;
  while (k - 1 >= 0 && link - k < 4) {
    const t = tokens[k - 1] as Token;
    if (!(isCapitalised(t) && !NOT_NAMES.has(t.lower) && !isPossessive(t)) && !isNameParticle(tokens, k - 1)) break;
    k--;
  }
  while (k < link - 1 && !isGivenName((tokens[k] as Token).text)) k++;
  const words = tokens.slice(k, link);
  const isName =
    words.length >= 2 &&
    isGivenName((words[0] as Token).text) &&
    looksLikePersonName(words.map((w) => w.text)) &&
    !words.some((w) => isOrgNameWord(w.text) || looksLikeRole(w.text));
  return isName ? k : -1;
}

/**
 * Reads a speaker noun phrase that starts at token `start`, walking right (for "said Lufthansa",
 * "says Roman Shekin, chief operating officer…"). Returns the token range, or null.
 */
export function phraseAfter(tokens: readonly Token[], start: number): { from: number; to: number } | null {
  let i = start;
  const first = tokens[i];
  if (!first) return null;
  if (SPEAKER_PRONOUNS.has(first.lower)) return { from: i, to: i + 1 };
  // "said its chief executive, Clare Moriarty": the role set off before the name; the name speaks.
  const named = nameAfterRole(tokens, i);
  if (named) return named;
  if (LEFT_DETERMINERS.has(first.lower)) i++;
  const from = start;
  // "said farmer Luca Moretti": lower-case words describing the speaker before the name.
  let k = i;
  while (k < tokens.length && k - i < 3 && /^\p{Ll}[\p{Ll}-]*$/u.test((tokens[k] as Token).text)) {
    if (NOT_NAMES.has((tokens[k] as Token).lower) || INNER_CONNECTORS.has((tokens[k] as Token).lower)) break;
    k++;
  }
  // The last of them names a role or a kind of body ("said the speech Putin gave" is no speaker phrase).
  const describer = tokens[k - 1];
  if (
    k > i &&
    tokens[k] &&
    isCapitalised(tokens[k] as Token) &&
    !NOT_NAMES.has((tokens[k] as Token).lower) &&
    describer &&
    (ROLE_WORDS.has(describer.lower) ||
      BODY_KIND_NOUNS.has(describer.lower) ||
      OCCUPATION.test(describer.lower) ||
      // "said retired Army Gen. Wesley Clark", "said former Treasury Secretary Larry Summers".
      ROLE_MODIFIERS.has(describer.lower))
  ) {
    i = k;
  }
  let to = i;
  while (i < tokens.length) {
    const t = tokens[i] as Token;
    if ((isPhraseWord(t) && t.lower !== 'the') || monthAsName(tokens, i) || isNameParticle(tokens, i)) {
      i++;
      to = i;
      continue;
    }
    const next = tokens[i + 1];
    if (INNER_CONNECTORS.has(t.lower) && next && isPhraseWord(next) && to > from) {
      i++;
      continue;
    }
    const head = lowerHeadAhead(tokens, i);
    if (head > i && to > from) {
      i = head;
      to = i;
      continue;
    }
    break;
  }
  return to > from && to > (LEFT_DETERMINERS.has(first.lower) ? start + 1 : start) ? { from, to } : null;
}

/**
 * A person's name after their role and a comma, the role opened by a possessive ("its chief executive, Clare
 * Moriarty", "the group's director, Ana Ruiz"): the name's range, or null.
 */
function nameAfterRole(tokens: readonly Token[], start: number): { from: number; to: number } | null {
  const opener = tokens[start];
  if (!opener || !(POSSESSIVE_DETERMINERS.has(opener.lower) || isPossessive(opener))) return null;
  let k = start + 1;
  while (k < tokens.length && k - start <= 3 && /^\p{Ll}[\p{Ll}-]*$/u.test((tokens[k] as Token).text)) k++;
  const role = tokens[k - 1];
  if (k === start + 1 || !role || !ROLE_WORDS.has(role.lower) || tokens[k]?.text !== ',') return null;
  let end = k + 1;
  while (
    end < tokens.length &&
    end - k <= 4 &&
    isCapitalised(tokens[end] as Token) &&
    !isPossessive(tokens[end] as Token)
  )
    end++;
  const name = tokens.slice(k + 1, end).map((t) => t.text);
  return name.length >= 2 && isGivenName(name[0] ?? '') && looksLikePersonName(name) ? { from: k + 1, to: end } : null;
}

/**
 * End (exclusive) of up to three lower-case words ending in a body's head noun that follow a name
 * ("Viasna human rights center", "Business Ukraine magazine"), or `i` when there are none.
 */
export function lowerHeadAhead(tokens: readonly Token[], i: number): number {
  for (let k = i; k < Math.min(tokens.length, i + 3); k++) {
    const t = tokens[k] as Token;
    if (!/^\p{Ll}+$/u.test(t.text) || NOT_NAMES.has(t.lower) || SPEECH_VERBS.has(t.lower) || VERB_LIKE.test(t.lower)) {
      return i;
    }
    if (ORG_HEADS.has(t.lower) && !['forces', 'military', 'group', 'market', 'service', 'services'].includes(t.lower)) {
      return k + 1;
    }
  }
  return i;
}

function isOrgWord(word: string): boolean {
  return ORG_HEADS.has(word.toLowerCase());
}

/** Is a capitalised word of a name one that makes it a body ("Ministry", "Society", "LLC")? */
function isOrgNameWord(word: string): boolean {
  return ORG_NAME_WORDS.has(word.toLowerCase());
}

/**
 * Do capitalised words with no title or role before them look like a person's name? A given name first
 * ("Claire Hannan") says yes; a common word first or last ("Credit Suisse", "Apple Pay", "Stock Quotes") says
 * no unless the last is a known surname ("Will Smith"); two unknown words ("Josep Borrell") count as a name.
 */
export function looksLikePersonName(words: readonly string[]): boolean {
  const core = words.filter((w) => !NAME_SUFFIXES.has(w.toLowerCase()));
  if (core.length < 2 || core.length > 5) return false;
  if (core.some((w) => /\d/.test(w) || isOrgNameWord(w))) return false;
  const first = core[0] as string;
  const last = core.at(-1) as string;
  if (isAcronym(first) || isAcronym(last)) return false;
  // "Goldman Sachs Marcus" is a body's product, not a person named Marcus.
  if (core.length >= 3 && isKnownOrganization(core.slice(0, -1).join(' '))) return false;
  if (isGivenName(first)) return true;
  // "Will Smith": a common word first, but a surname last.
  if (isCommonWord(first)) return isKnownSurname(last) && core.length === 2;
  if (isCommonWord(last) && !isKnownSurname(last)) return false;
  // "Fox Business", "Atlantic Charter": two words of the dictionary, neither a given name nor a surname it knows.
  if (core.length === 2 && !isKnownSurname(last) && core.every((w) => isDictionaryWord(w.toLowerCase()))) return false;
  return !isKnownPlace(first) && !isKnownPlace(core.join(' '));
}

function isKnownBody(name: string): boolean {
  return KNOWN_BODIES.has(name) || KNOWN_BODIES.has(name.replace(/^the\s+/i, ''));
}

function isAcronym(word: string): boolean {
  return /^(?:\p{Lu}\.){2,}$|^\p{Lu}{2,6}$/u.test(word);
}

/**
 * Interprets a speaker noun phrase: splits role from name, tells a person from a body, a place, a group
 * ("two US officials") or a pronoun. `words` are the phrase's tokens in order.
 */
export function readPhrase(words: readonly Token[]): PhraseReading | null {
  const reading = readWords(words);
  const article = words[0]?.lower;
  return reading?.kind === 'description' && (article === 'a' || article === 'an')
    ? { ...reading, indefinite: true }
    : reading;
}

function readWords(words: readonly Token[]): PhraseReading | null {
  let list = [...words];
  while (list.length > 0 && LEFT_DETERMINERS.has((list[0] as Token).lower) && !/^\d/.test((list[0] as Token).text)) {
    if (['two', 'three', 'four', 'some', 'several', 'many', 'other', 'independent'].includes((list[0] as Token).lower))
      break;
    list = list.slice(1);
  }
  if (list.length === 0) return null;
  const text = (ts: readonly Token[]) => joinTokens(ts);
  const first = list[0] as Token;
  if (list.length === 1) {
    const pronoun = SPEAKER_PRONOUNS.get(first.lower);
    if (pronoun) {
      return {
        name: first.lower,
        kind: 'pronoun',
        role: null,
        gender: pronoun === 'male' || pronoun === 'female' ? pronoun : null,
      };
    }
    if (first.lower === 'who' || first.lower === 'which') return pronounReading(first.lower);
  }
  const lastTok = list.at(-1) as Token;
  // "Markets expect…", "Analysts said…": a plural common noun, capitalised to open the sentence, is a group.
  if (list.length === 1 && isCapitalised(first) && isPluralWord(first.text) && !isKnownOrganization(first.text)) {
    return { name: first.text, kind: 'group', role: null, gender: null };
  }
  // "the statement", "the Russian Ministry of Defense statement": the speaker is whoever issued it.
  if (STATEMENT_WORDS.has(lastTok.lower)) {
    const issuerWords = list.slice(0, -1);
    return {
      name: 'statement',
      kind: 'statement',
      role: null,
      gender: null,
      issuer: issuerWords.length > 0 ? readWords(issuerWords) : null,
    };
  }
  // "Facebook-owner Meta", "TikTok-parent ByteDance": a body described by what it owns or makes, not a person.
  if (list.length >= 2 && /^\p{Lu}[\p{L}\d&.]*-(?:owner|parent|maker|backed)$/u.test(first.text)) {
    const body = readWords(list.slice(1));
    if (body && body.kind !== 'pronoun' && body.kind !== 'statement' && body.kind !== 'group') {
      return { ...body, kind: 'organization', role: first.text };
    }
  }
  // "A spokesperson for Lufthansa", "A Wizz Air spokesperson": the body speaks through its spokesperson.
  const forAt = list.findIndex((t) => t.lower === 'for');
  if (forAt > 0 && SPOKES.test((list[forAt - 1] as Token).lower)) {
    const body = readPhrase(list.slice(forAt + 1));
    if (body) return { ...body, role: text(list.slice(0, forAt)) };
  }
  if (SPOKES.test(lastTok.lower) && list.length > 1) {
    const body = readPhrase(list.slice(0, -1));
    if (body && (body.kind === 'organization' || body.kind === 'name' || body.kind === 'place')) {
      return { ...body, kind: 'organization', role: lastTok.text };
    }
  }
  // "Lucy Brown of the Resolution Foundation", "Tom Smith from the RAC": the person, with the body as their role.
  const link = list.findIndex((t, i) => i >= 2 && PERSON_LINKS.has(t.lower));
  if (link >= 2 && personEndingAt(list, link) === 0) {
    const body = list.slice(link + 1).filter((w, i) => i > 0 || w.lower !== 'the');
    return {
      name: text(list.slice(0, link)),
      kind: 'person',
      role: body.length > 0 ? text(body) : null,
      gender: givenNameGender((list[0] as Token).text),
    };
  }
  // "Chairman of the Council of Economic Advisers Kevin Hassett": a role naming a body, then the person.
  const person = trailingPerson(list);
  // "the aircraft carrier USS Carl Vinson": a ship is named after a person, but is none.
  if (person > 0 && VESSEL_PREFIXES.has(list[person - 1]?.text ?? '')) {
    return { name: text(list.slice(person)), kind: 'organization', role: SHIP_ROLE, gender: null };
  }
  if (person > 0) {
    const roleWords = list.slice(0, person);
    const nameWords = list.slice(person);
    return {
      name: text(nameWords),
      kind: 'person',
      role: cleanRole(roleWords),
      gender: genderOf(roleWords) ?? givenNameGender(nameWords[0]?.text ?? ''),
    };
  }
  // A body named by its kind: "The UK's Foreign Office", "the Russian Ministry of Defense",
  // "Russia's defense ministry", "Viasna human rights center".
  const headAt = list.findLastIndex((t) => isOrgWord(stripPossessive(t.lower)) && t.lower !== 'kremlin');
  if (headAt >= 0 && list.slice(headAt + 1).every((t, i, rest) => isOrgTail(t, rest[i - 1]))) {
    // "The carrier Nordic Air": a capitalised head starts the name at its first capital; a lower-case head
    // ("Poland's interior ministry", "The U.K. government") keeps the whole phrase.
    if (!list.some((t) => isCapitalised(t))) {
      return { name: text(list).toLowerCase(), kind: 'description', role: null, gender: null };
    }
    // "the Swiss bank", "a German airline": a country has many companies, so this describes one met before;
    // "the U.K. government" is the country's own body and a name.
    const head = list[headAt] as Token;
    if (
      !isCapitalised(head) &&
      COMPANY_KINDS.has(head.lower) &&
      list.slice(0, headAt).every((t) => !isCapitalised(t) || NATIONALITY_WORDS.has(t.lower) || countryOfWord(t.text))
    ) {
      return { name: text(list).toLowerCase(), kind: 'description', role: null, gender: null };
    }
    const headCapitalised = isCapitalised(list[headAt] as Token);
    const firstCap = list.findIndex((t) => isCapitalised(t));
    const from = headCapitalised && firstCap >= 0 ? firstCap : 0;
    return { name: text(list.slice(from)), kind: 'organization', role: null, gender: null };
  }
  // "General Motors", "General Electric": a title word that opens a company's name.
  const capsFrom = list.findIndex((_t, i) => list.slice(i).every((w) => isCapitalised(w)));
  if (
    capsFrom >= 0 &&
    list.length - capsFrom >= 2 &&
    isOrgNameWord(lastTok.text) &&
    TITLES.has((list[capsFrom] as Token).lower)
  ) {
    return { name: text(list.slice(capsFrom)), kind: 'organization', role: null, gender: null };
  }
  // Trailing capitalised run that is not a role or title is the name.
  let nameFrom = list.length;
  while (nameFrom > 0) {
    const t = list[nameFrom - 1] as Token;
    // "Academy of Motion Picture Arts and Sciences": "and" joins words of a name only after its "of".
    const joiner =
      (t.lower === 'and' || t.text === '&') &&
      list.slice(0, nameFrom - 1).some((w) => w.lower === 'of' || w.lower === 'for');
    const connector = (INNER_CONNECTORS.has(t.lower) || joiner) && nameFrom < list.length && nameFrom - 2 >= 0;
    if (connector) {
      nameFrom--;
      continue;
    }
    // "Suhail al-Mazrouei", "Lula da Silva": a surname's article or a particle inside the name.
    if (ARTICLE_SURNAME.test(t.text) || (nameFrom < list.length && isNameParticle(list, nameFrom - 1))) {
      nameFrom--;
      continue;
    }
    if (!isCapitalised(t) || isPossessive(t)) break;
    // "Dr. Pope", "Mr. King": a word after a courtesy title is a surname even when it is also a title.
    const prior = (list[nameFrom - 2] as Token | undefined)?.text ?? '';
    const afterCourtesy = nameFrom === list.length && (COURTESY.has(prior.toLowerCase()) || isGivenName(prior));
    // "Amrita Sen", "Gail Gen": a short title written without its point, last after a word of a name, is a surname
    // (a title stands before the name it is of, never after it).
    const surnameAsTitle =
      nameFrom === list.length &&
      nameFrom >= 2 &&
      // Written as a name is ("Sen", not "CFO" nor "Sen.").
      /^\p{Lu}\p{Ll}{1,3}$/u.test(t.text) &&
      isCapitalised(list[nameFrom - 2] as Token) &&
      !TITLES.has(prior.toLowerCase()) &&
      !ROLE_WORDS.has(prior.toLowerCase()) &&
      !NATIONALITY_WORDS.has(prior.toLowerCase()) &&
      !isCommonWord(prior);
    if (
      !afterCourtesy &&
      !surnameAsTitle &&
      (TITLES.has(t.lower) || ROLE_ACRONYMS.has(t.lower) || (ROLE_WORDS.has(t.lower) && nameFrom < list.length))
    ) {
      break;
    }
    // "Russian Defence Minister" keeps the adjective out of the name; "Federal Reserve", "National Health
    // Service" keep it in: it is part of a body's name.
    const bodyName = list.slice(nameFrom).some((w) => isOrgNameWord(w.text));
    if (NATIONALITY_WORDS.has(t.lower) && nameFrom < list.length && !isAcronym(t.text) && !bodyName) break;
    nameFrom--;
  }
  while (nameFrom < list.length && INNER_CONNECTORS.has((list[nameFrom] as Token).lower)) nameFrom++;
  const nameWords = list.slice(nameFrom);
  const roleWords = list.slice(0, nameFrom);
  const roleText = roleWords.length > 0 ? text(roleWords) : null;
  const gender = genderOf(roleWords) ?? (nameWords.length >= 2 ? givenNameGender(nameWords[0]?.text ?? '') : null);
  if (nameWords.length === 0) {
    // No proper name: a group of people named by role ("two US officials", "Independent military analysts").
    if (ROLE_WORDS.has(lastTok.lower) && /[^s]s$|men$|people$/.test(lastTok.lower)) {
      return { name: text(words.filter((w) => w.lower !== 'the')), kind: 'group', role: null, gender: null };
    }
    // "the minister", "the Prime Minister", "the e-commerce giant": somebody the article has named already.
    if (isPersonNoun(lastTok.lower) || TITLES.has(lastTok.lower) || COMPANY_KINDS.has(lastTok.lower)) {
      return { name: text(list).toLowerCase(), kind: 'description', role: null, gender: null };
    }
    return null;
  }
  const name = text(nameWords);
  // "the owner of the Felicity Ace", "a spokesman for Acme": the name is what the role is of, not who holds it.
  const roleTail = roleWords.filter((w) => !['the', 'a', 'an'].includes(w.lower)).at(-1)?.lower;
  if (roleTail !== undefined && ROLE_OBJECT_PREPOSITIONS.has(roleTail)) {
    return { name, kind: 'name', role: null, gender: null };
  }
  const lastName = (nameWords.at(-1) as Token).lower;
  // "LONDON —": a dateline in capitals is a place, not an acronym.
  if (nameWords.length === 1 && /^\p{Lu}{4,}$/u.test(name) && isKnownPlace(name)) {
    return { name, kind: 'place', role: null, gender: null };
  }
  const roleHead = stripPossessive((roleWords.at(-1) as Token | undefined)?.lower ?? '');
  if (VESSEL_PREFIXES.has(roleWords.at(-1)?.text ?? '')) {
    return { name, kind: 'organization', role: SHIP_ROLE, gender: null };
  }
  // "Ms. Disney", "Mr. Ford": a courtesy title makes a person whatever the name also names.
  if (roleWords.length > 0 && COURTESY.has((roleWords.at(-1) as Token).lower) && nameWords.length <= 3) {
    return { name, kind: 'person', role: cleanRole(roleWords), gender: genderOf(roleWords) };
  }
  // "Senator Elizabeth Warren of Massachusetts": a person named with a place, the place no part of the name.
  const ofAt = nameWords.findIndex((w) => w.lower === 'of');
  if (ofAt > 0) {
    const before = nameWords.slice(0, ofAt);
    const personal = roleWords.some((w) => TITLES.has(w.lower) || isRoleNoun(stripPossessive(w.lower)));
    if (
      before.length >= 1 &&
      (personal || looksLikePersonName(before.map((w) => w.text))) &&
      !before.some((w) => isOrgNameWord(w.text))
    ) {
      return readWords([...list.slice(0, list.length - nameWords.length), ...before]);
    }
  }
  // "the publisher of Business Ukraine", "US-based technology company Maxar": a body, not a person.
  const ofBody = ['of', 'for', 'at'].includes(roleHead) || BODY_KIND_NOUNS.has(roleHead);
  if (
    ofBody ||
    isKnownBody(name) ||
    nameWords.some(
      (w, i) =>
        isOrgWord(w.text) || (isOrgNameWord(w.text) && (i > 0 || ['of', 'for'].includes(nameWords[1]?.lower ?? ''))),
    ) ||
    (nameWords.length === 1 && isAcronym(name)) ||
    isKnownOrganization(name)
  ) {
    const bodyKind = BODY_KIND_NOUNS.has(roleHead) ? roleText : null;
    return { name, kind: 'organization', role: ofBody ? bodyKind : roleText, gender: null };
  }
  if (STATE_NAMES.has(name) || (isKnownPlace(name) && !isGivenName(nameWords[0]?.text ?? ''))) {
    return { name, kind: 'place', role: null, gender: null };
  }
  const thing =
    THING_HEADS.has(lastName) ||
    // "the Bill", "Bill C-11" name a law; "Bill Bullen", "Park Geun-hye" a person: a given name, or a surname that is
    // no English word, follows.
    (THING_HEADS.has((nameWords[0] as Token).lower) &&
      !(nameWords.length >= 2 && (isGivenName((nameWords[0] as Token).text) || !isDictionaryWord(lastName)))) ||
    nameWords.some((w) => w.lower === 'of' || /-(based|made|backed|led)$/.test(w.lower));
  // "Visa-issued", "Oscar-nominated", "Kremlin-backed": a name turned into an adjective names nobody.
  if (nameWords.length === 1 && /-\p{Ll}+ed$/u.test(name)) return null;
  const onlyNationality = nameWords.every((w) => NATIONALITY_WORDS.has(w.lower) || /-based$/.test(w.lower));
  // "Swiss added": a lone nationality word as the whole phrase is a body's short name.
  if (thing || (onlyNationality && list.length > 1)) {
    return null;
  }
  // A role or title before the name, or words that look like a given name and a surname, make a person.
  const personal = roleWords.some((w) => TITLES.has(w.lower) || isRoleNoun(stripPossessive(w.lower)));
  if (personal || looksLikePersonName(nameWords.map((w) => w.text))) {
    return { name, kind: 'person', role: cleanRole(roleWords), gender };
  }
  return { name, kind: 'name', role: null, gender: genderOf(roleWords) };
}

/** The role a ship's name is read with: a body of the knowledge, never a person, whoever it is named after. */
export const SHIP_ROLE = 'ship';

/** The prefixes navies and shipping lines write before a ship's name. */
const VESSEL_PREFIXES: ReadonlySet<string> = new Set(['USS', 'HMS', 'HMCS', 'HMAS', 'HMNZS', 'MV', 'RMS', 'INS']);

const SPOKES = /^(spokes(person|man|woman|people|men)|representative)$/;

/**
 * Where a person's name starts at the end of a phrase that also names a body or a role ("… Economic Advisers
 * Kevin Hassett", "JCN president and CEO Alfredo Ortiz"): two or three capitalised words that begin with a given
 * name and hold no word of a body's name (up to four: "Andrés Manuel López Obrador"). Returns the index, or -1.
 */
function trailingPerson(list: readonly Token[]): number {
  for (let n = 4; n >= 2; n--) {
    const at = list.length - n;
    if (at < 1) continue;
    const words = list.slice(at);
    if (!words.every((w) => isCapitalised(w) && !isPossessive(w) && !isOrgNameWord(w.text))) continue;
    // "JPMorgan Chase CEO Jamie Dimon": a title inside is no part of a name.
    if (words.some((w) => looksLikeRole(w.text))) continue;
    if (!isGivenName((words[0] as Token).text) || !looksLikePersonName(words.map((w) => w.text))) continue;
    const before = list[at - 1] as Token;
    if (INNER_CONNECTORS.has(before.lower)) continue;
    // "Andrés Manuel López Obrador": a given name before is the name's own first word, not a role.
    if (isCapitalised(before) && isGivenName(before.text) && !looksLikeRole(before.text)) continue;
    return at;
  }
  return -1;
}

/** May `t` follow a body's head noun inside its name ("Ministry of Defense", "Bank for Reconstruction")? */
function isOrgTail(t: Token, prev: Token | undefined): boolean {
  if (INNER_CONNECTORS.has(t.lower)) return true;
  return isCapitalised(t) && prev !== undefined && (INNER_CONNECTORS.has(prev.lower) || isCapitalised(prev));
}

/** Does a phrase name a role ("Ukraine's Defense Minister"), as opposed to a place or a thing? */
export function looksLikeRole(text: string): boolean {
  return text
    .toLowerCase()
    .split(/[\s,]+/)
    .some((w) => ROLE_WORDS.has(stripPossessive(w)) || TITLES.has(w));
}

/** The role part without courtesy titles ("Mr", "Dr"), which are not roles. */
/** Prepositions that end a role before the name of what the role is of ("owner of", "spokesman for"). */
const ROLE_OBJECT_PREPOSITIONS = new Set(['of', 'for', 'at', 'to', 'with', 'from']);

function cleanRole(roleWords: readonly Token[]): string | null {
  const kept = roleWords.filter((w) => !GENDERED_TITLES.has(w.lower) && !['dr', 'dr.'].includes(w.lower));
  return kept.length > 0 ? joinTokens(kept).replace(/,\s*$/, '') : null;
}

function genderOf(roleWords: readonly Token[]): 'male' | 'female' | null {
  for (const w of roleWords) {
    const g = GENDERED_TITLES.get(w.lower);
    if (g) return g;
  }
  return null;
}
