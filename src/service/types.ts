import type { Answer, CommandName, CompletableOption } from '../answers/index.ts';
import type { ArticleFacts } from '../extract/types.ts';
import type { Article, LoadProblem } from '../knowledge/index.ts';
import type { Story } from '../stories/index.ts';

/** What the extractor found in one article, as {@link BriefingService.factsOf} returns it. */
export type { ArticleFacts, DateMention, Figure, Quote } from '../extract/types.ts';
/** A story as the front doors see it: id, title, articles, dates, publishers, key names. */
export type { Story } from '../stories/index.ts';
/**
 * From the command catalogue (`src/answers/catalogue.ts`): the names of the read commands the service answers, and
 * the names of the options it completes as the user types.
 */
export type { CommandName, CompletableOption };

/** Options of a command, keyed by the slash-command option name (`speaker`, `topic`, `subject`, `aspect`, `limit`…). */
export type CommandOptions = Readonly<Record<string, string | number | boolean | undefined>>;

/** What a reload changed, for logs and for the moderator who triggered it. */
export interface ReloadReport {
  readonly articles: number;
  readonly added: readonly string[];
  readonly changed: readonly string[];
  readonly removed: readonly string[];
  readonly problems: readonly LoadProblem[];
  /** Milliseconds the reload took. */
  readonly ms: number;
}

/**
 * The knowledge core as the front doors see it: loaded articles, extracted facts and the search index behind one
 * object. Front doors never touch MiniSearch or the file system; they call this.
 */
export interface BriefingService {
  /** Answers one command. Never throws for bad user input: an unmatched query yields an `empty` answer. */
  answer(command: CommandName, options: CommandOptions): Answer;
  /** Up to `limit` (default 25) completion values for an option, best first, for the given prefix. */
  complete(option: CompletableOption, prefix: string, limit?: number): string[];
  /** Reloads the knowledge folder, swapping the index atomically; the old index keeps serving on failure. */
  reload(): Promise<ReloadReport>;
  /**
   * The facts extracted from a served article, or undefined when no article has that id. Workflows ask here after a
   * reload rather than extracting again (which would also load the NLP libraries into a front door's process).
   */
  factsOf(article: string): ArticleFacts | undefined;
  /** The story a user means by `text` (an id, a title, words of it), or undefined when none matches. */
  findStory(text: string): Story | undefined;
  /** The story an article belongs to (e.g. the one an ingested article joined). */
  storyOf(article: string): Story | undefined;
  /** The articles currently served. */
  articles(): readonly Article[];
  /**
   * Resolves when the served generation's answer lookups are built (with `prepareAnswers` on; at once without it).
   * Front doors need not wait: an answer builds what it needs. The benchmark waits, to time answers, not set-up.
   */
  prepared?(): Promise<void>;
  /** Problems found at the last load (bad files skipped). */
  problems(): readonly LoadProblem[];
}
