import { AverageLinkClustering } from './average-link.ts';
import { BoilerplateDetector } from './boilerplate.ts';
import { NO_RARITY, type TermRarity } from './rarity.ts';
import { slugify } from './slug.ts';
import { type Story, type StoryCatalogue, storyCatalogue } from './story.ts';
import {
  cosine,
  isNameTerm,
  type StoryArticle,
  type TermVector,
  termCounts,
  termText,
  Vocabulary,
  weigh,
} from './vectors.ts';

/** Tuning of {@link StoryGrouper}. The defaults were chosen on labelled story sets and checked on held-out ones. */
export interface GroupingOptions {
  /**
   * How alike (0–1) an article and a story must be, on average over the story's articles, for the article to join
   * it (and two stories of a folder read at once, on average over their pairs of articles, to be one). Below it the
   * article starts a story of its own: two articles on one company a month apart are two stories, not one.
   */
  readonly threshold: number;
  /** Articles this many days apart or closer are compared at full weight. */
  readonly nearDays: number;
  /** Articles this many days apart or more never join on their own words (a story is days, not months). */
  readonly farDays: number;
  /** Word rarity in news at large; {@link NO_RARITY} judges rarity on the loaded articles alone. */
  readonly rarity: TermRarity;
}

/** Default tuning; see {@link GroupingOptions}. */
export const DEFAULT_GROUPING: Omit<GroupingOptions, 'rarity'> = { threshold: 0.06, nearDays: 3, farDays: 14 };

/** One article as the grouper keeps it. */
interface Member {
  readonly article: StoryArticle;
  readonly day: number | null;
  readonly counts: ReadonlyMap<string, number>;
  readonly vector: TermVector;
  /** Terms under which the member is posted, with their weights, heaviest first. */
  readonly telling: readonly (readonly [string, number])[];
  /** Its story; a folder read at once is placed first and grouped after (see {@link StoryGrouper.regroup}). */
  story: MutableStory;
}

interface MutableStory {
  readonly id: string;
  readonly order: number;
  readonly members: Member[];
  /** Its description as of its current members; cleared when they change, so a catalogue redescribes only those. */
  described: Story | null;
}

/**
 * Milliseconds of work between two yields of the asynchronous grouping and catalogue: well under the longest pause a
 * bot answering meanwhile should show (50 ms), with room for a garbage-collection pause on top.
 */
const SLICE_MS = 8;

/** Lets the event loop run what waits (I/O, timers) before going on. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * Runs `work` on each item, yielding to the event loop whenever a slice of {@link SLICE_MS} is used up: by time, not
 * by a count of items, because one article (or story) can cost a hundred times another.
 */
async function inSlices<T>(items: readonly T[], work: (item: T) => void, sliceMs: number): Promise<void> {
  let started = performance.now();
  for (const item of items) {
    work(item);
    if (performance.now() - started >= sliceMs) {
      await nextTurn();
      started = performance.now();
    }
  }
}

/** Runs merges of a clustering for up to `ms` milliseconds, at least one; returns whether any may be left. */
function stepsFor(clustering: AverageLinkClustering, ms: number): boolean {
  const started = performance.now();
  do {
    if (!clustering.step()) return false;
  } while (performance.now() - started < ms);
  return true;
}

/**
 * A term in more than this share of articles is too common to propose a candidate story ("market", "company"); it
 * still counts in the similarity of the candidates found through rarer terms. Not much lower: two articles on one
 * event often share only words of middling rarity ("union", "state", a big company's name), and an article never
 * proposed as a candidate can never join (at 2%, a third of the pairs the question sets' writers grouped were lost).
 */
const TELLING_TERM_MAX_SHARE = 0.1;

/** Heaviest telling terms of a new article looked up to find candidate stories. */
const CANDIDATE_TERMS = 30;

/** Articles whose stories are scored in full for each new article (see {@link StoryGrouper.candidates}). */
const CANDIDATE_ARTICLES = 16;

/** Days per posting bucket. */
const BUCKET_DAYS = 7;
/** The bucket of undated articles (no week is this far from 1970). */
const UNDATED = -1e9;

/** The week an article is posted under, so candidates are looked up only in the weeks around a date. */
function bucketOf(day: number | null): number {
  return day === null ? UNDATED : Math.floor(day / BUCKET_DAYS);
}

function dayNumber(date: string | null): number | null {
  if (date === null) return null;
  const ms = Date.parse(`${date}T00:00:00Z`);
  return Number.isNaN(ms) ? null : Math.round(ms / 86_400_000);
}

