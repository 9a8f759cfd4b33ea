/**
 * What compromise's word list knows about a single word: a given name (and its usual gender), a place, a known
 * company, or a common English word. A direct look-up in its lexicon, with no parsing: names are checked often
 * (every capitalised word of every article) and must cost nothing.
 */
import nlp from 'compromise';

type Tags = string | readonly string[] | undefined;

const LEXICON = (nlp.model() as { one: { lexicon: Record<string, Tags> } }).one.lexicon;

function tagsOf(word: string): readonly string[] {
  const lower = word.toLowerCase();
  // "Andrés", "José", "Zoë": the list spells names without their accents.
  const t = LEXICON[lower] ?? (/[^a-z]/.test(lower) ? LEXICON[withoutAccents(lower)] : undefined);
  if (t === undefined) return [];
  return typeof t === 'string' ? [t] : t;
}

/** The word with its letters' accents taken off ("andrés" → "andres"). */
function withoutAccents(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '');
}

const GIVEN = new Set(['FirstName', 'MaleName', 'FemaleName']);
const PLACE = new Set(['Country', 'City', 'Region', 'Place']);
/** Tags of adverbs and function words, which are common words and never nouns. */
const ADVERB_AND_FUNCTION = ['Adverb', 'Preposition', 'Conjunction', 'Determiner', 'Pronoun', 'Modal'];
/** Tags of common words, which a capitalised word at a sentence's start is likely to be. */
const COMMON = new Set([
  'Gerund',
  'Adjective',
  'PastTense',
  'Plural',
  'PresentTense',
  'Infinitive',
  'Singular',
  'Noun',
  'Uncountable',
  'Comparative',
  'Superlative',
  ...ADVERB_AND_FUNCTION,
  'Expression',
  'Participle',
  'Copula',
  'Negative',
  'QuestionWord',
  'Actor',
  'Verb',
  'Imperative',
  'Condition',
]);

/** A tag of a name: given name, surname, place or organisation. */
function isNameTag(tag: string): boolean {
  return GIVEN.has(tag) || PLACE.has(tag) || tag === 'Organization' || tag === 'LastName';
}

/** Is the word a given name in compromise's list ("Jamie", "Claire"), or one it files as a common word ("Bill")? */
export function isGivenName(word: string): boolean {
  return tagsOf(word).some((t) => GIVEN.has(t)) || (/^\p{Lu}/u.test(word) && GIVEN_AND_COMMON.has(word.toLowerCase()));
}

/**
 * Common given names that compromise's lexicon files only under another tag (a noun, a verb, a place): "Bill",
 * "Will", "Frank", "Ray". Capitalised, they open people's names in news as often as any other given name.
 */
const GIVEN_AND_COMMON: ReadonlySet<string> = new Set(
  'bill will frank ray dean rose hope jean guy gene rich sandy max art rusty penny ruby jordan henk wade cliff glen grace faith joy dawn'.split(
    ' ',
  ),
);

/** The usual gender of a given name, when the list says ("Claire" → female), else null. */
export function givenNameGender(word: string): 'male' | 'female' | null {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  return null;
}

/** Is the word a surname in the list ("Smith", "Putin")? */
export function isKnownSurname(word: string): boolean {
  return tagsOf(word).includes('LastName');
}

/** Is the word a country, city or region ("Kazakhstan", "London")? */
export function isKnownPlace(word: string): boolean {
  return tagsOf(word).some((t) => PLACE.has(t));
}

/** Is the word a company or body the list knows ("Walmart", "Citigroup")? */
export function isKnownOrganization(word: string): boolean {
  return tagsOf(word).includes('Organization');
}

/**
 * Is the word a common English word (noun, verb, adjective, adverb, function word) and neither a given name nor a
 * place? "Following", "Liquid", "Banks" are; "Jamie", "London", "Visa" are not.
 */
export function isCommonWord(word: string): boolean {
  const tags = tagsOf(word);
  // "Nearly", "Currently": an adverb the list does not hold is still no name.
  if (tags.length === 0) return /^\p{L}{3,}ly$/u.test(word) && !/(?:ely|lly)$/u.test(word.toLowerCase());
  if (tags.some(isNameTag)) return false;
  return tags.some((t) => COMMON.has(t));
}

const NOUN_TAGS = new Set(['Noun', 'Singular', 'Uncountable', 'ProperNoun']);

/** Is the word only ever a singular noun in the list ("Credit", "Rose", "Alfredo"), never a verb or adjective? */
export function isOnlyNoun(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((t) => NOUN_TAGS.has(t));
}

const NAMELIKE_TAGS = new Set(['Noun', 'Singular', 'Uncountable', 'ProperNoun', 'Adjective']);

/** Is the word only ever a noun or an adjective in the list ("Sandy", "Rose"): a word a given name can be? */
export function isNounOrAdjective(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length > 0 && tags.every((t) => NAMELIKE_TAGS.has(t));
}

const NOT_NOUN_TAGS = new Set([
  'PastTense',
  'PresentTense',
  'Gerund',
  'Adjective',
  ...ADVERB_AND_FUNCTION,
  'Participle',
  'Copula',
  'Comparative',
  'Superlative',
]);

/**
 * May the word be a count noun ("photon", "sailor", "ship")? Unknown words may; words the list knows only as
 * verb forms, adjectives, adverbs or function words ("knew", "left", "soon", "out") may not. A bare verb form
 * ("ship", "fund") is often a noun too and may.
 */
export function mayBeNoun(word: string): boolean {
  const tags = tagsOf(word);
  return tags.length === 0 || tags.some((t) => !NOT_NOUN_TAGS.has(t));
}

/** Is the word a plural common noun in the list ("Markets", "Analysts"), and never a name? */
export function isPluralWord(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.some(isNameTag)) return false;
  return tags.includes('Plural') || (/^\p{L}{3,}[^s']s$/u.test(word) && isCommonWord(word));
}
