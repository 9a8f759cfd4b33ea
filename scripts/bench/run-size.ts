import { spawn } from 'node:child_process';
import { mkdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import MiniSearch from 'minisearch';
import { extractAll } from '../../src/extract/index.ts';
import type { ArticleFacts } from '../../src/extract/types.ts';
import { loadKnowledge } from '../../src/knowledge/load.ts';
import type { Article } from '../../src/knowledge/types.ts';
import { SEARCH_FIELDS, STORED_FIELDS } from '../../src/search/documents.ts';
import {
  documentsOf,
  processTerm,
  type SearchDoc,
  SearchIndex,
  snapshotKey,
  tokenize,
} from '../../src/search/index.ts';
import { buildIndex } from '../../src/search/snapshot.ts';
import { createBriefingService } from '../../src/service/index.ts';
import type { BriefingService, CommandName } from '../../src/service/types.ts';
import { BaselineIndex } from './baseline.ts';
import { generateArticle, type SourceMaterial, writeCorpus } from './corpus.ts';
import { type LatencySummary, longestStall, memory, summarise, timed, timedAsync, yieldToLoop } from './measure.ts';
import { extractParallel } from './parallel.ts';
import { baselineQuery, type Call, callMix, type LabelledQuestion } from './questions.ts';

/** How hard to measure: the full run, or a quick one for checking the harness. */
export interface Effort {
  /** Articles extracted serially to measure the one-core rate (a sample: the rate does not depend on the total). */
  readonly serialSample: number;
  /** Timed calls per command, and the most milliseconds spent on one command's calls. */
  readonly callsPerCommand: number;
  readonly msPerCommand: number;
  /** Calls in the burst during which the event loop is watched. */
  readonly burst: number;
  /** Most milliseconds the burst may take; it stops early on a slow archive and reports how many calls it made. */
  readonly burstMs: number;
  /** Child processes started to time start-up; the best is reported (the first also warms the disk cache). */
  readonly startups: number;
}

/** What one corpus size measured. Times in milliseconds, sizes in bytes, rates per second. */
export interface SizeResult {
  readonly articles: number;
  readonly paragraphs: number;
  readonly corpusBytes: number;
  readonly facts: {
    readonly total: number;
    readonly quotes: number;
    readonly figures: number;
    readonly dates: number;
    readonly entities: number;
    readonly events: number;
    readonly sentences: number;
  };
  readonly load: { readonly ms: number; readonly problems: number };
  readonly extraction: {
    /**
     * `perSecond` is measured on the wall clock; `cpuMs` is the CPU the process spent, and `idlePerSecond` the rate
     * that CPU time gives when the work has the machine's cores to itself (`workers` of them in parallel).
     */
    readonly serial: {
      readonly articles: number;
      readonly ms: number;
      readonly perSecond: number;
      readonly cpuMs: number;
      readonly idlePerSecond: number;
    };
    readonly parallel: {
      readonly articles: number;
      readonly ms: number;
      readonly perSecond: number;
      readonly workers: number;
      readonly cpuMs: number;
      readonly idlePerSecond: number;
    };
  };
  readonly index: {
    readonly documents: number;
    readonly buildMs: number;
    readonly msPer1000Facts: number;
    /** CPU milliseconds of the build per 1,000 facts: the wall figure on an idle machine. */
    readonly cpuMsPer1000Facts: number;
    readonly msPer1000Documents: number;
    readonly heapBytes: number;
    readonly heapPer10000Facts: number;
  };
  readonly snapshot: {
    readonly bytes: number;
    readonly writeMs: number;
    readonly loadMs: number;
    readonly keyMs: number;
  };
  readonly startup: {
    readonly firstAnswerMs: number;
    readonly wallMs: number;
    /** Of `firstAnswerMs`, the time spent loading Node, tsx and our modules before any knowledge is read. */
    readonly importsMs: number;
    readonly readyMs: number;
    readonly answered: boolean;
  };
  readonly memory: {
    readonly heapUsed: number;
    readonly rss: number;
    readonly childHeapUsed: number;
    readonly childRss: number;
  };
  readonly latency: Readonly<Record<string, { readonly ours: LatencySummary; readonly baseline: LatencySummary }>>;
  readonly stalls: {
    readonly reloadMs: number;
    readonly reloadStallMs: number;
    readonly syncBuildStallMs: number;
    readonly chunkedBuildStallMs: number;
    /** Time of the chunked build of {@link chunkedBuildDocuments} documents (a prefix of the corpus's). */
    readonly chunkedBuildMs: number;
    readonly chunkedBuildDocuments: number;
    readonly chunkedLoadStallMs: number;
    readonly burstStallMs: number;
    /** Longest stall over three idle seconds: what the machine's other load alone causes. */
    readonly idleStallMs: number;
    readonly burstCalls: number;
    /** Wall time of the burst, from which the mean cost of a call in the mix follows. */
    readonly burstMs: number;
  };
  readonly baseline: {
    readonly documents: number;
    readonly buildMs: number;
    readonly heapBytes: number;
    readonly snapshotBytes: number;
  };
}

/** Where to write and what to report progress to. */
export interface SizeContext {
  readonly workDir: string;
  readonly source: SourceMaterial;
  readonly seed: number;
  readonly questions: readonly LabelledQuestion[];
  readonly effort: Effort;
  readonly progress: (message: string) => void;
}

/** Documents indexed by the chunked-build prototype. */
const CHUNKED_SAMPLE = 20_000;

const FIRST_ANSWER = fileURLToPath(new URL('./first-answer.ts', import.meta.url));

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

/** Starts the bot's knowledge core in a child process and times its first answer. */
function firstAnswer(knowledgeDir: string, cacheDir: string, question: string) {
  return new Promise<{
    wallMs: number;
    firstAnswerMs: number;
    importsMs: number;
    readyMs: number;
    answered: boolean;
    heapUsed: number;
    rss: number;
  }>((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, ['--import', 'tsx', FIRST_ANSWER, knowledgeDir, cacheDir, question], {
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
        resolve({ wallMs, ...(JSON.parse(line) as ReturnType<typeof JSON.parse>) });
      } catch {
        reject(new Error(`first-answer child exited with ${code}: ${err.slice(-500)}`));
      }
    });
  });
}

