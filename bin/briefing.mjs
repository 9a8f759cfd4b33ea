#!/usr/bin/env node
// The `briefing` executable: the compiled CLI when `npm run build` has made a current dist/, else the TypeScript
// through tsx's loader (see run.mjs).
import { run } from './run.mjs';

await run('src/cli/main.ts');
