/**
 * Questions of whether something was, read for what their answer must hold: "were there any dissents" (a passage that
 * speaks of dissent), "did CBS also stop reporting" (a sentence naming CBS beside the act), "did FedEx say how many"
 * (their words with a number); and a name that only sets the scene ("now that the Fed is tightening").
 */
import { fold, processTerm, termsOf, tokenize } from '../search/index.ts';
import { type FoundName, shownName } from './asked-names.ts';
import { containsForm } from './folded.ts';
import type { Question } from './question.ts';

/** "Did they say how many", "did it disclose how much": a number asked of someone's words. */
export const SAYS_HOW_MANY =
  /\b(?:say|said|tell|told|disclose|disclosed|reveal|revealed|give|gave|mention|mentioned|announce|announced)\s+(?:\w+\s+)?how (?:many|much)\b/i;

/** A clause of circumstance after the question's own ("now that the Fed is tightening", "amid the war"). */
export const CIRCUMSTANCE =
  /\s(?:now that|given that|at a time when|amid|while|because|(?<!\bsuch |\bas \w+ )as the)\s/i;

/** "Did X also …", "… as well", "… too": whether one more did the same. */
const ALSO_ASKED =
  /^\s*(?:did|does|do|has|have|had|is|are|was|were|will|would)\b.*\b(?:also|as well|too)\s*\??\s*$|^\s*(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+.+?\s+also\b/i;

/**
 * Who a "did X also …" question asks about, as a test on a sentence's folded words, and the act: the words between
 * the verb and "also" ("cbs news"), else the first name found; the act is the question's verb, else its first word.
 */
export function alsoAsked(
  text: string,
  question: Question,
  found: readonly FoundName[],
): { subject: (folded: string) => boolean; act: string; shown: string } | null {
  if (!ALSO_ASKED.test(text)) return null;
  const before = /^\s*(?:did|does|do|has|have|had|is|are|was|were|will|would)\s+(?:the\s+)?(.+?)\s+also\b/i.exec(
    text,
  )?.[1];
  const words = before ? tokenize(before).map((w) => fold(w)) : [];
  const first = found[0];
  const subject =
    words.length > 0 && words.length <= 4
      ? (sentence: string) => containsForm(sentence, [words])
      : first
        ? (sentence: string) => containsForm(sentence, first.forms)
        : null;
  // Without its doer before "also" ("does Pelosi want the court covered as well"), "as well" may be of the object:
  // only the question's own verb is the act then.
  const act =
    question.predicate ??
    (words.length > 0 ? question.content.find((t) => !words.some((w) => processTerm(w) === t)) : undefined);
  if (!subject || !act) return null;
  return { subject, act, shown: before && words.length > 0 ? before : first ? shownName(first) : 'they' };
}

/** The index terms of what "were there any …" asks to exist ("dissents"), or none when it is not so asked. */
export function thingAskedToExist(text: string): string[] {
  const m =
    /^\s*(?:were|was|are|is|will|would)\s+there\s+(?:any|a|an|some)\s+(.+?)(?:\s+(?:in|at|on|for|of|during|after|before|to|with|from|by|over|between|when|if)\b|[?.!,]|$)/i.exec(
      text,
    );
  const words = m?.[1] ?? '';
  // "Was there anything …": no thing named.
  if (/^(?:thing|one|body|where)\b/i.test(words)) return [];
  return termsOf(words);
}
