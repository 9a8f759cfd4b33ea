import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Logger } from 'pino';
import {
  type Answer,
  type AnswerContext,
  createAnswerContext,
  type FactsSource,
  factsIfRead,
  isCommandName,
  prepareAnswers,
  READ_COMMANDS,
  readCommandOf,
  resolveStory,
  storyArticle,
} from '../answers/index.ts';
import { extractAll, extractorFingerprint, readCachedFacts, readCachedFactsSync } from '../extract/index.ts';
import type { ArticleFacts } from '../extract/types.ts';
import { type Article, articlesFolder, type LoadProblem, loadKnowledge } from '../knowledge/index.ts';
import { loadOrBuildIndex, loadSnapshot, type SearchIndex } from '../search/index.ts';
import {
  readStories,
  referenceRarity,
  type StoryCatalogue,
  StoryGrouper,
  storiesKey,
  writeStories,
} from '../stories/index.ts';
import { complete } from './complete.ts';
import type { BriefingService, CommandOptions, CompletableOption, ReloadReport } from './types.ts';

/** What {@link createBriefingService} needs. */
export interface BriefingServiceOptions {
  /** Folder holding `articles/` (or the articles themselves). */
  readonly knowledgeDir: string;
  /** Folder for fact caches and index snapshots; without it everything is rebuilt in memory at each start. */
  readonly cacheDir?: string;
  /** Structured logger; silent when absent. */
  readonly logger?: Logger;
  /**
   * Remember answers per generation, so the same question asked again is answered at once (default true). The
   * benchmark turns it off to time answers, not memo hits.
   */
  readonly answerMemo?: boolean;
  /**
   * After each load, build the answers' per-knowledge lookups in the background, a step per turn of the event loop
   * (see `prepareAnswers`), so the first questions do not pay for them (default false: a one-shot CLI answer would
   * only wait for work it does not need). Long-running front doors turn it on.
   */
  readonly prepareAnswers?: boolean;
  /**
   * From how many articles an index is built on a worker thread rather than in chunks on the serving thread
   * (default {@link INDEX_WORKER_FROM}): a thread costs a fraction of a second to start, a small index less to build.
   */
  readonly indexWorkerFrom?: number;
}

/** Articles from which the index is built on a worker thread: below, building in chunks here is quicker. */
export const INDEX_WORKER_FROM = 100;

/** One loaded generation of the knowledge: swapped as a whole on reload, so no answer mixes two generations. */
interface State {
  readonly ctx: AnswerContext;
  readonly problems: readonly LoadProblem[];
  /** Answers already given in this generation: the same question gets the same answer until the next reload. */
  readonly answers: Map<string, Answer>;
}

/** Answers remembered per generation before the memo starts over; a briefing channel asks the same few things. */
const ANSWER_MEMO_LIMIT = 1000;

/** A memo key for a command and its options, independent of the options' order. */
function memoKey(command: string, options: CommandOptions): string {
  const entries = Object.entries(options)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return `${command}\u0000${JSON.stringify(entries)}`;
}

/**
 * Articles of `previous` whose file is now broken (it still exists but no longer loads), when nothing newly loaded
 * took their id: a save that breaks a file, or catches it half-written, must not take the article offline.
 */
function lastGoodVersions(
  folder: string,
  loaded: readonly Article[],
  problems: readonly LoadProblem[],
  previous: readonly Article[],
): Article[] {
  const broken = new Set(problems.map((p) => resolve(p.path)));
  const ids = new Set(loaded.map((a) => a.id));
  return previous.filter((a) => broken.has(resolve(folder, a.file)) && !ids.has(a.id));
}

/** An article's facts when its cached facts went missing: nothing, until the repair reload extracts them. */
function noFacts(article: Article): ArticleFacts {
  return {
    article: article.id,
    contentHash: article.contentHash,
    sentences: [],
    quotes: [],
    figures: [],
    dates: [],
    entities: [],
    events: [],
  };
}