/** Articles in the order grouping reads them: oldest first, undated last, then by id, so the result never varies. */
export function groupingOrder(a: StoryArticle, b: StoryArticle): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * Groups articles into stories the way a news clusterer does: TF-IDF over each article's headline, opening
 * paragraphs and multi-word names, compared by cosine and discounted by the days between articles. A folder read at
 * once is clustered by average link (see average-link.ts): the two groups most alike on average over their pairs of
 * articles become one, until none reaches the threshold, so one shared name cannot chain unrelated articles and the
 * order the articles came in does not matter. An article added later joins the story it is most like on average
 * over the story's articles when that reaches the threshold, else starts a story.
 *
 * Incremental: {@link add} places one article without touching the others. {@link addAll} reads a whole folder, so
 * the same folder always gives the same stories. A `story:` pin in the front matter wins.
 */
export class StoryGrouper {
  private readonly options: GroupingOptions;
  private readonly boilerplate = new BoilerplateDetector();
  private readonly documentFrequency = new Map<string, number>();
  private readonly members = new Map<string, Member>();
  /** Articles holding each telling term, with its weight, by term then week (see {@link bucketOf}). */
  private readonly postings = new Map<string, Map<number, Map<Member, number>>>();
  /** Buckets in use, for an undated article, which may join a story of any date. */
  private readonly buckets = new Set<number>();
  private readonly storiesById = new Map<string, MutableStory>();
  /** Written form of each name term, for display. */
  private readonly written = new Map<string, string>();
  private readonly vocabulary = new Vocabulary();
  private storyCounter = 0;
  /** Articles counted in {@link documentFrequency}. */
  private documents = 0;

  constructor(options: Partial<GroupingOptions> = {}) {
    this.options = { ...DEFAULT_GROUPING, rarity: NO_RARITY, ...options };
  }

  /** Number of articles grouped. */
  get size(): number {
    return this.members.size;
  }

  /**
   * Adds many articles at once (a folder at start-up): word counts of all of them first, so every article is
   * weighed against the whole folder. Into an empty grouper they are clustered together (see {@link regroup});
   * into one that has stories, each joins or starts a story in {@link groupingOrder}, leaving the others as they are.
   */
  addAll(articles: readonly StoryArticle[]): void {
    const fresh = articles.filter((a) => !this.members.has(a.id)).sort(groupingOrder);
    const together = this.members.size === 0;
    for (const a of fresh) this.boilerplate.add(a.paragraphs);
    const counted = fresh.map((a) => ({ article: a, counts: this.count(a) }));
    for (const { counts } of counted) this.countDocument(counts);
    const placed = counted.map(({ article, counts }) => this.place(article, counts, together));
    if (!together) return;
    const grouping = this.regroup(placed);
    for (let i = 0; i < placed.length; i++) grouping.link(i);
    grouping.clustering.run();
    const clusters = grouping.clustering.clusters();
    grouping.release();
    for (const cluster of clusters) grouping.form(cluster);
  }

  /**
   * {@link addAll} in slices of a few milliseconds that yield to the event loop between them, so a bot grouping a
   * large folder keeps answering meanwhile. The same stories as {@link addAll}, provided nothing else changes the
   * grouper until it resolves. `sliceMs`: the work between two yields.
   */
  async addAllAsync(articles: readonly StoryArticle[], sliceMs = SLICE_MS): Promise<void> {
    const fresh = articles.filter((a) => !this.members.has(a.id)).sort(groupingOrder);
    await inSlices(fresh, (a) => this.boilerplate.add(a.paragraphs), sliceMs);
    const counted: { article: StoryArticle; counts: Map<string, number> }[] = [];
    await inSlices(fresh, (article) => counted.push({ article, counts: this.count(article) }), sliceMs);
    await inSlices(counted, ({ counts }) => this.countDocument(counts), sliceMs);
    const together = this.members.size === 0;
    const placed: Member[] = [];
    await inSlices(counted, ({ article, counts }) => placed.push(this.place(article, counts, together)), sliceMs);
    if (!together) return;
    const grouping = this.regroup(placed);
    await inSlices(
      placed.map((_, i) => i),
      (i) => grouping.link(i),
      sliceMs,
    );
    // Merges one at a time, a slice of them between two yields, until none is left.
    while (stepsFor(grouping.clustering, sliceMs)) await nextTurn();
    const clusters = grouping.clustering.clusters();
    grouping.release();
    await inSlices(clusters, (cluster) => grouping.form(cluster), sliceMs);
  }

