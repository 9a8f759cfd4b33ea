/**
 * Building the index on a worker thread, so a service rebuilding it after the knowledge changed keeps answering
 * from the thread it answers on: no indexing, no sorting of postings, no serialising there. The articles and their
 * facts go to the worker a few at a time (each message is cloned on the sending thread, so no message is large), the
 * worker indexes them as they come and sends back the index as the bytes of its snapshot, transferred, not copied;
 * the calling thread views them in place ({@link SearchIndex.fromBytes}) and can write them to disk as they are.
 * The index is the one {@link buildIndex} makes, byte for byte.
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { ArticleFacts } from '../extract/types.ts';
import type { Article } from '../knowledge/index.ts';
import { startModuleWorker } from '../worker-thread.ts';
import { PostingBuilder } from './builder.ts';
import { documentsOf } from './documents.ts';
import { INDEX_VERSION, SearchIndex } from './engine.ts';

/** Marks a worker started by this module, so the module knows to build when loaded in one. */
const WORKER_MARK = 'briefing-index-worker';

/** Articles per message: cloning one message holds up the sending thread for about a millisecond. */
const ARTICLES_PER_MESSAGE = 16;

type Request =
  | { readonly kind: 'articles'; readonly articles: readonly Article[]; readonly facts: readonly ArticleFacts[] }
  | { readonly kind: 'finish' };

type Reply =
  | { readonly kind: 'index'; readonly bytes: ArrayBuffer }
  | { readonly kind: 'error'; readonly error: string };

/** An index built off this thread, with the bytes of its snapshot (which it is a view of). */
export interface BuiltIndex {
  readonly index: SearchIndex;
  readonly bytes: Uint8Array;
}

/**
 * Builds the index of `articles` (with their `facts`, matched by article id; an article without facts has no
 * documents) on a worker thread. Rejects when the worker fails or stops before answering; the caller can then build
 * on its own thread.
 */
export async function buildIndexOffThread(
  articles: readonly Article[],
  facts: readonly ArticleFacts[],
): Promise<BuiltIndex> {
  const worker = startModuleWorker(import.meta.url, { workerData: WORKER_MARK });
  const reply = new Promise<ArrayBuffer>((resolve, reject) => {
    worker.once('message', (message: Reply) => {
      if (message.kind === 'index') resolve(message.bytes);
      else reject(new Error(`index worker failed: ${message.error}`));
    });
    worker.once('error', (error) => reject(error));
    worker.once('exit', (code) => reject(new Error(`index worker stopped (exit code ${code}) before answering`)));
  });
  // A failure while the articles are still being sent must not go unhandled before it is awaited below.
  reply.catch(() => undefined);
  try {
    const byId = new Map(facts.map((f) => [f.article, f]));
    for (let i = 0; i < articles.length; i += ARTICLES_PER_MESSAGE) {
      const chunk = articles.slice(i, i + ARTICLES_PER_MESSAGE);
      const chunkFacts = chunk.flatMap((a) => byId.get(a.id) ?? []);
      worker.postMessage({ kind: 'articles', articles: chunk, facts: chunkFacts } satisfies Request);
      await new Promise((resolve) => setImmediate(resolve));
    }
    worker.postMessage({ kind: 'finish' } satisfies Request);
    const bytes = new Uint8Array(await reply);
    return { index: SearchIndex.fromBytes(bytes), bytes };
  } finally {
    void worker.terminate();
  }
}

/** The worker side: index each message's articles as they arrive, then send the snapshot's bytes. */
function serve(): void {
  const port = parentPort;
  if (!port) return;
  const builder = new PostingBuilder();
  port.on('message', (request: Request) => {
    try {
      if (request.kind === 'articles') {
        const byId = new Map(request.facts.map((f) => [f.article, f]));
        for (const article of request.articles) {
          const facts = byId.get(article.id);
          if (facts) for (const doc of documentsOf(article, facts)) builder.add(doc);
        }
        return;
      }
      const bytes = builder.finish().toBytes(INDEX_VERSION);
      // A buffer of its own can be handed over; a slice of a shared one is copied first.
      const buffer = bytes.buffer as ArrayBuffer;
      const own =
        bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength
          ? buffer
          : buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
      port.postMessage({ kind: 'index', bytes: own } satisfies Reply, [own]);
    } catch (error) {
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      port.postMessage({ kind: 'error', error: message } satisfies Reply);
    }
  });
}

if (!isMainThread && workerData === WORKER_MARK) serve();
