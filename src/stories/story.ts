/** A story: one event or development, told by one or more articles. */
export interface Story {
  /** Stable slug, from the first article's headline or a moderator's `story:` pin. */
  readonly id: string;
  /** The headline of the article most central to the story. */
  readonly title: string;
  /** Article ids, oldest first. */
  readonly articles: readonly string[];
  /** Date of the oldest and newest dated articles (`YYYY-MM-DD`), or null when none is dated. */
  readonly from: string | null;
  readonly to: string | null;
  /** Distinct publishers, alphabetical. */
  readonly publishers: readonly string[];
  /** The multi-word names the articles share most, as written ("Credit Suisse", "Joe Rogan"). */
  readonly names: readonly string[];
}
