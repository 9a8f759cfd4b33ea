import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { briefing } from './run.ts';

let cache: string;
beforeAll(async () => {
  cache = await mkdtemp(join(tmpdir(), 'briefing-cli-answers-'));
});
afterAll(() => rm(cache, { recursive: true, force: true }));

const cli = (...args: string[]) => briefing(cache, ...args);

describe('briefing search', () => {
  it('prints the evaluation contract with --json: results best first, each with text, article and paragraph', async () => {
    const { code, stdout } = await cli('search', '--json', '--limit', '3', 'how far is Kyiv');
    expect(code).toBe(0);
    const doc = JSON.parse(stdout);
    expect(doc.results.length).toBeGreaterThan(0);
    expect(doc.results.length).toBeLessThanOrEqual(3);
    expect(doc.results[0]).toMatchObject({ article: '003_59370a26bb79ce05', paragraph: 3 });
    expect(doc.results[0].text).toContain('about 200 miles');
  });

  it('takes the question as a flag too', async () => {
    const { code, stdout } = await cli('search', '--question', 'cyberattacks', '--format', 'markdown');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^## Search: cyberattacks/);
    expect(stdout).toMatch(/\[\^1\]: CNN/);
  });
});

describe('briefing answer commands', () => {
  it('estimates takes its subject positionally and shows the dispute', async () => {
    const { code, stdout } = await cli('estimates', 'troops');
    expect(code).toBe(0);
    expect(stdout).toMatch(/troops in Belarus: the sources differ/);
    expect(stdout).toMatch(/8,000 to 14,000 troops, per Janes/);
    expect(stdout).toMatch(/unattributed article · undated/);
  });

  it('quotes takes the speaker positionally or as --speaker', async () => {
    const a = await cli('quotes', 'Peskov');
    const b = await cli('quotes', '--speaker', 'Peskov');
    expect(a.code).toBe(0);
    expect(a.stdout).toContain('Dmitry Peskov, Kremlin spokesperson');
    expect(b.stdout).toBe(a.stdout);
  });

  it.each([
    [['drills', '--aspect', 'locations'], /training grounds/],
    [['who', 'Stoltenberg'], /Jens Stoltenberg/],
    [['timeline'], /2022-02-10/],
    [['sources', '--json'], /"publisher": null/],
    [['brief'], /Key quotes/],
    [['help', '--format', 'markdown'], /\/estimates/],
  ])('answers %j', async (args, pattern) => {
    const { code, stdout } = await cli(...args);
    expect(code).toBe(0);
    expect(stdout).toMatch(pattern);
  });

  it('answers from another knowledge folder', async () => {
    const { code, stdout } = await cli('sources', '--json', '--knowledge', '../shared/eval/articles');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toHaveLength(6);
  });

  it('takes global flags before the command as well as after it', async () => {
    const { code, stdout } = await cli('--knowledge', '../shared/eval/articles', 'sources', '--json');
    expect(code).toBe(0);
    expect(JSON.parse(stdout).results).toHaveLength(6);
  });

  it('never lets a question drive the terminal, and cuts what it echoes', async () => {
    const { stdout } = await cli('search', `zq\u001b[2J\u0007xv ${'w'.repeat(300)}`);
    const controls = [...stdout].filter((c) => c.charCodeAt(0) < 0x20 && c !== '\n' && c !== '\t');
    expect(controls).toEqual([]);
    expect(stdout).toContain('␛[2J');
    expect(stdout).not.toContain('w'.repeat(250));
  });

  it('says plainly when nothing matched, and exits 0', async () => {
    const { code, stdout } = await cli('search', 'zqxv');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Nothing in the 2 article\(s\) matched/);
  });
});

describe('briefing usage errors', () => {
  it.each([
    [['search', '--limit', 'ten', 'Kyiv'], /limit must be a whole number/],
    [['search', '--limit', '0', 'Kyiv'], /limit must be a whole number/],
    [['quotes', '--subject', 'troops'], /quotes has no option "subject"/],
    [['estimates', '--nonsense'], /"--nonsense" is not an option of estimates[\s\S]*briefing estimates --help/],
    [['drills', 'weather'], /"weather" is not a valid aspect for \/drills/],
    [['search', '--format', 'html', 'Kyiv'], /--format must be text or markdown/],
    [['timeline', 'extra'], /timeline takes no text/],
    [['quotes', 'Peskov', '--speaker', 'Truss'], /given twice/],
    [['sources', '--knowledge', '/nonexistent/folder'], /cannot use knowledge folder/],
    [['frobnicate'], /unknown command "frobnicate"/],
  ])('%j exits 2 with a clear message', async (args, message) => {
    const { code, stderr, stdout } = await cli(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stdout).toBe('');
  });

  it("prints each command's usage with --help", async () => {
    const { code, stdout } = await cli('quotes', '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(/usage: briefing quotes \[SPEAKER\] \[--speaker SPEAKER\] \[--topic TOPIC\]/);
  });
});
