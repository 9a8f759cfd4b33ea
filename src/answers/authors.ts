/**
 * "Who wrote the CNN piece?": a question about an article's authors is answered from its byline, not from the
 * sentences of its text. Where the byline is printed in the article's opening lines (a pasted dateline such as
 * "By Jane Doe, CNN"), that line is cited verbatim; otherwise the byline of the front matter is told in a note,
 * since there is no sentence to cite.
 */
import type { Article } from '../knowledge/index.ts';
import { fold, type Hit } from '../search/index.ts';
import type { AnswerContext } from './context.ts';

/** What the copy itself is called: "the CNN piece", "this article", "the story". */
const COPY = String.raw`(?:the |this |that |these )?(?:[\p{L}.'’-]+ ){0,3}?(?:article|articles|piece|pieces|story|stories|column|op-ed)\b`;

/**
 * A question about who wrote an article: "who wrote the article", "who reported this story", "author of the
 * piece", "who is the reporter?", "byline". Never a question about writers, authors or journalists in the news
 * ("who is the author of the sanctions bill", "who were the journalists expelled"): each form names the copy, or
 * is the whole question.
 */
const AUTHOR_QUESTION = new RegExp(
  [
    String.raw`\b(?:who|which (?:reporters?|journalists?|writers?|authors?|people)) (?:wrote|writes|authored|penned|reported) ${COPY}`,
    String.raw`\b(?:authors?|writers?|bylines?|reporters?|journalists?) (?:of|for|on|behind) ${COPY}`,
    String.raw`^\s*who (?:is|are|was|were) the (?:authors?|writers?|reporters?|journalists?)\s*\??\s*$`,
    String.raw`^\s*(?:the )?(?:authors?|bylines?)\s*\??\s*$`,
  ].join('|'),
  'iu',
);

/** Paragraphs from the top where a pasted article prints its byline. */
const BYLINE_WITHIN = 3;

/**
 * Does the question ask who wrote an article? "Who wrote the CNN report" too, when a publisher of the articles is
 * named before "report" (not "who wrote the IPCC report", a report in the news).
 */
export function asksForAuthor(question: string, ctx?: AnswerContext): boolean {
  if (AUTHOR_QUESTION.test(question)) return true;
  // "Which outlet published the piece by Nathan Hodge": where a byline named in the question was printed.
  if (ctx && OUTLET_QUESTION.test(question) && bylinesNamed(ctx, question).length > 0) return true;
  const m = PUBLISHER_REPORT.exec(question);
  if (!m?.[1] || !ctx) return false;
  const named = fold(m[1]);
  return ctx.articles.some((a) => a.meta.publisher !== null && fold(a.meta.publisher) === named);
}

/** "Who wrote the CNN report", "the BBC's report": the word before "report" may be a publisher. */
const PUBLISHER_REPORT =
  /\b(?:who|which (?:reporters?|journalists?|writers?|authors?)) (?:wrote|writes|authored|penned|filed) (?:the |this |that )?((?:[\p{L}.&'’-]+ ){0,2}?[\p{L}.&'’-]+?)(?:['’]s)? (?:report|reports|coverage|write-up|feature|dispatch)\b/iu;

/** The outcome of an authorship question: cited byline lines, and notes for bylines no line of text carries. */
export interface Authorship {
  readonly hits: readonly Hit[];
  readonly notes: readonly string[];
}

/**
 * The authors of the articles the question names by publisher ("the CNN piece"), or of every article in scope
 * when it names none; at most `limit` articles, newest first.
 */
export function authorsOf(ctx: AnswerContext, question: string, limit: number): Authorship {
  const asked = ` ${fold(question)} `;
  const named = ctx.articles.filter((a) => {
    const publisher = a.meta.publisher ? fold(a.meta.publisher) : '';
    return publisher.length > 0 && asked.includes(` ${publisher} `);
  });
  // The articles of the writers the question names, if it names any; else those of the publishers it names.
  const byWriter = bylinesNamed(ctx, question);
  const chosen = (byWriter.length > 0 ? byWriter : named.length > 0 ? named : ctx.articles)
    .filter((a) => a.meta.byline.length > 0)
    .sort((a, b) => (b.meta.date ?? '').localeCompare(a.meta.date ?? '') || a.id.localeCompare(b.id))
    .slice(0, limit);
  const hits: Hit[] = [];
  const notes: string[] = [];
  for (const article of chosen) {
    const line = bylineLine(ctx, article);
    if (line) hits.push(line);
    else notes.push(`${describe(article)} is by ${article.meta.byline.join(', ')}.`);
  }
  return { hits, notes };
}

/** "Which outlet ran the story", "what paper published it": where an article appeared. */
const OUTLET_QUESTION =
  /\b(?:which|what) (?:outlets?|publications?|papers?|newspapers?|news ?sites?|networks?|publishers?|news organi[sz]ations?|sites?)\b|\bwho (?:published|ran|carried)\b/i;

/** The articles whose byline holds a writer the question names in full ("Nathan Hodge"). */
function bylinesNamed(ctx: AnswerContext, question: string): Article[] {
  const asked = ` ${fold(question).replace(/[^\p{L}\p{N}'’-]+/gu, ' ')} `;
  return ctx.articles.filter((a) => a.meta.byline.some((writer) => asked.includes(` ${fold(writer)} `)));
}

/** "“Title” (CNN, 2022-02-10)": how a note names an article. */
function describe(article: Article): string {
  const where = [article.meta.publisher, article.meta.date].filter((x): x is string => Boolean(x)).join(', ');
  const title = article.meta.title ? `“${article.meta.title}”` : article.id;
  return where ? `${title} (${where})` : title;
}

/** The opening line that prints the byline, from "By" (or the first author) to the end, as a citable hit. */
function bylineLine(ctx: AnswerContext, article: Article): Hit | null {
  const first = article.meta.byline[0];
  if (!first) return null;
  for (let n = 1; n <= BYLINE_WITHIN; n++) {
    const text = ctx.paragraph(article.id, n);
    if (text === undefined) break;
    const at = text.indexOf(first);
    if (at < 0) continue;
    const by = text.slice(0, at).search(/\bby\s+$/i);
    const snippet = text.slice(by >= 0 ? by : at).trim();
    return {
      id: `${article.id}#byline`,
      score: 1,
      matched: [],
      kind: 'sentence',
      article: article.id,
      paragraph: n,
      sentence: null,
      snippet,
      speakers: [],
      claimant: '',
      publisher: article.meta.publisher,
      date: article.meta.date,
      aspects: [],
      locations: 0,
      hasFigure: false,
      hasDistance: false,
      hasDate: false,
      hasQuote: false,
    };
  }
  return null;
}
