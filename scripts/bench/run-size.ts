import { execFile, spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { groupStories, storyArticle } from '../../src/answers/context.ts';
import { extractAll, extractorFingerprint } from '../../src/extract/index.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Article } from '../../src/knowledge/types.ts';
import { documentsOf, type SearchDoc, SearchIndex, snapshotKey } from '../../src/search/index.ts';
import { buildIndex } from '../../src/search/snapshot.ts';
import { createBriefingService } from '../../src/service/index.ts';
import type { BriefingService, CommandName } from '../../src/service/types.ts';
import { referenceRarity, StoryGrouper } from '../../src/stories/index.ts';
import { BaselineIndex } from './baseline.ts';
import { type LatencySummary, longestStall, memory, summarise, timed, timedAsync, yieldToLoop } from './measure.ts';
import { baselineQuery, type Call, distinctCalls } from './questions.ts';

/** How hard to measure: the full run, or a quick one for checking the harness. */
export interface Effort {
  /** Articles extracted on the main thread to measure the one-core rate (a sample). */
  readonly serialSample: number;
  /** Distinct calls per command, and the most milliseconds spent on one command's calls. */
  readonly callsPerCommand: number;
  readonly msPerCommand: number;
  /** Calls in the burst during which the event loop is watched, and the most milliseconds it may take. */
  readonly burst: number;
  readonly burstMs: number;
  /** Child processes started to time start-up; the best is reported (the first also warms the disk cache). */
  readonly startups: number;
  /** Runs of the one-CLI-answer measure (real corpus only). */
  readonly cliRuns: number;
}

/** One corpus to measure: how to write it, and an extra article to add for the reload measure. */
export interface CorpusSpec {
  readonly label: string;
  /** Writes the corpus's knowledge folder (`<dir>/articles/…`) and returns its size in bytes. */
  readonly write: (dir: string) => Promise<number>;
  /** A file name and text of one more article, added to time a reload. */
  readonly extra: () => { readonly name: string; readonly text: string };
  /** Whether to time the one-CLI-answer measure on it. */
  readonly cli: boolean;
  /** Articles it holds (0 when not known beforehand), to scale the effort. */
  readonly size: number;
}

/** What one corpus measured. Times in milliseconds, sizes in bytes, rates per second. */
export interface SizeResult {
  readonly label: string;
  readonly articles: number;
  readonly paragraphs: number;
  readonly corpusBytes: number;
  readonly stories: number;
  readonly facts: {
    readonly total: number;
    readonly quotes: number;
    readonly figures: number;
    readonly dates: number;
    readonly entities: number;
    readonly events: number;
    readonly sentences: number;
  };
  readonly load: { readonly ms: number; readonly warmMs: number; readonly problems: number };
  readonly extraction: {
    readonly serial: {
      readonly articles: number;
      readonly ms: number;
      readonly perSecond: number;
      readonly cpuMs: number;
    };
    readonly parallel: {
      readonly articles: number;
      readonly ms: number;
      readonly perSecond: number;
      readonly workers: number;
      readonly cpuMs: number;
      /** Articles per second the CPU time gives with `workers` cores to itself. */
      readonly idlePerSecond: number;
    };
  };
  readonly index: {
    readonly documents: number;
    readonly terms: number;
    readonly buildMs: number;
    readonly msPer1000Facts: number;
    readonly cpuMsPer1000Facts: number;
    readonly heapBytes: number;
    readonly heapPer10000Facts: number;
  };
  /** Grouping every article into stories from scratch: in one go, and in slices that yield, catalogue included (the longest stall). */
  readonly grouping: { readonly ms: number; readonly cpuMs: number; readonly asyncStallMs: number };
  readonly snapshot: {
    readonly bytes: number;
    readonly writeMs: number;
    readonly loadMs: number;
    readonly keyMs: number;
  };
  readonly startup: {
    readonly firstAnswerMs: number;
    readonly wallMs: number;
    readonly importsMs: number;
    readonly readyMs: number;
    readonly answered: boolean;
    readonly compiled: boolean;
  };
  /** The serving process after its first answer: heap and RSS after a full collection, and its peak RSS. */
  readonly memory: { readonly childHeapUsed: number; readonly childRss: number; readonly childPeakRss: number };
  readonly latency: Readonly<
    Record<string, { readonly ours: LatencySummary; readonly baseline: LatencySummary; readonly distinct: number }>
  >;
  /** A repeated question, answered from the per-generation memo. */
  readonly memoHit: LatencySummary;
  readonly stalls: {
    readonly reloadMs: number;
    readonly reloadStallMs: number;
    readonly syncBuildStallMs: number;
    readonly asyncBuildStallMs: number;
    readonly burstStallMs: number;
    readonly idleStallMs: number;
    readonly burstCalls: number;
  };
  readonly baseline: { readonly documents: number; readonly buildMs: number; readonly heapBytes: number };
  /** One CLI answer from a fresh cache (cold: extracts everything) and then warm (median of the runs). */
  readonly cli: CliFigures | null;
}

/** Wall time and peak RSS of one CLI answer, cold and warm (see `cli-answer.mjs`). */
export interface CliFigures {
  readonly code: string;
  readonly runs: number;
  readonly cold: { readonly wallMs: number; readonly peakRss: number };
  readonly warm: { readonly wallMs: number; readonly peakRss: number; readonly worstWallMs: number };
}

/** Where to write and what to report progress to. */
export interface SizeContext {
  readonly workDir: string;
  readonly questions: readonly string[];
  readonly effort: Effort;
  readonly progress: (message: string) => void;
}

const FIRST_ANSWER = fileURLToPath(new URL('./first-answer.mjs', import.meta.url));
const CLI_ANSWER = fileURLToPath(new URL('./cli-answer.mjs', import.meta.url));

function countFacts(facts: readonly ArticleFacts[]): SizeResult['facts'] {
  const c = { quotes: 0, figures: 0, dates: 0, entities: 0, events: 0, sentences: 0 };
  for (const f of facts) {
    c.quotes += f.quotes.length;
    c.figures += f.figures.length;
    c.dates += f.dates.length;
    c.entities += f.entities.length;
    c.events += f.events.length;
    c.sentences += f.sentences.length;
  }
  return { total: c.quotes + c.figures + c.dates + c.entities + c.events, ...c };
}

type FirstAnswer = SizeResult['startup'] & { heapUsed: number; rss: number; peakRss: number };

/** Starts the knowledge core in a child process (compiled when built) and times its first answer. */
function firstAnswer(knowledgeDir: string, cacheDir: string, question: string): Promise<FirstAnswer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, [FIRST_ANSWER, knowledgeDir, cacheDir, question], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
    });
    child.stderr.on('data', (d) => {
      err += d;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - started;
      const line = out.trim().split('\n').at(-1) ?? '';
      try {
        resolve({ wallMs, ...(JSON.parse(line) as Omit<FirstAnswer, 'wallMs'>) });
      } catch {
        reject(new Error(`first-answer child exited with ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

/** The one-CLI-answer measure (`cli-answer.mjs`) on this corpus, from the empty cache `cacheDir`. */
function cliAnswer(knowledgeDir: string, cacheDir: string, runs: number): Promise<CliFigures> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [CLI_ANSWER, '--knowledge', knowledgeDir, '--cache', cacheDir, '--runs', String(runs)],
      { maxBuffer: 1 << 20 },
      (error, stdout, stderr) => {
        if (error) return reject(new Error(`cli-answer.mjs failed: ${stderr.slice(-500)}`));
        const r = JSON.parse(stdout) as {
          code: string;
          first: { wallMs: number; peakRssBytes: number };
          wallMs: { median: number; worst: number };
          peakRssBytes: { median: number };
        };
        resolve({
          code: r.code,
          runs,
          cold: { wallMs: r.first.wallMs, peakRss: r.first.peakRssBytes },
          warm: { wallMs: r.wallMs.median, peakRss: r.peakRssBytes.median, worstWallMs: r.wallMs.worst },
        });
      },
    );
  });
}

/**
 * Times each command's distinct calls on our service (answer memo off) and the same words on the baseline,
 * alternating per call.
 */
function latencies(service: BriefingService, baseline: BaselineIndex, calls: readonly Call[], effort: Effort) {
  const byCommand = new Map<string, Call[]>();
  for (const call of calls) byCommand.set(call.command, [...(byCommand.get(call.command) ?? []), call]);
  const out: Record<string, { ours: LatencySummary; baseline: LatencySummary; distinct: number }> = {};
  for (const [command, list] of byCommand) {
    // Warm-up on a call that is not timed: compiles the code path and fills the per-knowledge lookups.
    const first = list[0] as Call;
    service.answer(first.command, first.options);
    baseline.search(baselineQuery(first));
    const ours: number[] = [];
    const base: number[] = [];
    const started = performance.now();
    for (const call of list.slice(1)) {
      ours.push(timed(() => service.answer(call.command, call.options)).ms);
      base.push(timed(() => baseline.search(baselineQuery(call))).ms);
      if (ours.length >= effort.callsPerCommand) break;
      if (ours.length >= 10 && performance.now() - started > effort.msPerCommand) break;
    }
    if (ours.length === 0) {
      ours.push(timed(() => service.answer(first.command, first.options)).ms);
      base.push(timed(() => baseline.search(baselineQuery(first))).ms);
    }
    out[command] = { ours: summarise(ours), baseline: summarise(base), distinct: ours.length };
  }
  return out;
}

/** Writes the corpus and measures everything about it. */
export async function measureCorpus(spec: CorpusSpec, ctx: SizeContext): Promise<SizeResult> {
  const say = (m: string) => ctx.progress(`[${spec.label}] ${m}`);
  const slug = spec.label.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  const corpusDir = join(ctx.workDir, `corpus-${slug}`);
  const cacheDir = join(ctx.workDir, `cache-${slug}`);
  await rm(cacheDir, { recursive: true, force: true });

  // The noise floor: the longest stall while doing nothing, which on a shared machine is the scheduler's doing.
  const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 2000)));
  say('writing the corpus');
  const corpusBytes = await spec.write(corpusDir);
  const loaded = await timedAsync(() => loadKnowledge(corpusDir, { cacheDir }));
  const articles: readonly Article[] = loaded.value.articles;
  say(`loaded ${articles.length} articles in ${loaded.ms.toFixed(0)} ms`);

  const sample = articles.slice(0, Math.min(articles.length, ctx.effort.serialSample));
  say(`extracting ${sample.length} articles on this thread`);
  const serial = await timedAsync(() => extractAll(sample));

  say(`extracting ${articles.length} articles on the worker pool`);
  const facts: ArticleFacts[] = [];
  const batch = 200;
  const parallel = await timedAsync(async () => {
    for (let i = 0; i < articles.length; i += batch) {
      facts.push(...(await extractAll(articles.slice(i, i + batch), { cacheDir, pool: true })));
      say(`  extracted ${facts.length}/${articles.length}`);
    }
  });
  const counts = countFacts(facts);
  const workers = Math.min(availableParallelism(), Math.max(1, Math.ceil(articles.length / 8)));

  say(`indexing ${counts.total} facts`);
  const before = memory();
  const built = await longestStall(async () => timed(() => buildIndex(articles, facts)));
  let index: SearchIndex | null = built.value.value;
  const indexHeap = memory().heapUsed - before.heapUsed;
  const terms = index.termCount;

  say('grouping every article into stories, at once and in slices that yield');
  const grouping = timed(() => groupStories(articles));
  const asyncGrouping = await longestStall(async () => {
    const grouper = new StoryGrouper({ rarity: referenceRarity() });
    await grouper.addAllAsync(articles.map(storyArticle));
    await grouper.catalogueAsync();
  });

  say('snapshot: key, write, load');
  const fingerprint = await extractorFingerprint();
  const key = timed(() => snapshotKey(articles, fingerprint));
  const snapshotFile = join(cacheDir, 'index', `${key.value}.bin`);
  await mkdir(join(cacheDir, 'index'), { recursive: true });
  const written = await timedAsync(() => writeFile(snapshotFile, (index as SearchIndex).toBytes()));
  const snapshotBytes = (await stat(snapshotFile)).size;
  const indexDocuments = index.size;
  index = null; // the service below loads its own copy from the snapshot
  const bytes = await readFile(snapshotFile);
  const snapshotLoadMs = timed(() => SearchIndex.fromBytes(bytes)).ms;

  say('a rebuild in chunks that yield (the reload path)');
  const docs: SearchDoc[] = articles.flatMap((a, i) => documentsOf(a, facts[i] as ArticleFacts));
  const asyncBuild = await longestStall(() => SearchIndex.buildAsync(docs));

  say('baseline: plain MiniSearch over raw paragraphs');
  const baseBefore = memory();
  const baseBuilt = timed(() => BaselineIndex.build(articles));
  const baseline = baseBuilt.value;
  const baseHeap = memory().heapUsed - baseBefore.heapUsed;

  say('starting the service from its caches');
  const warmLoad = await timedAsync(() => loadKnowledge(corpusDir, { cacheDir }));
  // As the bot runs it: the answer lookups are prepared in the background after each load; the calls are timed once
  // they are (the reload below is timed with its preparation).
  const service = await createBriefingService({
    knowledgeDir: corpusDir,
    cacheDir,
    answerMemo: false,
    prepareAnswers: true,
  });
  await service.prepared?.();
  const question = ctx.questions[0] ?? 'how many troops';
  const startups: FirstAnswer[] = [];
  for (let i = 0; i < ctx.effort.startups; i++) startups.push(await firstAnswer(corpusDir, cacheDir, question));
  const best = startups.reduce((a, b) => (b.firstAnswerMs < a.firstAnswerMs ? b : a));

  const stories = [
    ...new Map(articles.flatMap((a) => service.storyOf(a.id) ?? []).map((s) => [s.id, s] as const)).values(),
  ];
  const calls = distinctCalls(facts, stories, ctx.questions, ctx.effort.callsPerCommand + 1);
  say(`timing ${calls.length} distinct calls (answer memo off) and the baseline`);
  const latency = latencies(service, baseline, calls, ctx.effort);

  say('memo hits: the same question twice');
  const memoService = await createBriefingService({ knowledgeDir: corpusDir, cacheDir });
  const memoTimes: number[] = [];
  for (const call of calls.filter((_, i) => i % 7 === 0).slice(0, 50)) {
    memoService.answer(call.command, call.options);
    memoTimes.push(timed(() => memoService.answer(call.command, call.options)).ms);
  }

  say(`burst of up to ${ctx.effort.burst} calls`);
  const burstStarted = performance.now();
  const burst = await longestStall(async () => {
    let made = 0;
    while (made < ctx.effort.burst && performance.now() - burstStarted < ctx.effort.burstMs) {
      const call = calls[made % calls.length] as Call;
      service.answer(call.command as CommandName, call.options);
      made++;
      await yieldToLoop(); // calls arrive one by one, as interactions do
    }
    return made;
  });

  say('reload after one article is added (extraction pool warm, as the bot keeps it)');
  const { sharedPool } = await import('../../src/extract/pool.ts');
  sharedPool().start();
  const extra = spec.extra();
  const extraFile = join(corpusDir, 'articles', extra.name);
  await writeFile(extraFile, extra.text);
  const reload = await longestStall(() =>
    timedAsync(async () => {
      const report = await service.reload();
      await service.prepared?.();
      return report;
    }),
  );
  await unlink(extraFile);

  let cli: SizeResult['cli'] = null;
  if (spec.cli) {
    say(`one CLI answer (bin/briefing.mjs): cold from an empty cache, then ${ctx.effort.cliRuns} warm runs`);
    const cliCache = join(ctx.workDir, `cli-cache-${slug}`);
    await rm(cliCache, { recursive: true, force: true });
    cli = await cliAnswer(corpusDir, cliCache, ctx.effort.cliRuns);
  }

  return {
    label: spec.label,
    articles: articles.length,
    paragraphs: articles.reduce((n, a) => n + a.paragraphs.length, 0),
    corpusBytes,
    stories: stories.length,
    facts: counts,
    load: { ms: loaded.ms, warmMs: warmLoad.ms, problems: loaded.value.problems.length },
    extraction: {
      serial: {
        articles: sample.length,
        ms: serial.ms,
        perSecond: (sample.length / serial.ms) * 1000,
        cpuMs: serial.cpuMs,
      },
      parallel: {
        articles: articles.length,
        ms: parallel.ms,
        perSecond: (articles.length / parallel.ms) * 1000,
        workers,
        cpuMs: parallel.cpuMs,
        idlePerSecond: (articles.length / (parallel.cpuMs / workers)) * 1000,
      },
    },
    index: {
      documents: indexDocuments,
      terms,
      buildMs: built.value.ms,
      msPer1000Facts: counts.total === 0 ? 0 : (built.value.ms / counts.total) * 1000,
      cpuMsPer1000Facts: counts.total === 0 ? 0 : (built.value.cpuMs / counts.total) * 1000,
      heapBytes: indexHeap,
      heapPer10000Facts: counts.total === 0 ? 0 : (indexHeap / counts.total) * 10_000,
    },
    snapshot: { bytes: snapshotBytes, writeMs: written.ms, loadMs: snapshotLoadMs, keyMs: key.ms },
    startup: {
      firstAnswerMs: best.firstAnswerMs,
      wallMs: best.wallMs,
      importsMs: best.importsMs,
      readyMs: best.readyMs,
      answered: best.answered,
      compiled: best.compiled,
    },
    memory: { childHeapUsed: best.heapUsed, childRss: best.rss, childPeakRss: best.peakRss },
    grouping: { ms: grouping.ms, cpuMs: grouping.cpuMs, asyncStallMs: asyncGrouping.stallMs },
    latency,
    memoHit: summarise(memoTimes),
    stalls: {
      reloadMs: reload.value.ms,
      reloadStallMs: reload.stallMs,
      syncBuildStallMs: built.stallMs,
      asyncBuildStallMs: asyncBuild.stallMs,
      burstStallMs: burst.stallMs,
      idleStallMs: idle.stallMs,
      burstCalls: burst.value,
    },
    baseline: { documents: baseline.size, buildMs: baseBuilt.ms, heapBytes: baseHeap },
    cli,
  };
}
