/**
 * Extraction on worker threads, one per core, kept alive across reloads: the NLP libraries and rules load once per
 * worker, and the thread that answers questions never runs them. Extraction is pure and deterministic, so a batch
 * can run on any worker and the facts are exactly those of the calling thread.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { Article } from '../knowledge/types.ts';
import type { ArticleFacts } from './types.ts';

/** Marks a worker started by this module, so the module knows to serve batches when loaded in one. */
const WORKER_MARK = 'briefing-extract-worker';

/**
 * Articles sent to a worker at a time: large enough that messaging costs little next to extraction, small enough
 * that a slow batch at the end does not leave the other cores idle.
 */
const BATCH = 8;

/** Workers left idle this long are stopped (a later extraction starts them again). */
const IDLE_MS = 10 * 60_000;

interface Request {
  readonly id: number;
  readonly articles: readonly Article[];
}

type Reply = { readonly id: number; readonly facts: ArticleFacts[] } | { readonly id: number; readonly error: string };

interface Slot {
  readonly worker: Worker;
  busy: boolean;
}

interface Job {
  readonly request: Request;
  readonly resolve: (facts: ArticleFacts[]) => void;
  readonly reject: (error: Error) => void;
  /** The worker running it, once sent. */
  slot?: Slot;
}

/** A pool of extraction workers; see the module comment. */
export class ExtractionPool {
  private slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private readonly running = new Map<number, Job>();
  private nextId = 0;
  private idle: NodeJS.Timeout | undefined;

  constructor(private readonly size = Math.max(1, availableParallelism())) {}

  /** Whether the workers are running (started and not stopped for idleness). */
  get warm(): boolean {
    return this.slots.length > 0;
  }

  /** Starts the workers now, so the first extraction does not wait for them to load the rules. */
  start(): void {
    this.clearIdle();
    while (this.slots.length < this.size) this.slots.push(this.spawn());
    this.armIdle();
  }

  /** The facts of each article, in order, extracted across the workers. Rejects if a worker fails. */
  async extract(articles: readonly Article[]): Promise<ArticleFacts[]> {
    if (articles.length === 0) return [];
    this.start();
    const batches: Promise<ArticleFacts[]>[] = [];
    for (let i = 0; i < articles.length; i += BATCH) {
      const request = { id: this.nextId++, articles: articles.slice(i, i + BATCH) };
      batches.push(new Promise((resolve, reject) => this.queue.push({ request, resolve, reject })));
    }
    // One failed batch rejects the call; the others' failures are then of no interest (and must not go unhandled).
    for (const b of batches) b.catch(() => undefined);
    this.pump();
    return (await Promise.all(batches)).flat();
  }

  /** Stops every worker; pending extractions are rejected. */
  async close(): Promise<void> {
    this.clearIdle();
    const slots = this.slots;
    this.slots = [];
    const error = new Error('the extraction pool was closed');
    for (const job of [...this.queue.splice(0), ...this.running.values()]) job.reject(error);
    this.running.clear();
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private spawn(): Slot {
    const worker = startWorker();
    const slot: Slot = { worker, busy: false };
    worker.on('message', (reply: Reply) => {
      const job = this.running.get(reply.id);
      this.running.delete(reply.id);
      slot.busy = false;
      worker.unref();
      if (job) {
        if ('error' in reply) job.reject(new Error(`extraction failed in a worker: ${reply.error}`));
        else job.resolve(reply.facts);
      }
      this.pump();
    });
    const fail = (error: Error) => {
      this.slots = this.slots.filter((s) => s !== slot);
      for (const [id, job] of this.running) {
        if (job.slot === slot) {
          this.running.delete(id);
          job.reject(error);
        }
      }
      if (this.slots.length === 0) for (const job of this.queue.splice(0)) job.reject(error);
      else this.pump();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (this.slots.includes(slot)) fail(new Error(`an extraction worker exited with code ${code}`));
    });
    // An idle pool must never keep a process alive (a CLI run that extracted exits when it is done). After the
    // listeners: adding a message listener refs the worker's port again.
    worker.unref();
    return slot;
  }

  private pump(): void {
    for (const slot of this.slots) {
      if (slot.busy) continue;
      const job = this.queue.shift();
      if (!job) break;
      slot.busy = true;
      job.slot = slot;
      this.running.set(job.request.id, job);
      // A busy worker keeps the process alive until its batch is back; an idle one does not.
      slot.worker.ref();
      slot.worker.postMessage(job.request);
    }
    this.armIdle();
  }

  private armIdle(): void {
    this.clearIdle();
    if (this.running.size > 0 || this.queue.length > 0 || this.slots.length === 0) return;
    this.idle = setTimeout(() => void this.close(), IDLE_MS);
    this.idle.unref();
  }

  private clearIdle(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = undefined;
  }
}

let shared: ExtractionPool | undefined;

/** The process's extraction pool, shared by every load and reload. */
export function sharedPool(): ExtractionPool {
  shared ??= new ExtractionPool();
  return shared;
}

/**
 * Starts a worker running this very module. Under tsx (a `.ts` source file) the worker first registers tsx's
 * loader: loaders given with `--import` are registered asynchronously in a worker, too late for its entry module,
 * so the worker is started from a small bootstrap that registers tsx and then imports this file.
 */
function startWorker(): Worker {
  const self = import.meta.url;
  const options = { workerData: WORKER_MARK };
  if (!self.endsWith('.ts')) return new Worker(new URL(self), options);
  const boot = `import(${JSON.stringify(resolveTsxApi())}).then((tsx) => { tsx.register(); return import(${JSON.stringify(self)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/**
 * The URL of tsx's ESM API. Test runners that transform modules may leave `import.meta.resolve` out, so the
 * package is then found through CommonJS resolution of its manifest, whose folder holds the documented entry.
 */
function resolveTsxApi(): string {
  if (typeof import.meta.resolve === 'function') return import.meta.resolve('tsx/esm/api');
  const manifest = createRequire(import.meta.url).resolve('tsx/package.json');
  return pathToFileURL(join(dirname(manifest), 'dist/esm/api/index.mjs')).href;
}

/** The worker side: load the rules once, then extract each batch it is sent. */
async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const { extractFacts } = await import('./pipeline.ts');
  port.on('message', (request: Request) => {
    let reply: Reply;
    try {
      reply = { id: request.id, facts: request.articles.map(extractFacts) };
    } catch (error) {
      reply = { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}

if (!isMainThread && workerData === WORKER_MARK) await serve();
