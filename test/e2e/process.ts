/**
 * Runs the project's entry points as a user would: child processes with only the environment a `.env` would give,
 * their output captured (to check what they log) and their lifetime bounded (so a hung bot never hangs the suite).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';

/** The repository root (where `package.json` and `knowledge/` live). */
export const ROOT = resolve(import.meta.dirname, '../..');

/** How a child process ended. */
export interface Exit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
}

/** A running child with its captured output. */
export interface Child {
  readonly process: ChildProcess;
  /** Everything written to stdout so far. */
  stdout(): string;
  /** Everything written to stderr so far. */
  stderr(): string;
  /** Resolves when the process has exited. */
  readonly exited: Promise<Exit>;
  /**
   * Sends `signal` (default SIGTERM) and waits up to `graceMs` for the exit; then kills it with SIGKILL.
   * Resolves with how it ended. Safe to call after the process has exited.
   */
  stop(signal?: NodeJS.Signals, graceMs?: number): Promise<Exit>;
}

/**
 * The environment of a child: PATH and HOME only (so the developer's own `DISCORD_*` variables or proxies never
 * leak into a test), plus `env`.
 */
export function childEnv(env: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = {};
  for (const key of ['PATH', 'HOME', 'TMPDIR', 'SYSTEMROOT']) {
    const value = process.env[key];
    if (value !== undefined) base[key] = value;
  }
  return { ...base, NO_COLOR: '1', ...env };
}

/** Runs a TypeScript entry point of the project (`node --import tsx <entry>`, what `npm start` runs). */
export function runEntry(entry: string, env: Readonly<Record<string, string>>, args: readonly string[] = []): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
  });
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
  });
  const exited = new Promise<Exit>((resolveExit) => {
    if (child.exitCode !== null || child.signalCode !== null) {
      resolveExit({ code: child.exitCode, signal: child.signalCode });
      return;
    }
    child.once('exit', (code, signal) => resolveExit({ code, signal }));
  });
  return {
    process: child,
    stdout: () => out,
    stderr: () => err,
    exited,
    async stop(signal: NodeJS.Signals = 'SIGTERM', graceMs = 5000) {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill(signal);
        const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
        await exited;
        clearTimeout(timer);
      }
      return exited;
    },
  };
}

/** Runs an entry point to completion, killing it after `timeoutMs`. */
export async function runToExit(
  entry: string,
  env: Readonly<Record<string, string>>,
  timeoutMs = 30_000,
): Promise<Exit & { stdout: string; stderr: string }> {
  const child = runEntry(entry, env);
  const timer = setTimeout(() => child.process.kill('SIGKILL'), timeoutMs);
  const exit = await child.exited;
  clearTimeout(timer);
  // Let the pipes drain: 'exit' can fire before the last 'data' events.
  await Promise.all([
    child.process.stdout?.readableEnded
      ? undefined
      : once(child.process.stdout ?? child.process, 'end').catch(() => {}),
    child.process.stderr?.readableEnded
      ? undefined
      : once(child.process.stderr ?? child.process, 'end').catch(() => {}),
  ]);
  return { ...exit, stdout: child.stdout(), stderr: child.stderr() };
}
