import type { ArticleFacts, Entity, EventAspect, Figure, Quote, Sentence } from '../extract/types.ts';
import type { Article } from '../knowledge/index.ts';
import { isPageFurniture } from './furniture.ts';

/** What a search document stands for: a sentence of a paragraph, a quotation, or a figure. */
export type DocKind = 'sentence' | 'quote' | 'figure';

/**
 * One indexed unit. The `text`, `speaker`, `claimant`, `subject` and `title` fields are searched; the rest is
 * stored so a hit carries everything a citation needs without going back to the articles.
 */
export interface SearchDoc {
  readonly id: string;
  readonly kind: DocKind;
  readonly article: string;
  readonly paragraph: number;
  /** Index of the sentence within its paragraph, or null when the snippet is not one sentence. */
  readonly sentence: number | null;
  /** Verbatim text to show: always a substring of the paragraph. */
  readonly snippet: string;
  /** Searched text: the sentence, the quoted words, or the figure's phrase and sentence. */
  readonly text: string;
  /** For a quotation, the sentence around the quoted words (searched lightly); empty for other kinds. */
  readonly context: string;
  /** Speakers quoted here: canonical names, aliases and roles, space-joined (searched). */
  readonly speaker: string;
  /** Canonical speaker names quoted here (stored). */
  readonly speakers: readonly string[];
  /** Who states the figures here (searched and stored). */
  readonly claimant: string;
  /** Figure subjects and units (searched). */
  readonly subject: string;
  /** The article's title (searched, lightly). */
  readonly title: string;
  readonly publisher: string | null;
  readonly date: string | null;
  /** Which event aspects this text supports (stored, for "where"/"when" questions). */
  readonly aspects: readonly EventAspect[];
  /** How many places the text names as where the event happens (stored): a list of sites answers "where" best. */
  readonly locations: number;
  /** Whether the text holds a figure, a date or a quotation (stored, for question intents). */
  readonly hasFigure: boolean;
  /** Whether the text holds a distance ("about 200 miles"), for "how far" questions (stored). */
  readonly hasDistance: boolean;
  readonly hasDate: boolean;
  readonly hasQuote: boolean;
}

/** Fields MiniSearch searches, with their boosts: who said it weighs more than a word in passing. */
export const SEARCH_FIELDS = ['text', 'context', 'speaker', 'claimant', 'subject', 'title'] as const;

/** Fields kept in the index (and its snapshot) so hits can be cited without the articles. */
export const STORED_FIELDS = [
  'kind',
  'article',
  'paragraph',
  'sentence',
  'snippet',
  'speakers',
  'claimant',
  'publisher',
  'date',
  'aspects',
  'locations',
  'hasFigure',
  'hasDistance',
  'hasDate',
  'hasQuote',
] as const;

/** Stored fields as they come back with a hit. */
export type StoredDoc = Pick<SearchDoc, (typeof STORED_FIELDS)[number]>;

/** Does the span [start, end) of a paragraph overlap the sentence? */
function overlaps(s: Sentence, start: number, end: number): boolean {
  return start < s.end && end > s.start;
}

/** The fact's own sentence when it is verbatim in the paragraph, else the sentence holding its offsets. */
function snippetFor(paragraphText: string, context: string, sentences: readonly Sentence[], start: number): string {
  if (context.length > 0 && paragraphText.includes(context)) return context;
  const holder = sentences.find((s) => start >= s.start && start < s.end);
  return holder?.text ?? paragraphText;
}

/** Units that measure a distance. */
const DISTANCE_UNIT = /^(miles?|kilomet(er|re)s?|km|met(er|re)s?|feet|yards?|nautical miles)$/i;

function isDistance(f: Figure): boolean {
  return f.unit !== null && DISTANCE_UNIT.test(f.unit);
}

/**
 * A claimant with the role and other names the article gives them, so "according to NATO" finds the figure
 * NATO's secretary general stated.
 */
function claimantTerms(name: string, entities: readonly Entity[]): string {
  const e = entities.find((x) => x.name === name || x.aliases.includes(name));
  return [name, e?.role, ...(e?.aliases ?? [])].filter(Boolean).join(' ');
}

function speakerTerms(q: Quote): string {
  return [q.speaker, q.speakerRole, ...q.speakerAliases].filter(Boolean).join(' ');
}

function unique<T>(values: Iterable<T>): T[] {
  return [...new Set(values)];
}

const NONE: readonly never[] = [];

/** Items grouped by their paragraph number, each group in the items' order. */
function byParagraph<T extends { readonly paragraph: number }>(items: readonly T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const group = out.get(item.paragraph);
    if (group) group.push(item);
    else out.set(item.paragraph, [item]);
  }
  return out;
}

/**
 * Builds the search documents of one article: one per sentence (enriched with the speakers, claimants and event
 * aspects found in it), one per quotation and one per figure. Snippets are checked against the paragraph so a
 * fact whose context drifted from the text can never produce an unverifiable citation.
 */
