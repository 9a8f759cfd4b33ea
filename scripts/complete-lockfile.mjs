#!/usr/bin/env node
// Our npm registry mirror serves only the Linux (glibc) builds of packages that ship one binary package per
// platform (Biome's CLI). npm then writes a lock file without the other platforms' entries, and `npm ci` refuses
// that lock as "out of sync". This script adds those entries back as optional, platform-restricted stubs, exactly
// as npm would have written them, so `npm ci` skips them on Linux and a lock made here installs anywhere.
// Run it after `npm install` changes package-lock.json: `node scripts/complete-lockfile.mjs`.
import { readFileSync, writeFileSync } from 'node:fs';

const PLATFORM = /-(android|darwin|linux|win32|freebsd)-(arm64|x64|ia32|arm)(-musl)?$/;
const path = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    const match = PLATFORM.exec(name);
    if (packages[target] || !match) continue;
    const [, os, cpu, musl] = match;
    packages[target] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      cpu: [cpu],
      os: [os],
      ...(os === 'linux' ? { libc: [musl ? 'musl' : 'glibc'] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
