/**
 * The fact model produced by `src/extract` from one article. Every fact keeps the verbatim text it came
 * from and where (article id, paragraph number, sentence), so any answer built on it can be cited exactly.
 */

/** A sentence of a paragraph, with character offsets into the paragraph's verbatim text. */
export interface Sentence {
  readonly article: string;
  readonly paragraph: number;
  /** 0-based index of the sentence within its paragraph. */
  readonly index: number;
  /** Verbatim sentence text: `paragraph.text.slice(start, end)`. */
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

/** `direct`: a sentence or clause of speech; `partial`: a fragment woven into the reporter's sentence; `term`: a name or scare quote. */
export type QuoteKind = 'direct' | 'partial' | 'term';

/** A person or body as named in an article, with the role the article gives it. */
export interface Speaker {
  /** Canonical full name within the article ("Dmitry Peskov", "Russian Ministry of Defense"). */
  readonly name: string;
  /** Role as the article states it ("Kremlin spokesperson"), or null. */
  readonly role: string | null;
  /** Other ways the article refers to the same speaker ("Peskov", "Kremlin spokesperson"). */
  readonly aliases: readonly string[];
}

/** A quotation found in an article. */
export interface Quote {
  readonly article: string;
  /** Paragraph where the quotation opens. */
  readonly paragraph: number;
  /** The quoted words verbatim, without the quotation marks. */
  readonly text: string;
  readonly kind: QuoteKind;
  /** Canonical speaker name, or null when the article leaves the speaker unknown (never a guess). */
  readonly speaker: string | null;
  readonly speakerRole: string | null;
  readonly speakerAliases: readonly string[];
  /** Name of the attribution rule that decided the speaker (for explanations and debugging). */
  readonly rule: string | null;
  /** The verbatim sentence (or paragraph) that contains the quotation, used as the cited snippet. */
  readonly context: string;
  /** Character offsets of `text` within the paragraph. */
  readonly start: number;
  readonly end: number;
}

/** A quantity found in an article: a count, amount, distance or percentage with its bounds and source. */
export interface Figure {
  readonly article: string;
  readonly paragraph: number;
  /** The verbatim phrase ("8,000 to 14,000 troops", "a few thousand"). */
  readonly text: string;
  /** Lower bound, or null when open ("up to 30,000"). */
  readonly low: number | null;
  /** Upper bound, or null when open ("over 100,000"). */
  readonly high: number | null;
  /** The thing counted, plural noun form ("troops", "battalion tactical groups", "miles", "percent"). */
  readonly unit: string | null;
  /** Hedge word(s) as written ("about", "at least", "over", "up to", "nearly", "few"), or null. */
  readonly hedge: string | null;
  /** Who the article says states the figure; null for the reporter's own voice. */
  readonly claimant: string | null;
  /**
   * Normalised subject so that estimates of the same thing compare across articles
   * ("troops in Belarus", "troops on Ukraine's border"), or null when it cannot be told.
   */
  readonly subject: string | null;
  /** The verbatim sentence that contains the figure, used as the cited snippet. */
  readonly context: string;
  readonly start: number;
  readonly end: number;
}

/** A date or date range mentioned in an article, resolved against the article's date where possible. */
export interface DateMention {
  readonly article: string;
  readonly paragraph: number;
  /** The verbatim phrase ("Thursday", "between February 14 and 19"). */
  readonly text: string;
  /** Resolved start as `YYYY-MM-DD`, or null when it cannot be resolved (e.g. a weekday in an undated article). */
  readonly date: string | null;
  /** Resolved end of a range as `YYYY-MM-DD`, or null. */
  readonly endDate: string | null;
  /** Whether the sentence speaks of it as past, present or future, from its verbs. */
  readonly tense: 'past' | 'present' | 'future' | null;
  /** The verbatim sentence containing the phrase. */
  readonly context: string;
}

/** The kind of a named entity. */
export type EntityKind = 'person' | 'organization' | 'place';

/** A named person, body or place within one article. */
export interface Entity {
  readonly name: string;
  readonly kind: EntityKind;
  readonly role: string | null;
  readonly aliases: readonly string[];
  /** Paragraph numbers where it is mentioned (by any alias). */
  readonly paragraphs: readonly number[];
}

/** Which aspect of an event (e.g. a military exercise) a fact describes. */
export type EventAspect =
  | 'name'
  | 'start'
  | 'end'
  | 'duration'
  | 'purpose'
  | 'location'
  | 'forces'
  | 'naval'
  | 'attendance'
  | 'announcement';

/** One fact about an event, supported by verbatim text. */
export interface EventFact {
  readonly article: string;
  readonly paragraph: number;
  readonly aspect: EventAspect;
  /** Short normalised value ("Allied Resolve-2022", "2022-02-20", "10 days", "Brest training ground"). */
  readonly value: string;
  /** Verbatim supporting text: the sentence the fact comes from. */
  readonly context: string;
  /** Resolved date for `start`/`end` facts, `YYYY-MM-DD`, or null. */
  readonly date: string | null;
}

/** Everything extracted from one article. */
export interface ArticleFacts {
  readonly article: string;
  readonly contentHash: string;
  readonly sentences: readonly Sentence[];
  readonly quotes: readonly Quote[];
  readonly figures: readonly Figure[];
  readonly dates: readonly DateMention[];
  readonly entities: readonly Entity[];
  readonly events: readonly EventFact[];
}
