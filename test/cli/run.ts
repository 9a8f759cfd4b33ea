import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Output of one run of a real process. */
export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the real `briefing` executable as a user would, with its caches in `cacheDir`. */
export function briefing(cacheDir: string, ...args: string[]): Promise<RunResult> {
  return briefingWith({ CACHE_DIR: cacheDir }, ...args);
}

/** Runs the real `briefing` executable as a user would, with `env` added to the environment (as a `.env` would). */
export async function briefingWith(env: Readonly<Record<string, string>>, ...args: string[]): Promise<RunResult> {
  try {
    const { stdout, stderr } = await run('node', ['bin/briefing.mjs', ...args], {
      env: { ...process.env, DISCORD_TOKEN: '', ...env },
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

/** Runs `command` with `input` piped to its standard input (so it has no terminal), until it exits. */
export function withInput(command: string, args: string[], input: string, env: NodeJS.ProcessEnv): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += String(d);
    });
    child.stderr.on('data', (d) => {
      stderr += String(d);
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}