  /**
   * Clusters a folder's articles, each placed in a story of its own (or its pinned story), by average link: `link(i)`
   * records the similarity of article `i` to the articles near it (its candidates, as for {@link add}); once the
   * clustering has run, `release` drops the stories of one article and `form` makes a story of each cluster, named
   * after its first article. Pinned articles stay in their stories.
   */
  private regroup(placed: readonly Member[]) {
    const free = placed.filter((m) => m.article.pinned === null);
    const index = new Map(free.map((m, i) => [m, i]));
    const clustering = new AverageLinkClustering(free.length, this.options.threshold);
    const linked = new Set<number>();
    return {
      clustering,
      link: (i: number) => {
        const m = free[i];
        if (!m) return;
        for (const other of this.nearestMembers(m.telling, m.day)) {
          const j = index.get(other);
          if (j === undefined || j === i) continue;
          // Each pair once, from whichever of the two finds the other first.
          const pair = Math.min(i, j) * free.length + Math.max(i, j);
          if (linked.has(pair)) continue;
          linked.add(pair);
          clustering.link(i, j, cosine(m.vector, other.vector) * this.timeWeight(m.day, other.day));
        }
      },
      release: () => {
        for (const m of free) this.storiesById.delete(m.story.id);
      },
      form: (cluster: readonly number[]) => {
        const members = cluster.map((i) => free[i] as Member);
        const story = this.newStory((members[0] as Member).article);
        for (const m of members) {
          m.story = story;
          story.members.push(m);
        }
      },
    };
  }

  /** Adds one article (ingested or edited while running); the others keep their stories. Returns its story id. */
  add(article: StoryArticle): string {
    if (this.members.has(article.id)) this.remove(article.id);
    this.boilerplate.add(article.paragraphs);
    const counts = this.count(article);
    this.countDocument(counts);
    return this.place(article, counts).story.id;
  }

  /** Removes an article; a story left empty disappears. */
  remove(articleId: string): void {
    const member = this.members.get(articleId);
    if (!member) return;
    this.members.delete(articleId);
    this.boilerplate.remove(member.article.paragraphs);
    this.documents--;
    for (const term of member.counts.keys()) {
      const df = (this.documentFrequency.get(term) ?? 1) - 1;
      if (df > 0) this.documentFrequency.set(term, df);
      else this.documentFrequency.delete(term);
    }
    const bucket = bucketOf(member.day);
    for (const [term] of member.telling) this.postings.get(term)?.get(bucket)?.delete(member);
    const story = member.story;
    story.members.splice(story.members.indexOf(member), 1);
    story.described = null;
    if (story.members.length === 0) this.storiesById.delete(story.id);
  }

  /** The story id of an article, or undefined when it was never added. */
  storyOf(articleId: string): string | undefined {
    return this.members.get(articleId)?.story.id;
  }

  /** Every story, newest first (by its latest article), then by id. */
  stories(): Story[] {
    return [...this.storiesById.values()].map((s) => this.described(s)).sort(newestFirst);
  }

  /** The stories as they stand now, as an immutable catalogue (later additions do not change it). */
  catalogue(): StoryCatalogue {
    return storyCatalogue(this.stories());
  }

  /**
   * {@link catalogue} describing the stories in slices that yield to the event loop. Only stories whose articles
   * changed since the last catalogue are described again, so after adding one article this is quick.
   */
  async catalogueAsync(sliceMs = SLICE_MS): Promise<StoryCatalogue> {
    const stories = [...this.storiesById.values()];
    await inSlices(stories, (s) => this.described(s), sliceMs);
    // Described just now, unless an article was added meanwhile: then that story is described here.
    return storyCatalogue(stories.map((s) => this.described(s)).sort(newestFirst));
  }

  /** Ids of the grouped articles. */
  articleIds(): string[] {
    return [...this.members.keys()];
  }

  private count(article: StoryArticle): Map<string, number> {
    return termCounts(article, this.boilerplate.isBoilerplate, (term, name) => {
      if (!this.written.has(term)) this.written.set(term, name);
    });
  }

  private countDocument(counts: ReadonlyMap<string, number>): void {
    this.documents++;
    for (const term of counts.keys()) this.documentFrequency.set(term, (this.documentFrequency.get(term) ?? 0) + 1);
  }

  private vectorOf(counts: ReadonlyMap<string, number>): TermVector {
    const { rarity } = this.options;
    return weigh(counts, (term) => this.frequencyOf(term), rarity.documents + this.documents, this.vocabulary);
  }