/**
 * The facts and index of a generation. With an index snapshot on disk (the same articles, the same code), the index
 * is read from it and the facts are read from their cache only when an answer first needs them (a `/search` never
 * does), so a start answers sooner; `onMissing` is called if some facts turn out not to be cached after all.
 * Otherwise every article's facts are read or extracted (on the worker pool) and the index is built.
 */
async function factsAndIndex(
  articles: readonly Article[],
  cacheDir: string | undefined,
  onMissing: (() => void) | null,
  options: Pick<BriefingServiceOptions, 'indexWorkerFrom' | 'logger'>,
  known?: (article: Article) => ArticleFacts | undefined,
  serving = false,
): Promise<{ facts: FactsSource; index: SearchIndex; source: string; preload: () => Promise<void> }> {
  if (cacheDir && onMissing) {
    const code = await extractorFingerprint();
    const snapshot = await loadSnapshot(articles, cacheDir, code);
    if (snapshot) {
      // Read in the background by `preload` when the service prepares answers; else at once when first needed.
      let preloaded: (ArticleFacts | null)[] | undefined;
      const facts = () => {
        const read = preloaded ?? readCachedFactsSync(articles, cacheDir, code);
        if (read.includes(null)) onMissing();
        return read.map((f, i) => f ?? noFacts(articles[i] as Article));
      };
      const preload = async () => {
        preloaded ??= await readCachedFacts(articles, cacheDir, code);
      };
      return { facts, index: snapshot.index, source: snapshot.source, preload };
    }
  }
  const facts = await extractAll(articles, { cacheDir, pool: true, ...(known ? { known } : {}) });
  const { index, source } = await loadOrBuildIndex(articles, facts, cacheDir, {
    // At start nothing is served yet: a thread would only add its start-up time.
    ...(serving ? { offThreadFrom: options.indexWorkerFrom ?? INDEX_WORKER_FROM } : {}),
    onFallback: (error) =>
      options.logger
        ?.child({ component: 'service' })
        .warn({ err: error }, 'index worker failed: building the index on this thread'),
  });
  return { facts, index, source, preload: async () => undefined };
}

/**
 * Loads one generation; `previous` (the generation being replaced) supplies the last good version of broken files.
 * `onMissing`: see {@link factsAndIndex} (null reads every article's facts now). `known`: facts already in memory
 * for unchanged articles, so a reload neither reads them again nor holds two copies of them. `serving`: another
 * generation answers meanwhile (a reload), so a large index is built off this thread.
 */
async function load(
  options: BriefingServiceOptions,
  stories: StoryBook,
  previous: readonly Article[] = [],
  onMissing: (() => void) | null = null,
  known?: (article: Article) => ArticleFacts | undefined,
  serving = false,
): Promise<State & { indexSource: string; kept: readonly Article[]; preload: () => Promise<void> }> {
  const loaded = await loadKnowledge(options.knowledgeDir, { cacheDir: options.cacheDir });
  const folder = await articlesFolder(options.knowledgeDir);
  const kept = lastGoodVersions(folder, loaded.articles, loaded.problems, previous);
  const articles =
    kept.length === 0 ? loaded.articles : [...loaded.articles, ...kept].sort((a, b) => a.file.localeCompare(b.file));
  const keptFiles = new Set(kept.map((a) => resolve(folder, a.file)));
  const problems = loaded.problems.map((p) =>
    keptFiles.has(resolve(p.path)) ? { ...p, message: `${p.message} (its last good version is still served)` } : p,
  );
  const { facts, index, source, preload } = await factsAndIndex(
    articles,
    options.cacheDir,
    onMissing,
    options,
    known,
    serving,
  );
  const ctx = createAnswerContext(articles, facts, index, await stories.update(articles));
  return { ctx, problems, answers: new Map(), indexSource: source, kept, preload };
}

/**
 * The service's story grouping, kept across reloads: a reload removes what was deleted or changed and adds what
 * is new or changed, so the other articles keep their stories (grouping is incremental, not redone). A start whose
 * articles were grouped before (the same articles, the same grouping code) reads their stories from the cache and
 * builds the grouper only when a reload first needs it, in chunks that yield to the event loop.
 */
