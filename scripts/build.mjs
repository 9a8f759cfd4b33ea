#!/usr/bin/env node
/**
 * `npm run build`: compiles src/ and commands/ to dist/ (tsc, with `.ts` imports rewritten to `.js`), copies the
 * data files the code reads at run time, and writes beside the compiled extractor and story grouper the hash of
 * their TypeScript sources, so compiled and TypeScript runs share one facts cache and one stories cache. `npm start`
 * and `bin/briefing.mjs` run dist/ when it is at least as new as src/.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
rmSync(dist, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit', cwd: root });
for (const data of [
  'src/stories/term-rarity.json',
  'src/answers/english-words.json',
  'src/answers/country-names.json',
  'src/answers/tickers.json',
]) {
  copyFileSync(join(root, data), join(dist, data));
}

const load = (path) => import(pathToFileURL(join(dist, path)).href);
const { fingerprintOf, FINGERPRINT_FILE } = await load('src/extract/cache.js');
const { groupingCodeOf, GROUPING_FINGERPRINT_FILE } = await load('src/stories/cache.js');
const extractor = await fingerprintOf(join(root, 'src/extract'));
const grouping = await groupingCodeOf(join(root, 'src/stories'));
writeFileSync(join(dist, 'src/extract', FINGERPRINT_FILE), JSON.stringify(extractor));
writeFileSync(join(dist, 'src/stories', GROUPING_FINGERPRINT_FILE), JSON.stringify(grouping));
writeFileSync(join(dist, 'BUILT'), `${new Date().toISOString()}\n`);
process.stdout.write(`built dist/ (extractor ${extractor}, grouping ${grouping})\n`);
