/**
 * Watches a knowledge folder and asks for a reload shortly after files are added, changed or removed, so
 * moderators can fix sources without a restart. Bursts of events (an editor's save, a `git pull`) are debounced
 * into one reload; a reload that is already running is never overlapped, and changes made meanwhile trigger one
 * more. The watcher never throws: every failure goes to `onError`.
 */
import { createHash } from 'node:crypto';
import { type FSWatcher, watch } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { articlesFolder } from './load.ts';
import { ARTICLE_EXTENSIONS, MAX_ARTICLE_BYTES, type ParseProblem, parseArticle } from './parse.ts';
import type { LoadProblem } from './types.ts';

/** Options of {@link watchKnowledge}. */
export interface WatchOptions {
  /**
   * Called with the names of the article files that changed (relative to the articles folder; empty when the
   * platform did not say which). Typically reloads the service. Default debounce {@link WatchOptions.debounceMs}.
   */
  readonly onChange: (files: readonly string[]) => unknown;
  /** Told about each changed file that is broken (bad front matter, not UTF-8, too large…). */
  readonly onProblem?: (problem: LoadProblem) => void;
  /** Told about watcher and reload failures. */
  readonly onError?: (error: unknown) => void;
  /** Quiet time after the last event before reloading, in milliseconds. Default 300. */
  readonly debounceMs?: number;
  /**
   * Longest delay between the first event of a burst and the reload, so a folder that never stops changing is
   * still reloaded. Default 1,000, which with the reload itself keeps updates within 2 s.
   */
  readonly maxDelayMs?: number;
  /** How often to retry watching a folder that does not exist yet, in milliseconds. Default 1,000. */
  readonly retryMs?: number;
}

/** A running watcher. */
export interface KnowledgeWatcher {
  /** Stops watching; a reload already running finishes. */
  close(): void;
}

/** Names that are never articles: dot-files (the writer's temporary files), editor backups and swap files. */
function ignored(name: string): boolean {
  return (
    name.startsWith('.') || name.endsWith('~') || /\.(sw[a-z]|tmp|bak)$/i.test(name) || /^readme(\.\w+)?$/i.test(name)
  );
}

/**
 * Starts watching `dir` (and its `articles/` folder, which may come and go). Resolves nothing and throws nothing:
 * a folder that cannot be watched is reported and retried.
 */