/** Times each command's calls on our service and the same words on the baseline, alternating per call. */
function latencies(service: BriefingService, baseline: BaselineIndex, calls: readonly Call[], effort: Effort) {
  const byCommand = new Map<string, Call[]>();
  for (const call of calls) byCommand.set(call.command, [...(byCommand.get(call.command) ?? []), call]);
  const out: Record<string, { ours: LatencySummary; baseline: LatencySummary }> = {};
  for (const [command, list] of byCommand) {
    // Warm-up: the first call compiles the code path and fills any lazy per-knowledge caches. One call only:
    // on a large archive a slow command would otherwise spend most of its budget warming up.
    const first = list[0] as Call;
    service.answer(first.command, first.options);
    baseline.search(baselineQuery(first));
    const ours: number[] = [];
    const base: number[] = [];
    const started = performance.now();
    for (let i = 0; ours.length < effort.callsPerCommand; i++) {
      const call = list[i % list.length] as Call;
      ours.push(timed(() => service.answer(call.command, call.options)).ms);
      base.push(timed(() => baseline.search(baselineQuery(call))).ms);
      if (ours.length >= 10 && performance.now() - started > effort.msPerCommand) break;
    }
    out[command] = { ours: summarise(ours), baseline: summarise(base) };
  }
  const speakers = ['', 'P', 'Pe', 'Ru', 'N', 'zz'];
  const ours: number[] = [];
  const base: number[] = [];
  for (let i = 0; ours.length < effort.callsPerCommand; i++) {
    const prefix = speakers[i % speakers.length] as string;
    ours.push(timed(() => service.complete('speaker', prefix)).ms);
    base.push(timed(() => baseline.search(prefix || 'a')).ms);
  }
  out.autocomplete = { ours: summarise(ours), baseline: summarise(base) };
  return out;
}

