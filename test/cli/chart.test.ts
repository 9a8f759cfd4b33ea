import { access, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { render } from '../../src/cli/answer.ts';
import { chartPathIn } from '../../src/cli/chart.ts';
import { runConsole } from '../../src/cli/console.ts';
import { createBriefingService } from '../../src/service/briefing.ts';
import type { BriefingService } from '../../src/service/types.ts';
import { sampleAnswer } from '../render/answer-fixture.ts';
import { briefing } from './run.ts';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let dir: string;
let service: BriefingService;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'briefing-cli-chart-'));
  service = await createBriefingService({ knowledgeDir: 'knowledge' });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const cli = (...args: string[]) => briefing(join(dir, 'cache'), ...args);
const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  );

describe('briefing estimates|timeline --chart', () => {
  it('writes the PNG, prints the same text answer as without it, and says where the chart went', async () => {
    const file = join(dir, 'out', 'troops.png');
    const { code, stdout, stderr } = await cli('estimates', 'troops', '--chart', file);
    expect(code).toBe(0);
    expect(stdout).toBe(render(service.answer('estimates', { subject: 'troops' }), 'text'));
    expect(stderr).toContain(`Chart written to ${file}`);
    const png = await readFile(file);
    expect([...png.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });

  it('writes SVG for a .svg file, and writes nothing (exit 0) when there is nothing to compare', async () => {
    const svg = join(dir, 'timeline.svg');
    const drawn = await cli('timeline', '--page', '2', '--limit', '3', '--chart', svg);
    expect(drawn.code).toBe(0);
    expect(drawn.stdout).toContain('Page 2 of');
    const picture = await readFile(svg, 'utf8');
    expect(picture).toMatch(/^<svg[^>]*width="520"/);
    // The chart shows the whole answer, not the page printed.
    const whole = service.answer('timeline', {});
    expect(whole.citations.length).toBeGreaterThan(6);
    for (const c of whole.citations) expect(picture).toContain(`[${c.n}]</text>`);
    const single = join(dir, 'warships.png');
    const none = await cli('estimates', 'warships', '--chart', single);
    expect(none.code).toBe(0);
    expect(none.stderr).toContain('No chart written: no subject has two or more claims');
    expect(await exists(single)).toBe(false);
  });

  it('refuses a command without charts and a file that is neither .png nor .svg, before answering', async () => {
    const quotes = await cli('quotes', 'Peskov', '--chart', join(dir, 'q.png'));
    expect(quotes.code).toBe(2);
    expect(quotes.stderr).toContain('quotes draws no chart (charts: estimates, timeline)');
    expect(quotes.stdout).toBe('');
    const gif = await cli('timeline', '--chart', join(dir, 't.gif'));
    expect(gif.code).toBe(2);
    expect(gif.stderr).toContain('--chart takes a file ending in .png or .svg');
  });
});

describe('the console', () => {
  it('prints each answer, then where it wrote its chart; answers without one get no chart line', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (d) => {
      text += String(d);
    });
    const chartDir = join(dir, 'console-charts');
    const done = runConsole({ service, input, output, interactive: false, chartDir });
    input.end('/estimates troops\n/quotes Peskov\n/estimates warships\n');
    expect(await done).toBe(0);
    const path = join(chartDir, 'estimates-troops.png');
    expect(text).toContain(`Chart: ${path}`);
    expect(text.indexOf('troops in Belarus')).toBeLessThan(text.indexOf(`Chart: ${path}`));
    expect(text.match(/^Chart: /gm)).toHaveLength(1);
    expect([...(await readFile(path)).subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  });
});

describe('chartPathIn', () => {
  it('names the file after the command and what was asked, safe for any file system', () => {
    expect(chartPathIn('/c', sampleAnswer({ query: { subject: "Troops on Ukraine's border" } }))).toBe(
      '/c/estimates-troops-on-ukraine-s-border.png',
    );
    expect(chartPathIn('/c', sampleAnswer({ command: 'timeline', query: {} }))).toBe('/c/timeline.png');
    expect(chartPathIn('/c', sampleAnswer({ query: { subject: '../../etc/passwd' } }))).toBe(
      '/c/estimates-etc-passwd.png',
    );
    expect(chartPathIn('/c', sampleAnswer({ query: { subject: 'x'.repeat(300) } })).length).toBeLessThan(70);
  });
});