export function watchKnowledge(dir: string, options: WatchOptions): KnowledgeWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const maxDelayMs = options.maxDelayMs ?? 1000;
  const retryMs = options.retryMs ?? 1000;
  const report = (error: unknown) => {
    try {
      options.onError?.(error);
    } catch {
      // a failing error handler must not take the watcher down
    }
  };

  let closed = false;
  let rootWatcher: FSWatcher | null = null;
  let articlesWatcher: FSWatcher | null = null;
  let articlesPath: string | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let debounceTimer: NodeJS.Timeout | null = null;
  let burstStart: number | null = null;
  let running = false;
  const pending = new Set<string>();
  /** Version (content hash) of each broken file last reported, so one save is reported once. */
  const reported = new Map<string, string>();
  let pendingUnknown = false;

  const schedule = () => {
    if (closed) return;
    const now = Date.now();
    burstStart ??= now;
    if (debounceTimer) clearTimeout(debounceTimer);
    const wait = Math.max(0, Math.min(debounceMs, burstStart + maxDelayMs - now));
    debounceTimer = setTimeout(() => void flush(), wait);
  };

  const flush = async () => {
    debounceTimer = null;
    if (closed) return;
    if (running) return; // the running reload re-schedules when it ends
    running = true;
    burstStart = null;
    const files = [...pending];
    pending.clear();
    pendingUnknown = false;
    try {
      await options.onChange(files);
    } catch (error) {
      report(error);
    }
    if (options.onProblem) await checkFiles(articlesPath ?? dir, files, reported, options.onProblem, report);
    running = false;
    if (pending.size > 0 || pendingUnknown) schedule();
  };

  const noteArticle = (name: string | null) => {
    if (name === null) {
      pendingUnknown = true;
    } else {
      if (ignored(name)) return;
      pending.add(name);
    }
    schedule();
  };

  const armArticles = async () => {
    const folder = await articlesFolder(dir).catch(() => dir);
    if (closed || folder === dir) {
      articlesWatcher?.close();
      articlesWatcher = null;
      articlesPath = null;
      return;
    }
    if (articlesWatcher && articlesPath === folder) return;
    articlesWatcher?.close();
    try {
      articlesWatcher = watch(folder, (_event, name) => noteArticle(name === null ? null : String(name)));
      articlesPath = folder;
      articlesWatcher.on('error', (error) => {
        // The folder was removed or became unreadable; the root watcher notices if it comes back.
        articlesWatcher?.close();
        articlesWatcher = null;
        articlesPath = null;
        report(error);
      });
    } catch (error) {
      articlesWatcher = null;
      articlesPath = null;
      report(error);
    }
  };

  const armRoot = () => {
    if (closed) return;
    try {
      rootWatcher = watch(dir, (_event, raw) => {
        const name = raw === null ? null : String(raw);
        if (name === 'articles' || name === null) {
          // articles/ appeared, vanished or was replaced: rewatch it, and reload since its contents changed.
          void armArticles().then(() => noteArticle(null));
          return;
        }
        // In a flat folder the root holds the articles themselves.
        if (articlesPath === null) noteArticle(name);
      });
      rootWatcher.on('error', (error) => {
        rootWatcher?.close();
        rootWatcher = null;
        report(error);
        retryTimer = setTimeout(armRoot, retryMs);
        retryTimer.unref();
      });
      void armArticles();
    } catch (error) {
      report(error);
      retryTimer = setTimeout(armRoot, retryMs);
      retryTimer.unref();
    }
  };

  armRoot();

  return {
    close() {
      closed = true;
      if (debounceTimer) clearTimeout(debounceTimer);
      if (retryTimer) clearTimeout(retryTimer);
      rootWatcher?.close();
      articlesWatcher?.close();
      rootWatcher = null;
      articlesWatcher = null;
    },
  };
}

/**
 * Parses each changed file that still exists with the loader's own rules and reports those that are broken. A
 * version already reported (the same bytes, e.g. one save seen by two reloads) is not reported again.
 */
async function checkFiles(
  folder: string,
  files: readonly string[],
  reported: Map<string, string>,
  onProblem: (problem: LoadProblem) => void,
  report: (error: unknown) => void,
): Promise<void> {
  for (const name of files) {
    const path = join(folder, name);
    try {
      const info = await stat(path).catch(() => null);
      if (info === null || !info.isFile()) {
        reported.delete(path); // removed (or a folder): nothing to check
        continue;
      }
      const { problems, version } = await problemsOf(path, name, info.size);
      if (problems.length === 0) {
        reported.delete(path);
        continue;
      }
      if (reported.get(path) === version) continue;
      reported.set(path, version);
      for (const p of problems) onProblem({ path, ...p });
    } catch (error) {
      report(error);
    }
  }
}

/**
 * What the loader would say about one file, and which version of it was judged: a hash of the bytes read, since
 * the file may change between `stat` and `read` (a save truncates, then writes).
 */
async function problemsOf(
  path: string,
  name: string,
  size: number,
): Promise<{ problems: readonly ParseProblem[]; version: string }> {
  if (ARTICLE_EXTENSIONS[extname(name).toLowerCase()] === undefined) {
    return { problems: [{ field: null, message: 'not an article: use a .md or .txt file' }], version: `size:${size}` };
  }
  if (size > MAX_ARTICLE_BYTES) {
    const message = `file is ${size} bytes; the limit is ${MAX_ARTICLE_BYTES} (1 MB)`;
    return { problems: [{ field: null, message }], version: `size:${size}` };
  }
  const handle = await open(path, 'r');
  let bytes: Uint8Array;
  try {
    bytes = await handle.readFile();
  } finally {
    await handle.close();
  }
  const parsed = parseArticle(name, bytes);
  const version = createHash('sha256').update(bytes).digest('hex');
  return { problems: 'problems' in parsed ? parsed.problems : [], version };
}