  /** Places an article: in its pinned story, else in the story it is most like, or, `alone`, in a story of its own. */
  private place(article: StoryArticle, counts: ReadonlyMap<string, number>, alone = false): Member {
    const vector = this.vectorOf(counts);
    const day = dayNumber(article.date);
    const telling: [string, number][] = [];
    vector.terms.forEach((id, i) => {
      const term = this.vocabulary.term(id);
      if (this.isTelling(term)) telling.push([term, vector.weights[i] as number]);
    });
    telling.sort((a, b) => b[1] - a[1]);
    const story =
      article.pinned !== null
        ? this.pinnedStory(article.pinned)
        : alone
          ? undefined
          : this.bestStory(vector, telling, day);
    const target = story ?? (alone ? this.provisionalStory(article) : this.newStory(article));
    const member: Member = { article, day, counts, vector, telling, story: target };
    target.members.push(member);
    target.described = null;
    this.members.set(article.id, member);
    const bucket = bucketOf(day);
    this.buckets.add(bucket);
    for (const [term, weight] of telling) {
      let byBucket = this.postings.get(term);
      if (!byBucket) {
        byBucket = new Map();
        this.postings.set(term, byBucket);
      }
      let posting = byBucket.get(bucket);
      if (!posting) {
        posting = new Map();
        byBucket.set(bucket, posting);
      }
      posting.set(member, weight);
    }
    return member;
  }

  private pinnedStory(pin: string): MutableStory {
    const id = slugify(pin) || 'story';
    const existing = this.storiesById.get(id);
    if (existing) return existing;
    const story: MutableStory = { id, order: this.storyCounter++, members: [], described: null };
    this.storiesById.set(id, story);
    return story;
  }

  /** A story of one article that {@link regroup} replaces before anyone sees it: named by the article's id, no slug. */
  private provisionalStory(article: StoryArticle): MutableStory {
    const story: MutableStory = { id: `\0${article.id}`, order: this.storyCounter++, members: [], described: null };
    this.storiesById.set(story.id, story);
    return story;
  }

  private newStory(founder: StoryArticle): MutableStory {
    const base = slugify(founder.title ?? founder.paragraphs[0] ?? founder.id) || slugify(founder.id) || 'story';
    let id = base;
    for (let n = 2; this.storiesById.has(id); n++) id = `${base}-${n}`;
    const story: MutableStory = { id, order: this.storyCounter++, members: [], described: null };
    this.storiesById.set(id, story);
    return story;
  }

  /** Weight of the days between two articles: 1 when close or undated, falling to 0 at {@link GroupingOptions.farDays}. */
  private timeWeight(a: number | null, b: number | null): number {
    if (a === null || b === null) return 1;
    const days = Math.abs(a - b);
    const { nearDays, farDays } = this.options;
    if (days <= nearDays) return 1;
    if (days >= farDays) return 0;
    return 1 - (days - nearDays) / (farDays - nearDays);
  }

  /**
   * The story the article is most like, or undefined when none reaches the threshold. Candidates are the stories
   * of articles sharing a telling (rare) term with it in the weeks around its date, so the cost grows with those
   * weeks' articles, not with the archive; a story sharing only common words could never reach the threshold.
   */
  private bestStory(
    vector: TermVector,
    telling: readonly (readonly [string, number])[],
    day: number | null,
  ): MutableStory | undefined {
    let best: MutableStory | undefined;
    let bestScore = -1;
    for (const story of this.candidates(telling, day)) {
      let sum = 0;
      for (const m of story.members) {
        const weight = this.timeWeight(day, m.day);
        if (weight > 0) sum += cosine(vector, m.vector) * weight;
      }
      // The average over the story's articles, as when a folder is grouped at once: one shared name cannot chain
      // unrelated articles.
      const score = sum / story.members.length;
      // Candidates come in story order, so a tie keeps the older story.
      if (score > bestScore) {
        best = story;
        bestScore = score;
      }
    }
    return bestScore >= this.options.threshold ? best : undefined;
  }

  /**
   * Stories of the articles near in time that share the most telling (rare) terms with this one, oldest story
   * first. Only the article's {@link CANDIDATE_TERMS} heaviest telling terms are looked up and at most
   * {@link CANDIDATE_ARTICLES} articles followed: the best story is always among those sharing its rarest words.
   */
  private candidates(telling: readonly (readonly [string, number])[], day: number | null): MutableStory[] {
    const nearest = this.nearestMembers(telling, day);
    return [...new Set(nearest.map((m) => m.story))].sort((a, b) => a.order - b.order);
  }

