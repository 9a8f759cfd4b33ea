/**
 * "What follower counts do the BBC and the New York Times give", "according to CNBC": a publisher of the articles
 * named as the source of the answer. Its name is not a word of the answer (the BBC's articles seldom write "BBC"),
 * so it is taken out of the question and the answer is looked for in that publisher's articles instead.
 */

import { escapeRegExp } from '../regexp.ts';
import { fold } from '../search/index.ts';
import { type AnswerContext, memo } from './context.ts';

/** A question with the publishers it names as sources taken out. */
export interface SourcedQuestion {
  /** The question without the publishers' names. */
  readonly text: string;
  /** The articles of the publishers it names; null when it names none. */
  readonly articles: ReadonlySet<string> | null;
  /** The publishers as the articles write them ("BBC News"), for a note. */
  readonly publishers: readonly string[];
}

/** What a question calls one piece or the figure a publisher gives. */
const COPY =
  '(?:article|report|piece|story|coverage|reporting|account|version|write-up|figure|number|estimate|count|tally|total)s?';

/** Verbs that make a publisher the giver of the answer, not an actor in the news ("CNN said" may be the company). */
const GIVES =
  '(?:give|gives|gave|report|reports|reported|put|puts|write|writes|wrote|cite|cites|cited|seem|seems|has|have|had|list|lists|listed)';

/**
 * The ways a question names a publisher: as written ("The New York Times"), without "The" or a trailing "News"
 * ("BBC"), and by initials of a name of three words or more ("NYT").
 */
function publisherForms(publisher: string): string[] {
  const words = fold(publisher)
    .split(/\s+/)
    .filter((w) => w.length > 0);
  const bare = words[0] === 'the' ? words.slice(1) : words;
  const forms = new Set([words.join(' '), bare.join(' ')]);
  // "Fox" for Fox News and Fox Business.
  if (bare.length > 1 && (bare.at(-1) === 'news' || bare.at(-1) === 'business')) forms.add(bare.slice(0, -1).join(' '));
  if (bare.length >= 3) forms.add(bare.map((w) => w[0]).join(''));
  return [...forms].filter((f) => f.length >= 2);
}

/** The publishers of the context's articles by each form of their names ("fox business", "fox"). */
function publishersByForm(ctx: AnswerContext): ReadonlyMap<string, string> {
  // Once per context: every question reads it, and an archive holds thousands of articles but a few publishers.
  return memo(ctx, 'publisher-forms', () => {
    const out = new Map<string, string>();
    for (const a of ctx.articles) {
      if (a.meta.publisher) for (const f of publisherForms(a.meta.publisher)) out.set(f, a.meta.publisher);
    }
    return out;
  });
}

/** Is the name one of the articles' publishers ("Fox", "the BBC")? */
export function isPublisherName(ctx: AnswerContext, name: string): boolean {
  return publishersByForm(ctx).has(fold(name).replace(/^the\s+/, ''));
}

/**
 * Finds the publishers of the context's articles that the question names as its source, and takes their names out
 * of it. A publisher named otherwise ("why did Zucker leave CNN", "what did CNN say about Cuomo") stays a name: there
 * the publisher is in the news.
 */
export function askedSources(ctx: AnswerContext, text: string): SourcedQuestion {
  const byForm = publishersByForm(ctx);
  if (byForm.size === 0) return { text, articles: null, publishers: [] };
  const forms = [...byForm.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const one = String.raw`(?:the\s+)?(?:${forms.join('|')})(?:['’]s?)?`;
  const list = String.raw`${one}(?:\s*(?:,|and|or|&|vs\.?|versus)\s*${one})*`;
  // Each pattern with whether its whole match goes ("according to the BBC") or only the publishers' names.
  const patterns: [string, boolean][] = [
    [String.raw`\baccording to (${list})\s*,?`, true],
    [String.raw`\b(?:in|from|by) (${list})\s+${COPY}\b`, false],
    [String.raw`\b(${list})\s+${COPY}\b`, false],
    [String.raw`\b(${list})\s+(?=${GIVES}\b)`, false],
    // The outlet someone spoke to ("what did Malpass tell Fox", "in an interview with the BBC") is where their words are.
    [
      String.raw`\b(?:tell|tells|told|telling|speaking to|spoke to|(?:an )?interview with)\s+(${list})(?=\s|[?.!,]|$)`,
      false,
    ],
    // Two publishers side by side are compared as sources ("do CNN and the BBC agree").
    [String.raw`\b(${one}\s*(?:,|and|or|&|vs\.?|versus)\s*${one}(?:\s*(?:,|and|or|&)\s*${one})*)`, false],
  ];
  const chosen = new Set<string>();
  let out = text;
  for (const [p, whole] of patterns) {
    out = out.replace(new RegExp(p, 'giu'), (match: string, names: string) => {
      const folded = fold(names);
      const named = [...byForm].filter(([f]) =>
        new RegExp(String.raw`(?:^|\s)${escapeRegExp(f)}(?:\s|$)`).test(folded),
      );
      if (named.length === 0) return match;
      for (const [, publisher] of named) chosen.add(publisher);
      return whole ? ' ' : match.replace(names, ' ');
    });
  }
  if (chosen.size === 0) return { text, articles: null, publishers: [] };
  const articles = new Set(
    ctx.articles.filter((a) => a.meta.publisher && chosen.has(a.meta.publisher)).map((a) => a.id),
  );
  return {
    text: out
      .replace(/\s+/g, ' ')
      .replace(/\s+([,?.!])/g, '$1')
      .trim(),
    articles,
    publishers: [...chosen],
  };
}
