/**
 * language/: how English news copy is written, independent of any kind of fact. It owns sentence splitting,
 * word tokens, speaker noun phrases, quotation marks, the word lists (lexicon), number words and tense.
 *
 * Folder order (each folder imports only folders to its left): language ← entities ← speakers ← figures;
 * language ← dates; language ← events.
 * language/ is the bottom: it must NOT import entities/, speakers/, figures/, dates/ or events/, nor the door,
 * the cache or the pipeline; of the top level it may import only `../types.ts`.
 */
export { COUNTRY_OF_ADJECTIVE, countryOfWord } from './countries.ts';
export {
  GENDERED_TITLES,
  NAME_SUFFIXES,
  NAMING_WORDS,
  NATIONALITY_WORDS,
  NOT_NAMES,
  ORG_HEADS,
  ORG_NAME_WORDS,
  POSSESSIVE_DETERMINERS,
  ROLE_ACRONYMS,
  ROLE_MODIFIERS,
  ROLE_WORDS,
  SPEECH_VERBS,
  TITLES,
  WEAK_SPEECH_VERBS,
  wordSet,
} from './lexicon.ts';
export {
  isPersonNoun,
  looksLikePersonName,
  looksLikeRole,
  lowerHeadAhead,
  type PhraseReading,
  phraseAfter,
  phraseBefore,
  pronounReading,
  readPhrase,
  SHIP_ROLE,
} from './name-phrase.ts';
export { NUMBER_WORDS, numberWordValue } from './number-words.ts';
export { findQuoteSpans, maskQuotes, type QuoteSpan } from './quote-spans.ts';
export { sentencesOf, splitSentences } from './sentences.ts';
export { execAtEnd } from './tail-match.ts';
export { type Tense, tenseAt, verbsOf } from './tense.ts';
export { isCapitalised, isPossessive, joinTokens, stripPossessive, type Token, tokenize } from './tokens.ts';
export {
  givenNameGender,
  isCommonWord,
  isGivenName,
  isKnownOrganization,
  isKnownPlace,
  isKnownSurname,
  isNounOrAdjective,
  isOnlyNoun,
  mayBeNoun,
} from './word-tags.ts';