  /** The {@link CANDIDATE_ARTICLES} articles within reach of a day that share the most telling terms with these. */
  private nearestMembers(telling: readonly (readonly [string, number])[], day: number | null): Member[] {
    const buckets = this.bucketsAround(day);
    const shared = new Map<Member, number>();
    for (const [term, weight] of telling.slice(0, CANDIDATE_TERMS)) {
      const byBucket = this.postings.get(term);
      if (!byBucket) continue;
      for (const bucket of buckets) {
        const posting = byBucket.get(bucket);
        if (posting) for (const [member, w] of posting) shared.set(member, (shared.get(member) ?? 0) + weight * w);
      }
    }
    return [...shared]
      .sort((a, b) => b[1] - a[1] || groupingOrder(a[0].article, b[0].article))
      .slice(0, CANDIDATE_ARTICLES)
      .map(([m]) => m);
  }

  /** Whether a term is rare enough to propose candidate stories. */
  private isTelling(term: string): boolean {
    return this.frequencyOf(term) <= TELLING_TERM_MAX_SHARE * (this.options.rarity.documents + this.documents);
  }

  private frequencyOf(term: string): number {
    return (this.options.rarity.frequency.get(term) ?? 0) + (this.documentFrequency.get(term) ?? 0);
  }

  /** Posting buckets an article of this day can share a story with: the weeks within reach, and undated articles. */
  private bucketsAround(day: number | null): readonly number[] {
    if (day === null) return [...this.buckets];
    const out = [UNDATED];
    const weeks = Math.ceil(this.options.farDays / BUCKET_DAYS);
    const week = Math.floor(day / BUCKET_DAYS);
    for (let w = week - weeks; w <= week + weeks; w++) out.push(w);
    return out;
  }

  /** A story's description, made again only when its articles changed. */
  private described(story: MutableStory): Story {
    story.described ??= this.describe(story);
    return story.described;
  }

  private describe(story: MutableStory): Story {
    const members = [...story.members].sort((a, b) => groupingOrder(a.article, b.article));
    const dates = members.map((m) => m.article.date).filter((d): d is string => d !== null);
    const publishers = [...new Set(members.map((m) => m.article.publisher).filter((p): p is string => p !== null))];
    return {
      id: story.id,
      title: centralTitle(members),
      articles: members.map((m) => m.article.id),
      from: dates[0] ?? null,
      to: dates.at(-1) ?? null,
      publishers: publishers.sort(),
      names: this.keyNames(members),
    };
  }

  /** The names a story's articles share most, as written. */
  private keyNames(members: readonly Member[], limit = 5): string[] {
    const weight = new Map<string, number>();
    for (const m of members) {
      m.vector.terms.forEach((id, i) => {
        const term = this.vocabulary.term(id);
        if (isNameTerm(term)) weight.set(term, (weight.get(term) ?? 0) + (m.vector.weights[i] as number));
      });
    }
    return [...weight]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, limit)
      .map(([term]) => this.written.get(term) ?? termText(term));
  }
}

/** Longest title made from an untitled story's opening sentence. */
const UNTITLED_MAX = 90;

/** The headline of the article most like the others (ties: the earliest); an untitled story uses its opening. */
function centralTitle(members: readonly Member[]): string {
  let best: Member | undefined;
  let bestScore = -1;
  for (const m of members) {
    if (!m.article.title) continue;
    let score = 0;
    for (const other of members) if (other !== m) score += cosine(m.vector, other.vector);
    if (score > bestScore) {
      best = m;
      bestScore = score;
    }
  }
  if (best?.article.title) return best.article.title;
  const first = members[0]?.article;
  const opening = first?.paragraphs[0] ?? first?.id ?? '';
  const sentence = /^.{20,}?[.!?](?=\s|$)/s.exec(opening)?.[0] ?? opening;
  if (sentence.length <= UNTITLED_MAX) return sentence;
  // Cut at a word boundary: the title of an untitled story is read in lists and pickers.
  const cut = sentence.slice(0, UNTITLED_MAX).replace(/\s+\S*$/, '');
  return `${cut}…`;
}

function newestFirst(a: Story, b: Story): number {
  const x = a.to ?? '';
  const y = b.to ?? '';
  if (x !== y) return x < y ? 1 : -1;
  return a.id < b.id ? -1 : 1;
}
