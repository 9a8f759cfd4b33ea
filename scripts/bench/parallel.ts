/**
 * Extraction across worker threads, for the bench only: it measures what the extraction rules give on every core.
 * The service extracts on its own thread; a worker pool of its own is later work.
 */
import { availableParallelism } from 'node:os';
import { isMainThread, parentPort, type Worker, workerData } from 'node:worker_threads';
import { type ArticleFacts, extractAll } from '../../src/extract/index.ts';
import type { Article } from '../../src/knowledge/types.ts';
import { startModuleWorker } from '../../src/worker-thread.ts';

/** Options for {@link extractParallel}. */
export interface ParallelOptions {
  /** Worker threads to start. Default: the machine's available parallelism, at most the number of batches. */
  readonly workers?: number;
  /**
   * Articles sent to a worker at a time. Default 25: large enough that messaging costs little next to
   * extraction, small enough that a slow batch at the end does not leave the other cores idle.
   */
  readonly batchSize?: number;
  /**
   * Below this many articles, extract on the calling thread: starting a worker (and loading the extraction
   * rules into it) costs more than a handful of articles take. Default 50.
   */
  readonly minArticles?: number;
  /**
   * Folder of the per-article facts cache (see `extractAll`): cached articles are read instead of extracted, and
   * new facts are written there, by the workers themselves. Without it nothing is cached.
   */
  readonly cacheDir?: string;
  /** Called after each batch with the number of articles done so far, e.g. for progress output. */
  readonly onProgress?: (done: number, total: number) => void;
}

/** Marks a worker started by this module, so the module knows to serve batches when loaded in one. */
const WORKER_MARK = 'briefing-extract-worker';

interface BatchRequest {
  readonly batch: number;
  readonly articles: readonly Article[];
  readonly cacheDir: string | undefined;
}

type BatchReply =
  | { readonly batch: number; readonly facts: ArticleFacts[] }
  | { readonly batch: number; readonly error: string };

/**
 * Extracts facts from every article across worker threads, one per core, and returns them in the articles'
 * order: exactly what `articles.map(extractFacts)` returns, only sooner on a machine with several cores.
 * Extraction is pure, so batches can run anywhere; a worker that fails rejects the whole call rather than
 * returning a partial result.
 */
export async function extractParallel(
  articles: readonly Article[],
  options: ParallelOptions = {},
): Promise<ArticleFacts[]> {
  const batchSize = Math.max(1, options.batchSize ?? 25);
  const minArticles = options.minArticles ?? 50;
  const batches: Article[][] = [];
  for (let i = 0; i < articles.length; i += batchSize) batches.push(articles.slice(i, i + batchSize));
  const workers = Math.min(Math.max(1, options.workers ?? availableParallelism()), batches.length);
  const cacheDir = options.cacheDir;
  if (articles.length < minArticles || workers <= 1) {
    const facts: ArticleFacts[] = [];
    for (const batch of batches) {
      facts.push(...(await extractBatch(batch, cacheDir)));
      options.onProgress?.(facts.length, articles.length);
    }
    return facts;
  }

  const results: ArticleFacts[][] = new Array(batches.length);
  const pool = Array.from({ length: workers }, startWorker);
  let next = 0;
  let done = 0;
  try {
    await Promise.all(
      pool.map(async (worker) => {
        // Each worker pulls the next batch when it finishes one, so a slow batch never idles a core.
        while (next < batches.length) {
          const batch = next++;
          const articlesOfBatch = batches[batch] ?? [];
          results[batch] = await runBatch(worker, { batch, articles: articlesOfBatch, cacheDir });
          done += articlesOfBatch.length;
          options.onProgress?.(done, articles.length);
        }
      }),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results.flat();
}

/** Starts a worker running this very module (through tsx when it is TypeScript). */
function startWorker(): Worker {
  return startModuleWorker(import.meta.url, { workerData: WORKER_MARK });
}

function runBatch(worker: Worker, request: BatchRequest): Promise<ArticleFacts[]> {
  return new Promise((resolve, reject) => {
    const cleanup = () => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const onMessage = (reply: BatchReply) => {
      if (reply.batch !== request.batch) return;
      cleanup();
      if ('error' in reply) reject(new Error(`extraction failed in a worker: ${reply.error}`));
      else resolve(reply.facts);
    };
    const onError = (error: Error) => {
      cleanup();
      reject(error);
    };
    const onExit = (code: number) => {
      cleanup();
      reject(new Error(`extraction worker exited with code ${code} before finishing batch ${request.batch}`));
    };
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(request);
  });
}

/** One batch, on whichever thread runs it: through the facts cache when there is one. */
function extractBatch(articles: readonly Article[], cacheDir: string | undefined): Promise<ArticleFacts[]> {
  return extractAll(articles, cacheDir ? { cacheDir } : {});
}

/** The worker side: extract each batch it is sent and post the facts back. */
function serveBatches(): void {
  const port = parentPort;
  if (!port) return;
  port.on('message', async (request: BatchRequest) => {
    let reply: BatchReply;
    try {
      reply = { batch: request.batch, facts: await extractBatch(request.articles, request.cacheDir) };
    } catch (error) {
      reply = { batch: request.batch, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}

if (!isMainThread && workerData === WORKER_MARK) serveBatches();
