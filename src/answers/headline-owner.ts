/**
 * A figure of someone named in an article's headline, told in a sentence that does not name them: "the $2.4bn Jadar
 * lithium mine" under "Serbia revokes Rio Tinto's licence", "an auction … has netted £700m" under "ScotWind auction
 * raises £700m". The article is on them; the sentence answers when it is on the thing asked and on no one else.
 */

import { escapeRegExp } from '../regexp.ts';
import type { Hit } from '../search/index.ts';
import { processTerm, tokenize } from '../search/index.ts';
import type { FoundName } from './asked-names.ts';
import type { AnswerContext } from './context.ts';
import { containsForm, foldedWords } from './folded.ts';
import { namedByParagraph } from './passages.ts';
import type { Question } from './question.ts';
import { relatedIn } from './ranking.ts';

/** The forms of a name, as `FoundName.forms`. */
type Forms = readonly (readonly string[])[];

/**
 * Whether a passage gives the figure of the one whose forms are given, through its article's headline. `aboutAnother`
 * says whether the sentence is on someone else (it opens with another name, or speaks of others).
 */
export function headlineReader(
  ctx: AnswerContext,
  question: Question,
  found: readonly FoundName[],
  aboutAnother: (h: Hit, forms: Forms) => boolean,
): (h: Hit, forms: Forms) => boolean {
  const counted = question.counted;
  // The sentence writes the thing asked: what is counted, or one of the question's other words, in its own words
  // (not "KKR spent $1.1 billion on …" under a headline on another of its deals, nor "the company posted a profit"
  // in a round-up headed by several names).
  const onThingAsked = (h: Hit) => {
    const terms = tokenize(h.snippet).flatMap((w) => processTerm(w) ?? []);
    // Or in a word news uses for it ("viewership" for the audience asked).
    return counted !== null
      ? terms.includes(counted)
      : question.content.length === 0 || question.content.some((t) => relatedIn(terms, t));
  };
  // Nor does it give the thing as another's ("a stake in Ryan Tedder's catalog" for John Legend's).
  const anothersThing = (h: Hit, forms: Forms) =>
    [...h.snippet.matchAll(POSSESSED)].some(
      (m) =>
        !containsForm(foldedWords(m[1] ?? ''), forms) &&
        tokenize(m[2] ?? '').some((w) => question.content.includes(processTerm(w) ?? '')),
    );
  // Nor name another body ("Rival Ondex delivered 120,000 vehicles" under "Voltra posts record year"). One named as
  // the source of the figure ("according to Nielsen ratings") is not the one it is about.
  const namesOtherBody = (h: Hit) =>
    (namedByParagraph(ctx, 'organization').get(`${h.article}\0${h.paragraph}`) ?? []).some((name) => {
      const words = foldedWords(name);
      const last = escapeRegExp(name.split(/\s+/).at(-1) ?? name);
      return (
        !found.some((f) => containsForm(words, f.forms)) &&
        new RegExp(String.raw`\b${last}\b`).test(h.snippet) &&
        !new RegExp(String.raw`\baccording to (?:the )?(?:[\p{L}.&'’-]+ ){0,3}?${last}\b`, 'u').test(h.snippet)
      );
    });
  return (h, forms) =>
    containsForm(foldedWords(ctx.article(h.article)?.meta.title ?? ''), forms) &&
    !aboutAnother(h, forms) &&
    !namesOtherBody(h) &&
    onThingAsked(h) &&
    !anothersThing(h, forms);
}

/** A name and what it owns: "Ryan Tedder's catalog of hits" (the name, then up to three words). */
const POSSESSED = /(\p{Lu}[\p{L}.-]*(?:\s+\p{Lu}[\p{L}.-]*)*)['’]s\s+((?:[\p{L}-]+\s+){0,2}[\p{L}-]+)/gu;