class StoryBook {
  private grouper: StoryGrouper | null = null;
  private readonly grouped = new Map<string, string>();
  /** The articles whose stories came from the cache, until the grouper is built from them. */
  private fromCache: readonly Article[] | null = null;

  constructor(private readonly cacheDir: string | undefined) {}

  /** Brings the grouping up to date with `articles` and returns the stories as they now stand. */
  async update(articles: readonly Article[]): Promise<StoryCatalogue> {
    const key = this.cacheDir ? await storiesKey(articles) : '';
    if (this.grouper === null && this.cacheDir) {
      const cached = this.fromCache === null ? await readStories(this.cacheDir, key) : null;
      if (cached) {
        this.fromCache = articles;
        return cached;
      }
    }
    const grouper = await this.ready();
    const current = new Map(articles.map((a) => [a.id, a]));
    for (const [id, hash] of this.grouped) {
      if (current.get(id)?.contentHash === hash) continue;
      grouper.remove(id);
      this.grouped.delete(id);
    }
    const fresh = articles.filter((a) => !this.grouped.has(a.id));
    await grouper.addAllAsync(fresh.map(storyArticle));
    for (const a of fresh) this.grouped.set(a.id, a.contentHash);
    const catalogue = await grouper.catalogueAsync();
    if (this.cacheDir) await writeStories(this.cacheDir, key, catalogue);
    return catalogue;
  }

  /** The grouper, built from the cached generation's articles first when the stories came from the cache. */
  private async ready(): Promise<StoryGrouper> {
    if (this.grouper) return this.grouper;
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    const base = this.fromCache ?? [];
    await grouper.addAllAsync(base.map(storyArticle));
    for (const a of base) this.grouped.set(a.id, a.contentHash);
    this.grouper = grouper;
    this.fromCache = null;
    return grouper;
  }
}

/**
 * The facts a generation holds in memory (none when it has not read them yet), by article, for the articles whose
 * content is the same in the next generation: extraction is deterministic and the code does not change while the
 * process runs, so they are the facts the cache would give.
 */
function knownFacts(ctx: AnswerContext): ((article: Article) => ArticleFacts | undefined) | undefined {
  const facts = factsIfRead(ctx);
  if (!facts) return undefined;
  const byId = new Map(facts.map((f) => [f.article, f]));
  const hashOf = hashes(ctx.articles);
  return (article) => (hashOf.get(article.id) === article.contentHash ? byId.get(article.id) : undefined);
}

function hashes(articles: readonly Article[]): Map<string, string> {
  return new Map(articles.map((a) => [a.id, a.contentHash]));
}

/** An answer for a command name no front door should send; kept so a bad name never throws. */
function unknownCommand(command: string, options: CommandOptions): Answer {
  return {
    command,
    title: 'Unknown command',
    query: options,
    sections: [],
    conflicts: [],
    notes: [
      `There is no command "${command.slice(0, 40)}".`,
      `Commands: ${READ_COMMANDS.map((c) => c.spec.name).join(', ')}.`,
    ],
    citations: [],
    empty: true,
    suggestions: ['/help'],
  };
}

/**
 * Loads the knowledge folder (articles → facts, cached per article → index, from its snapshot when nothing
 * changed) and returns the {@link BriefingService} every front door uses.
 */
