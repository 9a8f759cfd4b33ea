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

/** The stories of one loaded generation of the knowledge, with lookups. Immutable. */
export interface StoryCatalogue {
  /** Every story, newest first (by its latest article). */
  readonly list: readonly Story[];
  /** The story with this id. */
  byId(id: string): Story | undefined;
  /** The story an article belongs to. */
  of(articleId: string): Story | undefined;
}

/** Lookups over a list of stories (each article in exactly one of them). */
export function storyCatalogue(stories: readonly Story[]): StoryCatalogue {
  const byId = new Map(stories.map((s) => [s.id, s]));
  const byArticle = new Map<string, Story>();
  for (const s of stories) for (const a of s.articles) byArticle.set(a, s);
  return {
    list: stories,
    byId: (id) => byId.get(id),
    of: (articleId) => byArticle.get(articleId),
  };
}