/** The index built in chunks that yield to the event loop: the fix proposed for long rebuild stalls. */
async function chunkedBuild(docs: readonly SearchDoc[]): Promise<void> {
  const mini = new MiniSearch<SearchDoc>({
    fields: [...SEARCH_FIELDS],
    storeFields: [...STORED_FIELDS],
    tokenize,
    processTerm,
  });
  // Small chunks: each document costs about a millisecond of term processing here, and a chunk is one stall.
  await mini.addAllAsync(docs, { chunkSize: 50 });
}

/**
 * Times loading the snapshot as the service does (best of `runs`), and watches the event loop while MiniSearch
 * loads the same index in chunks. A function of its own so the large JSON strings are released on return.
 */
async function snapshotLoad(file: string, runs: number): Promise<{ loadMs: number; chunkedStallMs: number }> {
  const bytes = await readFile(file);
  let loadMs = Number.POSITIVE_INFINITY;
  for (let i = 0; i < runs; i++) loadMs = Math.min(loadMs, timed(() => SearchIndex.fromBytes(bytes)).ms);
  const inner = JSON.stringify((JSON.parse(json) as { index: unknown }).index);
  const options = { fields: [...SEARCH_FIELDS], storeFields: [...STORED_FIELDS], tokenize, processTerm };
  const chunked = await longestStall(() => MiniSearch.loadJSONAsync<SearchDoc>(inner, options));
  return { loadMs, chunkedStallMs: chunked.stallMs };
}