export function documentsOf(article: Article, facts: ArticleFacts): SearchDoc[] {
  const paragraphs = new Map(article.paragraphs.map((p) => [p.number, p.text]));
  // Spelt out in each document below, not spread: a spread followed by many more properties makes V8 store every
  // document as a slow dictionary object (a large archive has half a million of them).
  const base = {
    article: article.id,
    title: article.meta.title ?? '',
    publisher: article.meta.publisher,
    date: article.meta.date,
  };
  // Facts by paragraph, in their order: each sentence looks only at its own paragraph's (a long article has
  // hundreds of sentences and facts, and scanning all of them per sentence made this quadratic).
  const sentencesIn = byParagraph(facts.sentences);
  const quotesIn = byParagraph(facts.quotes);
  const figuresIn = byParagraph(facts.figures);
  const eventsIn = byParagraph(facts.events);
  const datesIn = byParagraph(facts.dates);
  const docs: SearchDoc[] = [];

  for (const s of facts.sentences) {
    const paragraphText = paragraphs.get(s.paragraph);
    if (paragraphText === undefined || !paragraphText.includes(s.text) || isPageFurniture(paragraphText, s.paragraph))
      continue;
    const quotes = (quotesIn.get(s.paragraph) ?? NONE).filter((q) => overlaps(s, q.start, q.end));
    const figures = (figuresIn.get(s.paragraph) ?? NONE).filter((f) => overlaps(s, f.start, f.end));
    const inSentence = (context: string) => context.includes(s.text) || s.text.includes(context);
    const events = (eventsIn.get(s.paragraph) ?? NONE).filter((e) => inSentence(e.context));
    const dates = (datesIn.get(s.paragraph) ?? NONE).filter((d) => inSentence(d.context));
    docs.push({
      id: `${article.id}#${s.paragraph}.${s.index}`,
      kind: 'sentence',
      article: base.article,
      title: base.title,
      publisher: base.publisher,
      date: base.date,
      paragraph: s.paragraph,
      sentence: s.index,
      snippet: s.text,
      text: s.text,
      context: '',
      speaker: quotes.map(speakerTerms).join(' '),
      speakers: unique(quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))),
      claimant: unique(figures.flatMap((f) => (f.claimant ? [claimantTerms(f.claimant, facts.entities)] : []))).join(
        '; ',
      ),
      subject: unique(figures.flatMap((f) => [f.subject, f.unit].filter((v): v is string => v !== null))).join(' '),
      aspects: unique(events.map((e) => e.aspect)),
      locations: events.filter((e) => e.aspect === 'location').length,
      hasFigure: figures.length > 0,
      hasDistance: figures.some(isDistance),
      hasDate: dates.length > 0,
      hasQuote: quotes.some((q) => q.kind !== 'term'),
    });
  }

  facts.quotes.forEach((q, i) => {
    const paragraphText = paragraphs.get(q.paragraph);
    if (paragraphText === undefined || q.kind === 'term') return;
    const snippet = snippetFor(paragraphText, q.context, sentencesIn.get(q.paragraph) ?? NONE, q.start);
    docs.push({
      id: quoteDocId(article.id, i),
      kind: 'quote',
      article: base.article,
      title: base.title,
      publisher: base.publisher,
      date: base.date,
      paragraph: q.paragraph,
      sentence: null,
      snippet,
      text: q.text,
      context: snippet === q.text ? '' : snippet,
      speaker: speakerTerms(q),
      speakers: q.speaker ? [q.speaker] : [],
      claimant: '',
      subject: '',
      aspects: [],
      locations: 0,
      hasFigure: false,
      hasDistance: false,
      hasDate: false,
      hasQuote: true,
    });
  });

  facts.figures.forEach((f: Figure, i) => {
    const paragraphText = paragraphs.get(f.paragraph);
    if (paragraphText === undefined || isPageFurniture(paragraphText, f.paragraph)) return;
    const snippet = snippetFor(paragraphText, f.context, sentencesIn.get(f.paragraph) ?? NONE, f.start);
    docs.push({
      id: figureDocId(article.id, i),
      kind: 'figure',
      article: base.article,
      title: base.title,
      publisher: base.publisher,
      date: base.date,
      paragraph: f.paragraph,
      sentence: null,
      snippet,
      text: snippet,
      context: '',
      speaker: '',
      speakers: [],
      claimant: f.claimant ? claimantTerms(f.claimant, facts.entities) : '',
      subject: [f.subject, f.unit, f.text].filter(Boolean).join(' '),
      aspects: [],
      locations: 0,
      hasFigure: true,
      hasDistance: isDistance(f),
      hasDate: false,
      hasQuote: false,
    });
  });
  return docs;
}

/** Id of the search document of the `i`-th quotation of an article, so answers can map hits back to quotes. */
export function quoteDocId(article: string, i: number): string {
  return `${article}#q${i}`;
}

/** Id of the search document of the `i`-th figure of an article. */
export function figureDocId(article: string, i: number): string {
  return `${article}#f${i}`;
}