export async function createBriefingService(options: BriefingServiceOptions): Promise<BriefingService> {
  const log = options.logger?.child({ component: 'service' });
  const started = performance.now();
  const stories = new StoryBook(options.cacheDir);
  let service: BriefingService | undefined;
  /** Facts that should have been cached were not: reload once, reading (or extracting) every article's facts. */
  let repair = false;
  const onMissing = () => {
    if (repair) return;
    repair = true;
    log?.warn('cached facts missing for an indexed article: reloading to extract them');
    setImmediate(() => void service?.reload().catch((error) => log?.error({ err: error }, 'repair reload failed')));
  };
  let loadedPreload: () => Promise<void> = async () => undefined;
  let state: State = await load(options, stories, [], onMissing).then((s) => {
    loadedPreload = s.preload;
    log?.info(
      {
        articles: s.ctx.articles.length,
        problems: s.problems.length,
        index: s.indexSource,
        ms: Math.round(performance.now() - started),
      },
      'knowledge loaded',
    );
    for (const p of s.problems) log?.warn({ path: p.path, field: p.field }, p.message);
    return s;
  });
  let reloading: Promise<ReloadReport> | undefined;
  let preparing: Promise<void> = Promise.resolve();
  /** Builds a new generation's answer lookups in the background while it is the one served. */
  const prepare = (ctx: AnswerContext, preload: () => Promise<void>) => {
    if (!options.prepareAnswers) return;
    const t0 = performance.now();
    const pause = () => new Promise<boolean>((resolve) => setImmediate(() => resolve(state.ctx === ctx)));
    preparing = preload()
      .then(() => prepareAnswers(ctx, pause))
      .then(
        () => log?.debug({ ms: Math.round(performance.now() - t0) }, 'answers prepared'),
        (error) => log?.warn({ err: error }, 'preparing answers failed; they are built when first asked'),
      );
  };
  prepare(state.ctx, loadedPreload);

  const reload = async (): Promise<ReloadReport> => {
    const t0 = performance.now();
    const before = hashes(state.ctx.articles);
    // A repair reload re-reads everything: the facts it repairs are in memory as empty stand-ins.
    const next = await load(
      options,
      stories,
      state.ctx.articles,
      repair ? null : onMissing,
      repair ? undefined : knownFacts(state.ctx),
      true,
    );
    repair = false;
    const after = hashes(next.ctx.articles);
    if (after.size === 0 && before.size > 0 && next.problems.length > 0) {
      // An unreadable folder is a failure, not "every article was deleted": keep serving what we have.
      throw new Error(`reload failed, still serving ${before.size} article(s): ${next.problems[0]?.message ?? ''}`);
    }
    state = { ctx: next.ctx, problems: next.problems, answers: new Map() };
    prepare(next.ctx, next.preload);
    const report: ReloadReport = {
      articles: after.size,
      added: [...after.keys()].filter((id) => !before.has(id)),
      changed: [...after].filter(([id, h]) => before.has(id) && before.get(id) !== h).map(([id]) => id),
      removed: [...before.keys()].filter((id) => !after.has(id)),
      problems: next.problems,
      ms: Math.round(performance.now() - t0),
    };
    for (const a of next.kept)
      log?.warn({ article: a.id, file: a.file }, 'file is broken: serving its last good version');
    log?.info({ ...report, problems: report.problems.length, index: next.indexSource }, 'knowledge reloaded');
    return report;
  };

  service = {
    answer(command, commandOptions) {
      if (!isCommandName(command)) return unknownCommand(String(command), commandOptions);
      const current = state; // one generation for the whole call, even if a reload swaps meanwhile
      if (options.answerMemo === false) return readCommandOf(command).answer(current.ctx, commandOptions);
      const key = memoKey(command, commandOptions);
      const known = current.answers.get(key);
      if (known) return known;
      const answer = readCommandOf(command).answer(current.ctx, commandOptions);
      if (current.answers.size >= ANSWER_MEMO_LIMIT) current.answers.clear();
      current.answers.set(key, answer);
      return answer;
    },
    complete(option: CompletableOption, prefix: string, limit = 25) {
      return complete(state.ctx, option, prefix, limit);
    },
    reload() {
      // Two reloads at once would race to swap; the second caller shares the first one's result.
      reloading ??= reload().finally(() => {
        reloading = undefined;
      });
      return reloading;
    },
    prepared: () => preparing,
    factsOf: (article) => state.ctx.facts.find((f) => f.article === article),
    findStory: (text) => resolveStory(state.ctx, text),
    storyOf: (article) => state.ctx.stories.of(article),
    articles: () => state.ctx.articles,
    problems: () => state.problems,
  };
  return service;
}
