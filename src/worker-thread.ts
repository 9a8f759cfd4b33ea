/**
 * Starting a worker thread on one of the project's own modules, whether it runs as TypeScript through tsx (`npm
 * start`, the CLI, tests) or as compiled JavaScript. Loaders given with `--import` are registered asynchronously in
 * a worker, too late for its entry module, so a `.ts` module is started from a small bootstrap that registers tsx's
 * loader first and then imports it.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker running the module at `moduleUrl` (a `file:` URL, usually `import.meta.url`). `preload` lists
 * modules (as resolved URLs) the worker imports first, before tsx's loader is registered: large JavaScript libraries
 * then load at Node's own speed instead of through tsx's hooks (half the start-up CPU for the chart libraries).
 */
export function startModuleWorker(
  moduleUrl: string,
  options: WorkerOptions = {},
  preload: readonly string[] = [],
): Worker {
  if (!moduleUrl.endsWith('.ts')) return new Worker(new URL(moduleUrl), options);
  const tsxApi = resolveTsxApi();
  const boot = `(async () => {
    for (const url of ${JSON.stringify(preload)}) await import(url);
    const tsx = await import(${JSON.stringify(tsxApi)});
    tsx.register();
    await import(${JSON.stringify(moduleUrl)});
  })();`;
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
