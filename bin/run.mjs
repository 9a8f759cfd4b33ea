/**
 * Runs one of the project's entry points: the compiled JavaScript in dist/ when it is built and at least as new as
 * every source file (production: `npm run build` first), else the TypeScript through tsx's loader (development,
 * and a fresh clone, where dist/ does not exist). A dist/ older than the sources is never run: it would serve
 * yesterday's code.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Newest modification time of the files under `dir`, in milliseconds (0 for none). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) latest = Math.max(latest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return latest;
}

/** Whether dist/ holds a build at least as new as src/ and commands/. */
function builtAndCurrent() {
  const stamp = join(root, 'dist/BUILT');
  if (!existsSync(stamp)) return false;
  const built = statSync(stamp).mtimeMs;
  return ['src', 'commands'].every((dir) => !existsSync(join(root, dir)) || newest(join(root, dir)) <= built);
}

/** Whether {@link load} runs compiled code (a current dist/) rather than TypeScript through tsx. */
export function compiled() {
  return builtAndCurrent();
}

/** Imports the module `source` (a path such as `src/cli/main.ts`), compiled or through tsx, and returns it. */
export async function load(source) {
  if (builtAndCurrent()) return import(pathToFileURL(join(root, 'dist', source.replace(/\.ts$/, '.js'))).href);
  const { register } = await import('tsx/esm/api');
  register();
  return import(pathToFileURL(join(root, source)).href);
}

/** Runs the entry point `source` (see {@link load}). */
export async function run(source) {
  await load(source);
}

// `node bin/run.mjs src/main.ts` (npm start) runs that entry point.
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const source = process.argv[2];
  if (!source) {
    process.stderr.write('usage: node bin/run.mjs <entry point under src/, e.g. src/main.ts> [arguments]\n');
    process.exit(2);
  }
  process.argv.splice(2, 1); // the entry point sees its own arguments, as if run directly
  await run(source);
}
