#!/usr/bin/env node
// Our npm registry mirror serves only the Linux builds of some packages that ship one binary package per platform
// (Biome's CLI; possibly @resvg/resvg-js's renderer). npm then writes a lock file without the other platforms'
// entries, and `npm ci` refuses that lock as "out of sync". This script adds those entries back as optional,
// platform-restricted stubs, as npm would have written them, so `npm ci` skips them here and a lock made here
// installs anywhere. Entries npm did write are left as they are.
// Run it after `npm install` changes package-lock.json: `node scripts/complete-lockfile.mjs [LOCKFILE]`.
import { readFileSync, writeFileSync } from 'node:fs';

// A platform package's name ends in its os and cpu, then optionally the ABI it was built for, in the spellings
// of napi-rs (`-gnu`, `-musl`, `-msvc`, `-gnueabihf`, `-musleabihf`, `-eabi`) and of Biome (`-musl` or nothing).
const PLATFORM =
  /-(android|darwin|linux|win32|freebsd|openbsd|netbsd|sunos|aix)-(arm64|x64|ia32|arm|riscv64|ppc64|s390x|loong64)(?:-(gnu|musl|msvc|gnueabihf|musleabihf|eabi))?$/;
const path = process.argv[2] ?? new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(readFileSync(path, 'utf8'));
const packages = lock.packages;
let added = 0;
for (const entry of Object.values(packages)) {
  for (const [name, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const target = `node_modules/${name}`;
    const match = PLATFORM.exec(name);
    if (packages[target] || !match) continue;
    const [, os, cpu, abi] = match;
    packages[target] = {
      version,
      ...(entry.dev ? { dev: true } : {}),
      optional: true,
      cpu: [cpu],
      os: [os],
      ...(os === 'linux' ? { libc: [abi?.startsWith('musl') ? 'musl' : 'glibc'] } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(
  Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
writeFileSync(path, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} platform entr${added === 1 ? 'y' : 'ies'}`);
