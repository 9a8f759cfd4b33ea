/**
 * The platform-neutral answer model. Every command in `src/answers` returns an {@link Answer}; renderers turn it
 * into plain text, Markdown, JSON, Discord embeds or Slack blocks without searching or re-reading anything.
 */
import type { Story } from '../stories/index.ts';

/** Where a snippet comes from: everything a reader needs to find the sentence in the source. */
export interface Citation {
  /** 1-based number shown next to snippets ("[1]"). */
  readonly n: number;
  readonly article: string;
  readonly paragraph: number;
  readonly title: string | null;
  readonly publisher: string | null;
  readonly byline: readonly string[];
  readonly date: string | null;
  readonly url: string | null;
  /** The story of the article, set when an answer draws on more than one story. */
  readonly story?: string | null;
}

/**
 * The numbers behind a figure, as the extractor read them: what a chart needs to set claims on one axis. Text
 * renderers ignore it; the figure as written stays in the label or claim value.
 */
export interface FigureValue {
  /** Lower bound, or null when the figure is open below ("up to 30,000"). */
  readonly low: number | null;
  /** Upper bound, or null when the figure is open above ("over 100,000"). */
  readonly high: number | null;
  /** Hedge word(s) as written ("about", "up to", "few"), or null for a plain figure. */
  readonly hedge: string | null;
  /** The thing counted ("troops", "percent"), or null. */
  readonly unit: string | null;
}

/** When a dated line happened, for charts that set lines on a time axis. Text renderers ignore it. */
export interface DateValue {
  /** Start, `YYYY-MM-DD`. */
  readonly date: string;
  /** End of a range, `YYYY-MM-DD`, or null for a single day. */
  readonly endDate: string | null;
  /** True when the sentence speaks of it as still to come. */
  readonly planned: boolean;
  /** The date phrase as written in the snippet ("Thursday", "between February 14 and 19"), when known. */
  readonly phrase: string | null;
}

/** One line of an answer: a verbatim snippet and the citation it comes from. */
export interface AnswerItem {
  /** Verbatim text from the cited paragraph: always a substring of that paragraph. */
  readonly snippet: string;
  /** The `n` of the entry in {@link Answer.citations} this snippet comes from. */
  readonly citation: number;
  /** Optional short label shown before the snippet ("Dmitry Peskov, Kremlin spokesperson", "30,000 troops"). */
  readonly label?: string;
  /** The figure the line states, on lines of figures (`/estimates`, `/brief`). */
  readonly figure?: FigureValue;
  /** The date the line is placed at, on lines of a timeline. */
  readonly when?: DateValue;
}

/** A titled group of items ("When", "Where", "Key quotes"). */
export interface AnswerSection {
  readonly heading: string;
  readonly items: readonly AnswerItem[];
  /**
   * True when every item's figure measures the same subject, so the figures can be compared on one axis; absent
   * when the items only share a unit ("miles" of different distances) or are not figures at all.
   */
  readonly comparable?: boolean;
}

/** One source's claim about a disputed subject. */
export interface ConflictClaim {
  /** The claimed value as written ("8,000 to 14,000 troops", "Allied Resolve-2022"). */
  readonly value: string;
  /** Who makes the claim, or null for the reporter's own voice. */
  readonly claimant: string | null;
  readonly citation: number;
  readonly snippet: string;
  /** The numbers behind the claimed value, for charts. */
  readonly figure?: FigureValue;
}

/** Sources that disagree about one subject, shown side by side. */
export interface Conflict {
  /** The subject in dispute ("troops in Belarus", "name of the drills"). */
  readonly subject: string;
  readonly claims: readonly ConflictClaim[];
}

/**
 * A story as answers carry it for machine readers (the `stories` command's JSON): the fields of a {@link Story}
 * that make the contract, named here so that a field the grouper adds later does not enter the JSON by itself.
 */
export type StorySummary = Pick<Story, 'id' | 'title' | 'articles' | 'from' | 'to' | 'publishers' | 'names'>;

/** The answer to one command. */
export interface Answer {
  /** Command name without slash ("estimates"). */
  readonly command: string;
  readonly title: string;
  /** The options the command was called with, as given (for "what was searched"). */
  readonly query: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly sections: readonly AnswerSection[];
  readonly conflicts: readonly Conflict[];
  /** Plain remarks that are not citations ("Nothing matched 'x'.", "Try /estimates troops"). */
  readonly notes: readonly string[];
  readonly citations: readonly Citation[];
  /** True when nothing matched: renderers show the notes and suggestions instead of snippets. */
  readonly empty: boolean;
  /** Close terms or commands that do have answers, when nothing matched. */
  readonly suggestions: readonly string[];
  /**
   * The one story the answer speaks of (chosen by the user or for them), or absent for an archive-wide answer.
   * `code` is its short code, which paging buttons carry to reopen the same story.
   */
  readonly story?: { readonly id: string; readonly title: string; readonly code: string };
  /** The stories listed, for machine readers (set by the `stories` command). */
  readonly stories?: readonly StorySummary[];
}
