/**
 * Which words are counted nouns and which end a noun phrase. Both the number finder ("1.5m people": is a
 * glued "m" a million?) and the unit finder ("30,000 combat troops") ask, so the answer lives apart from both.
 */
import { isCapitalised, type Token } from './tokens.ts';

/** Plural nouns that do not end in -s. */
const IRREGULAR_PLURALS = new Set([
  'people',
  'children',
  'men',
  'women',
  'personnel',
  'police',
  'crew',
  'staff',
  'aircraft',
  'cattle',
  'livestock',
  'sheep',
  'infantry',
  'militia',
  'offspring',
  'civilians',
  'data',
]);

/** Words that end a noun phrase: prepositions, conjunctions, determiners, auxiliaries, pronouns, adverbs. */
export const FUNCTION_WORDS = new Set(
  (
    'of in on at from to for with by into onto across along near over under after before since during between ' +
    'against toward towards through per within without around about like than as upon amid amongst among via ' +
    'and or but nor so yet while because if that which who whom whose where when whether although though ' +
    'the a an this these those its their his her our my your some any each every all both no another other such ' +
    'is are was were be been being am has have had do does did will would shall should can could may might must ' +
    'it they we he she you i them us him me there here not never also only just more most less even still ' +
    'already now then ago away apart again always perhaps sometimes besides unless whereas afterwards ' +
    'says said say claims includes remains seems appears means goes comes gets makes takes needs wants shows ' +
    'suggests stands faces lies tries believes estimates reports according onwards afterwards towards backwards'
  ).split(' '),
);

/** Is the token a plural common noun that can be counted (or an acronym plural such as "BTGs")? */
export function isPluralNoun(t: Token | undefined): boolean {
  if (t?.kind !== 'word') return false;
  if (/^\p{Lu}{2,}s$/u.test(t.text)) return true;
  if (isCapitalised(t)) return false;
  if (FUNCTION_WORDS.has(t.lower)) return false;
  if (IRREGULAR_PLURALS.has(t.lower)) return true;
  // "grandchildren", "townspeople", "spokeswomen".
  if (/^[a-z]{2,}(?:children|people|women)$/.test(t.lower)) return true;
  // "servicemen", "gunmen", "policemen" (but not "specimen").
  if (/^[a-z]{3,}men$/.test(t.lower) && !/(?:speci|abdo|regi|sta)men$/.test(t.lower)) return true;
  return /^[a-z][a-z-]{2,}s$/.test(t.lower) && !/(ss|us|is)$/.test(t.lower);
}
