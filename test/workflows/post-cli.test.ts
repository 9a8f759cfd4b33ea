import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { runPost } from '../../src/cli/post.ts';
import { readAudit } from '../../src/workflows/audit-log.ts';
import { type Receiver, startReceiver } from './receiver.ts';

const KNOWLEDGE = join(import.meta.dirname, '../../../shared/eval/articles');
const SECRET = 'Tk9-secret_webhook-token';

let work: string;
let receiver: Receiver | undefined;
const saved = { ...process.env };

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'post-'));
  process.env.CACHE_DIR = join(work, 'cache');
  process.env.AUDIT_LOG = join(work, 'audit.jsonl');
});
afterAll(async () => {
  process.env = saved;
  await rm(work, { recursive: true, force: true });
});
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function run(argv: string[]) {
  let out = '';
  let err = '';
  const code = await runPost(argv, { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, out, err };
}

describe('briefing post', () => {
  it('posts /estimates to a Slack webhook after one 429, logs the publication and never prints the secret', async () => {
    receiver = await startReceiver([{ status: 429, headers: { 'retry-after': '0.1' }, body: 'rate_limited' }], {
      status: 200,
      body: 'ok',
    });
    const url = `${receiver.url}/services/T0/B0/${SECRET}`;
    const { code, err, out } = await run([
      '--webhook',
      url,
      '--format',
      'slack',
      '--command',
      '/estimates troops',
      '--knowledge',
      KNOWLEDGE,
    ]);
    expect(err).not.toContain(SECRET);
    expect(code).toBe(0);
    expect(out).toBe('');
    expect(err).toContain('HTTP 429: rate_limited; retrying in 0.1 s');
    expect(err).toContain(`to ${receiver.url}/… as slack (1 message(s), 1 retry)`);
    expect(receiver.received).toHaveLength(2);
    const body = JSON.parse(receiver.received[1]?.body ?? '{}');
    expect(body.blocks[0].type).toBe('header');
    expect(body.text).toMatch(/^Estimates/);
    expect(JSON.stringify(body.blocks)).toContain('30,000');

    const { entries } = await readAudit(join(work, 'audit.jsonl'));
    const last = entries.at(-1);
    expect(last?.kind).toBe('publish');
    expect(last?.kind === 'publish' && last.destination).toBe(`slack webhook ${receiver.url}/…`);
    expect(last?.kind === 'publish' && last.command).toBe('estimates');
    expect(JSON.stringify(entries)).not.toContain(SECRET);
  });

  it('posts Discord embeds with mentions disabled, reading the URL from --webhook-file', async () => {
    receiver = await startReceiver([], { status: 204 });
    const file = join(work, 'hook.url');
    await writeFile(file, `\n${receiver.url}/api/webhooks/1/${SECRET}\n`);
    const { code, err } = await run(['--webhook-file', file, '--knowledge', KNOWLEDGE]);
    expect(code).toBe(0);
    expect(err).not.toContain(SECRET);
    expect(receiver.received.length).toBeGreaterThanOrEqual(1);
    for (const req of receiver.received) {
      const body = JSON.parse(req.body);
      expect(body.allowed_mentions).toEqual({ parse: [] });
      expect(body.embeds.length).toBeGreaterThan(0);
    }
  });

  it('exits 1 with a clear message when the webhook keeps failing', async () => {
    receiver = await startReceiver([], { status: 500, body: 'boom' });
    const { code, err } = await run([
      '--webhook',
      `${receiver.url}/api/webhooks/1/${SECRET}`,
      '--attempts',
      '2',
      '--command',
      '/estimates troops',
      '--knowledge',
      KNOWLEDGE,
    ]);
    expect(code).toBe(1);
    expect(err).toContain(`briefing post: posting to ${receiver.url}/… failed: HTTP 500: boom after 2 attempt(s)`);
    expect(err).not.toContain(SECRET);
    expect(receiver.received).toHaveLength(2);
  });

  it('refuses to post an answer that found nothing', async () => {
    receiver = await startReceiver([], { status: 204 });
    const { code, err } = await run([
      '--webhook',
      `${receiver.url}/hook`,
      '--command',
      '/quotes speaker:Nobody Atall',
      '--knowledge',
      KNOWLEDGE,
    ]);
    expect(code).toBe(1);
    expect(err).toMatch(/nothing to post for \/quotes speaker:Nobody Atall/);
    expect(receiver.received).toHaveLength(0);
  });

  it('prints the payload with --dry-run and posts nothing', async () => {
    const { code, out } = await run([
      '--webhook',
      `https://hooks.slack.com/services/T/B/${SECRET}`,
      '--dry-run',
      '--command',
      '/estimates troops',
      '--knowledge',
      KNOWLEDGE,
    ]);
    expect(code).toBe(0);
    expect(JSON.parse(out).link_names).toBe(false);
  });

  it('exits 2 on usage mistakes without echoing the URL', async () => {
    const cases: [string[], RegExp][] = [
      [[], /--webhook URL \(or --webhook-file PATH\) is required/],
      [['--webhook', `http://example.com/${SECRET}`], /must use https/],
      [['--webhook', 'https://x.test/h', '--format', 'teams'], /--format must be discord or slack/],
      [['--webhook', 'https://x.test/h', '--command', '/nope'], /there is no command "\/nope"/],
      [['--webhook', 'https://x.test/h', '--attempts', '0'], /--attempts must be a whole number/],
      [['--webhook', 'https://x.test/h', '--bogus'], /Unknown option '--bogus'/],
      [['--webhook-file', join(work, 'missing')], /cannot read --webhook-file: ENOENT/],
    ];
    for (const [argv, message] of cases) {
      const { code, err } = await run(argv);
      expect(code).toBe(2);
      expect(err).toMatch(message);
      expect(err).not.toContain(SECRET);
    }
  });
});
