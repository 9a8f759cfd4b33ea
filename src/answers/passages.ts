/**
 * What a passage holds of a question's words, read once per paragraph or article: the paragraph of a hit, the
 * paragraphs either side of it (news spreads a fact over two), and the whole article. The refusals of `ask.ts` read
 * them; each is memoised for the one question being answered.
 */

import type { EntityKind } from '../extract/types.ts';
import { type Hit, termsOf } from '../search/index.ts';
import { type AnswerContext, memo } from './context.ts';
import { containsForm, foldedWords } from './folded.ts';
import { people } from './people.ts';
import { relatedIn } from './ranking.ts';
import { synonymsOf } from './synonyms.ts';

/** Tests of a term (or a word news uses for it) against the text around a hit. */
export interface PassageReader {
  /** The hit's paragraph uses the term. */
  readonly inParagraph: (h: Hit, term: string) => boolean;
  /** The hit's paragraph or one either side of it uses the term. */
  readonly around: (h: Hit, term: string) => boolean;
  /** The same, or uses a synonym of it that WordNet gives ("disconnect" for "unplug"). */
  readonly aroundInOtherWords: (h: Hit, term: string) => boolean;
  /** Some paragraph of the article uses the term. */
  readonly inArticle: (article: string, term: string) => boolean;
  /**
   * The hit's paragraph or one within `span` paragraphs of it uses the term, or a synonym of it that WordNet gives:
   * what someone said on a subject may say it otherwise ("impact" for "affect").
   */
  readonly within: (h: Hit, term: string, span: number) => boolean;
  /**
   * The name is the article's background: named in a third of the paragraphs or more of an article long enough to
   * tell ("the Fed" in an article on a Fed meeting), so being near it says nothing of what a sentence is about.
   */
  readonly background: (article: string, forms: readonly (readonly string[])[]) => boolean;
  /** The article writes the folded word with a capital inside a sentence ("shares of Shell"): a name there. */
  readonly namedInArticle: (article: string, word: string) => boolean;
}

/** Share of an article's paragraphs from which a name is its background. */
const BACKGROUND_SHARE = 0.3;
/** Paragraphs an article needs for that share to say anything (a three-paragraph brief names its subject in all). */
const BACKGROUND_MIN_PARAGRAPHS = 6;

/** A reader for one question: the terms of each paragraph and article are split once, when first asked for. */
export function passageReader(ctx: AnswerContext): PassageReader {
  const paragraphs = new Map<string, readonly string[]>();
  const paragraphTerms = (article: string, n: number, fallback = ''): readonly string[] => {
    const key = `${article}\0${n}`;
    let terms = paragraphs.get(key);
    if (terms === undefined) {
      terms = termsOf(ctx.paragraph(article, n) ?? fallback);
      paragraphs.set(key, terms);
    }
    return terms;
  };
  const articles = new Map<string, readonly string[]>();
  const capitalised = new Map<string, ReadonlySet<string>>();
  const backgrounds = new Map<string, boolean>();
  const inParagraph = (h: Hit, term: string) => relatedIn(paragraphTerms(h.article, h.paragraph, h.snippet), term);
  const around = (h: Hit, term: string) =>
    inParagraph(h, term) ||
    [h.paragraph - 1, h.paragraph + 1].some((n) => relatedIn(paragraphTerms(h.article, n), term));
  return {
    inParagraph,
    around,
    aroundInOtherWords: (h, term) =>
      around(h, term) ||
      [h.paragraph - 1, h.paragraph, h.paragraph + 1].some((n) =>
        inOtherWords(paragraphTerms(h.article, n, n === h.paragraph ? h.snippet : ''), term),
      ),
    within: (h, term, span) => {
      for (let n = h.paragraph - span; n <= h.paragraph + span; n++) {
        if (
          n >= 1 &&
          (relatedIn(paragraphTerms(h.article, n), term) || inOtherWords(paragraphTerms(h.article, n), term))
        )
          return true;
      }
      return false;
    },
    background: (article, forms) => {
      // Asked for each passage of someone's words: read once per article and name.
      const key = `${article}\0${forms.map((f) => f.join(' ')).join('\0')}`;
      let known = backgrounds.get(key);
      if (known === undefined) {
        const texts = ctx.article(article)?.paragraphs.map((p) => p.text) ?? [];
        const naming = texts.filter((t) => containsForm(foldedWords(t), forms)).length;
        known = texts.length >= BACKGROUND_MIN_PARAGRAPHS && naming / texts.length >= BACKGROUND_SHARE;
        backgrounds.set(key, known);
      }
      return known;
    },
    namedInArticle: (article, word) => {
      let names = capitalised.get(article);
      if (names === undefined) {
        const text = ctx.article(article)?.paragraphs.map((p) => p.text) ?? [];
        // A capitalised word after a word that ends no sentence (not after ".", "?", a quotation mark or a colon).
        const inside = text.join('\n').matchAll(/(?<=[\p{Ll}\d,;)] )(\p{Lu}[\p{L}'’-]*)/gu);
        names = new Set([...inside].map((m) => (m[1] ?? '').toLowerCase()));
        capitalised.set(article, names);
      }
      return names.has(word);
    },
    inArticle: (article, term) => {
      let terms = articles.get(article);
      if (terms === undefined) {
        const text = ctx.article(article)?.paragraphs.map((p) => p.text) ?? [];
        terms = termsOf(text.join(' '));
        articles.set(article, terms);
      }
      return relatedIn(terms, term);
    },
  };
}

/** Whether a name (one of its forms) is in a hit's own paragraph. */
export function namedInParagraph(ctx: AnswerContext, h: Hit, forms: readonly (readonly string[])[]): boolean {
  const paragraph = ctx.paragraph(h.article, h.paragraph);
  return paragraph !== undefined && containsForm(foldedWords(paragraph), forms);
}

/**
 * Whether a name (one of its forms) is in a hit's paragraph or one either side of it: "GM sold 1.2 million cars"
 * may follow "General Motors said on Friday …". With `after` false, not the paragraph after: who "he" or "the company"
 * is was said before.
 */
export function namedAround(ctx: AnswerContext, h: Hit, forms: readonly (readonly string[])[], after = true): boolean {
  return [h.paragraph - 1, h.paragraph, ...(after ? [h.paragraph + 1] : [])].some((n) => {
    const paragraph = ctx.paragraph(h.article, n);
    return paragraph !== undefined && containsForm(foldedWords(paragraph), forms);
  });
}

/** Whether a text's index terms hold a synonym of the term that WordNet gives. */
function inOtherWords(terms: readonly string[], term: string): boolean {
  return synonymsOf(term).some((synonym) => terms.includes(synonym));
}

/** The people (or bodies) each paragraph names ("article\0paragraph" → names), once per knowledge and kind. */
export function namedByParagraph(ctx: AnswerContext, kind: EntityKind): ReadonlyMap<string, readonly string[]> {
  const whole = ctx.whole ?? ctx;
  return memo(whole, `named-by-paragraph-${kind}`, () => {
    const out = new Map<string, string[]>();
    for (const p of people(whole)) {
      if (p.kind !== kind) continue;
      for (const m of p.mentions) {
        for (const n of m.paragraphs) {
          const key = `${m.article}\0${n}`;
          const names = out.get(key);
          if (names) names.push(p.name);
          else out.set(key, [p.name]);
        }
      }
    }
    return out;
  });
}
