import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerLine, CONNECT_HINT, runConsole } from '../../src/cli/console.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { withInput } from './run.ts';

let cache: string;
let service: BriefingService;
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'briefing-console-'));
  service = await createBriefingService({ knowledgeDir: 'knowledge' });
});
afterAll(() => rm(cache, { recursive: true, force: true }));

describe('answerLine', () => {
  it('answers slash syntax with named options and positional text, and shows how to ask a plain question', () => {
    expect(answerLine(service, '/quotes speaker:Peskov')).toContain('Dmitry Peskov, Kremlin spokesperson');
    expect(answerLine(service, '/estimates troops')).toContain('troops in Belarus: the sources differ');
    expect(answerLine(service, '/search how far is Kyiv')).toContain('about 200 miles');
    expect(answerLine(service, 'how far is Kyiv')).toMatch(/start with a slash[\s\S]*\/search how far is Kyiv/);
    expect(answerLine(service, '/help')).toContain('/quotes');
  });

  it('explains a bad command or option instead of failing', () => {
    expect(answerLine(service, '/frobnicate')).toMatch(/no command "\/frobnicate"/);
    expect(answerLine(service, '/search limit:0 Kyiv')).toMatch(/limit must be a whole number/);
    expect(answerLine(service, '/quotes subject:troops')).toMatch(/quotes has no option "subject"/);
  });

  it('ignores blank lines and comments', () => {
    expect(answerLine(service, '   ')).toBeNull();
    expect(answerLine(service, '# a comment')).toBeNull();
  });
});

describe('runConsole', () => {
  it('without a terminal answers each line of input and resolves at its end', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => {
      text += String(d);
    });
    const done = runConsole({ service, input, output, interactive: false });
    input.end('/estimates troops\n/who Stoltenberg\n');
    expect(await done).toBe(0);
    expect(text).toContain('> /estimates troops');
    expect(text).toContain('> /who Stoltenberg');
    expect(text).toContain('Jens Stoltenberg, NATO Secretary General');
    expect(text).not.toContain('briefing>');
  });

  it('interactively greets, says how to connect to Discord, and stops at /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => {
      text += String(d);
    });
    const done = runConsole({ service, input, output, interactive: true });
    input.write('/sources\n/quit\n');
    expect(await done).toBe(0);
    expect(text).toContain(CONNECT_HINT.split('\n')[0]);
    expect(text).toContain('Sources (2 articles)');
  });
});

describe('npm start without a token', () => {
  it('runs the console on piped stdin and exits at end of input', async () => {
    const { code, stdout, stderr } = await withInput(
      'node',
      ['--import', 'tsx', 'src/main.ts'],
      '/quotes speaker:Peskov topic:maritime law\n/search how far is Kyiv\n/help\n',
      { DISCORD_TOKEN: '', CACHE_DIR: cache, LOG_LEVEL: 'warn' },
    );
    expect(code).toBe(0);
    expect(stdout).toContain('international regulations of maritime law');
    expect(stdout).toContain('about 200 miles');
    expect(stdout).toContain('/estimates');
    // How to connect goes to standard error, keeping the piped answers clean.
    expect(stderr).toContain('DISCORD_TOKEN');
    expect(stdout).not.toContain('DISCORD_TOKEN');
  });

  it('ends quietly when its reader closes the pipe early (npm start | head)', async () => {
    const child = spawn('node', ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, DISCORD_TOKEN: '', CACHE_DIR: cache, LOG_LEVEL: 'warn' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.end('/brief\n'.repeat(200));
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/Unhandled|EPIPE|at .*\(/);
    expect(code).toBe(0);
  });
});