/** Builds the corpus of `size` articles and measures everything about it. */
export async function measureSize(size: number, ctx: SizeContext): Promise<SizeResult> {
  const say = (m: string) => ctx.progress(`[${size}] ${m}`);
  const corpusDir = join(ctx.workDir, `corpus-${size}`);
  const cacheDir = join(ctx.workDir, `cache-${size}`);
  await rm(cacheDir, { recursive: true, force: true });

  // The noise floor: the longest stall while doing nothing, which on a shared machine is the scheduler's doing.
  const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 3000)));
  say('writing corpus');
  const corpusBytes = await writeCorpus(corpusDir, size, ctx.source, { seed: ctx.seed });
  const loaded = await timedAsync(() => loadKnowledge(corpusDir));
  const articles: readonly Article[] = loaded.value.articles;
  say(`loaded ${articles.length} articles in ${loaded.ms.toFixed(0)} ms`);

  const sample = articles.slice(0, Math.min(articles.length, ctx.effort.serialSample));
  const serialCache = join(ctx.workDir, `serial-cache-${size}`);
  await rm(serialCache, { recursive: true, force: true });
  say(`extracting ${sample.length} articles on one core`);
  const serial = await timedAsync(() => extractAll(sample, { cacheDir: serialCache }));
  await rm(serialCache, { recursive: true, force: true });

  say(`extracting ${articles.length} articles on every core`);
  let lastReport = 0;
  const parallel = await timedAsync(() =>
    extractParallel(articles, {
      cacheDir,
      onProgress: (done, total) => {
        if (performance.now() - lastReport > 5000 || done === total) {
          lastReport = performance.now();
          say(`  extracted ${done}/${total}`);
        }
      },
    }),
  );
  const facts = parallel.value;
  const counts = countFacts(facts);
  const workers = articles.length < 50 ? 1 : Math.min(availableParallelism(), Math.ceil(articles.length / 25));

  say(`indexing ${counts.total} facts`);
  const before = memory();
  const built = await longestStall(async () => timed(() => buildIndex(articles, facts)));
  let index: SearchIndex | null = built.value.value;
  const afterIndex = memory();
  const indexHeap = afterIndex.heapUsed - before.heapUsed;

  say('writing and loading the snapshot');
  const key = timed(() => snapshotKey(articles, facts));
  const snapshotFile = join(cacheDir, 'index', `${key.value}.json`);
  await mkdir(join(cacheDir, 'index'), { recursive: true });
  const written = await timedAsync(async () => {
    await writeFile(snapshotFile, (index as SearchIndex).toJSON());
  });
  const snapshotBytes = (await stat(snapshotFile)).size;
  const indexDocuments = (index as SearchIndex).size;
  index = null; // the service below loads its own copy from the snapshot
  const { loadMs: snapshotLoadMs, chunkedStallMs } = await snapshotLoad(snapshotFile, size >= 10_000 ? 1 : 3);

  say('chunked build (prototype of the fix)');
  // The longest stall is one chunk's work whatever the total, so a prefix of the documents is enough to show it.
  const docs: SearchDoc[] = [];
  for (let i = 0; i < articles.length && docs.length < CHUNKED_SAMPLE; i++) {
    docs.push(...documentsOf(articles[i] as Article, facts[i] as ArticleFacts));
  }
  const chunked = await longestStall(() => timedAsync(() => chunkedBuild(docs)));

  say('baseline: plain MiniSearch over raw paragraphs');
  const baseBefore = memory();
  const baseBuilt = timed(() => BaselineIndex.build(articles));
  const baseline = baseBuilt.value;
  const baseHeap = memory().heapUsed - baseBefore.heapUsed;
  const baseSnapshotBytes = Buffer.byteLength(baseline.toJSON());

  say('starting the service from its snapshot');
  const service = await createBriefingService({ knowledgeDir: corpusDir, cacheDir });
  const question = ctx.questions[0]?.q ?? 'how many troops';
  const startups = [];
  for (let i = 0; i < ctx.effort.startups; i++) startups.push(await firstAnswer(corpusDir, cacheDir, question));
  const best = startups.reduce((a, b) => (b.firstAnswerMs < a.firstAnswerMs ? b : a));

  say('timing every command');
  const calls = callMix(facts, ctx.questions);
  const latency = latencies(service, baseline, calls, ctx.effort);

  say(`burst of ${ctx.effort.burst} calls`);
  const burstStarted = performance.now();
  const burst = await longestStall(async () => {
    let made = 0;
    // On a large archive slow commands would make the burst run for many minutes; past the time budget the
    // longest stall has long been seen (every command of the mix has come round many times), so stop there.
    while (made < ctx.effort.burst && performance.now() - burstStarted < ctx.effort.burstMs) {
      const call = calls[made % calls.length] as Call;
      service.answer(call.command as CommandName, call.options);
      made++;
      await yieldToLoop(); // calls arrive one by one, as interactions do
    }
    return made;
  });

  say('reload after one article is added');
  const extra = generateArticle(ctx.source, size, { seed: ctx.seed });
  const extraFile = join(corpusDir, 'articles', extra.name);
  await writeFile(extraFile, extra.text);
  const reload = await longestStall(() => timedAsync(() => service.reload()));
  await unlink(extraFile);
  const finalMemory = memory();

  return {
    articles: articles.length,
    paragraphs: articles.reduce((n, a) => n + a.paragraphs.length, 0),
    corpusBytes,
    facts: counts,
    load: { ms: loaded.ms, problems: loaded.value.problems.length },
    extraction: {
      serial: {
        articles: sample.length,
        ms: serial.ms,
        perSecond: (sample.length / serial.ms) * 1000,
        cpuMs: serial.cpuMs,
        idlePerSecond: (sample.length / serial.cpuMs) * 1000,
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
      buildMs: built.value.ms,
      msPer1000Facts: counts.total === 0 ? 0 : (built.value.ms / counts.total) * 1000,
      cpuMsPer1000Facts: counts.total === 0 ? 0 : (built.value.cpuMs / counts.total) * 1000,
      msPer1000Documents: indexDocuments === 0 ? 0 : (built.value.ms / indexDocuments) * 1000,
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
    },
    memory: { heapUsed: finalMemory.heapUsed, rss: finalMemory.rss, childHeapUsed: best.heapUsed, childRss: best.rss },
    latency,
    stalls: {
      reloadMs: reload.value.ms,
      reloadStallMs: reload.stallMs,
      syncBuildStallMs: built.stallMs,
      chunkedBuildStallMs: chunked.stallMs,
      chunkedBuildMs: chunked.value.ms,
      chunkedBuildDocuments: docs.length,
      chunkedLoadStallMs: chunkedStallMs,
      burstStallMs: burst.stallMs,
      idleStallMs: idle.stallMs,
      burstCalls: burst.value,
      burstMs: performance.now() - burstStarted,
    },
    baseline: {
      documents: baseline.size,
      buildMs: baseBuilt.ms,
      heapBytes: baseHeap,
      snapshotBytes: baseSnapshotBytes,
    },
  };
}
