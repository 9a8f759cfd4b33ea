import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  appendAudit,
  type IngestAuditEntry,
  type PublishAuditEntry,
  readAudit,
} from '../../src/workflows/audit-log.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audit-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const publish = (n: number, title = `Briefing ${n}`): PublishAuditEntry => ({
  kind: 'publish',
  at: new Date(Date.UTC(2026, 0, 1, 0, 0, n)).toISOString(),
  actor: { id: '123456789012345678', name: 'editor' },
  destination: '223456789012345678',
  guild: '323456789012345678',
  message: null,
  command: 'brief',
  options: { topic: 'drills', limit: 3 },
  title,
  articles: ['a1', 'a2'],
});

const ingest: IngestAuditEntry = {
  kind: 'ingest',
  at: '2026-01-01T10:00:00.000Z',
  actor: { id: '1', name: 'mod' },
  guild: null,
  article: 'drills-begin-abc123',
  file: 'drills-begin-abc123.md',
  title: 'Drills begin',
  url: 'https://example.com/drills',
  contentHash: 'f'.repeat(64),
  source: 'modal',
};

describe('appendAudit and readAudit', () => {
  it('round-trips entries in order, creating the folder and a private file', async () => {
    const path = join(dir, 'nested', 'audit.jsonl');
    await appendAudit(path, publish(1));
    await appendAudit(path, ingest);
    const { entries, problems } = await readAudit(path);
    expect(problems).toEqual([]);
    expect(entries).toEqual<AuditEntry[]>([publish(1), ingest]);
    expect((await readFile(path, 'utf8')).split('\n')).toHaveLength(3);
    expect((await stat(path)).mode & 0o777).toBe(0o600);
  });

  it('keeps every line whole when many large entries are appended at once', async () => {
    const path = join(dir, 'audit.jsonl');
    const big = 'x'.repeat(100_000);
    await Promise.all(Array.from({ length: 40 }, (_, i) => appendAudit(path, publish(i, `${i} ${big}`))));
    const { entries, problems } = await readAudit(path);
    expect(problems).toEqual([]);
    expect(entries).toHaveLength(40);
    expect(new Set(entries.map((e) => e.kind === 'publish' && e.title.split(' ')[0])).size).toBe(40);
  });

  it('skips a torn last line silently, and starts the next entry on its own line', async () => {
    const path = join(dir, 'audit.jsonl');
    await writeFile(path, `${JSON.stringify(publish(1))}\n{"kind":"publish","at":"2026-01`);
    expect(await readAudit(path)).toEqual({ entries: [publish(1)], problems: [] });

    await appendAudit(path, ingest);
    const after = await readAudit(path);
    expect(after.entries).toEqual([publish(1), ingest]);
    // Once followed by more lines, the torn line is a real defect and is reported.
    expect(after.problems).toEqual([{ line: 2, message: 'not valid JSON' }]);
  });

  it('reports a malformed middle line and a wrong shape by line number, keeping the rest', async () => {
    const path = join(dir, 'audit.jsonl');
    const wrong = { ...ingest, source: 'carrier pigeon' };
    await writeFile(
      path,
      `${JSON.stringify(ingest)}\nnot json\n${JSON.stringify(wrong)}\n\n${JSON.stringify(publish(2))}\n`,
    );
    const { entries, problems } = await readAudit(path);
    expect(entries).toEqual([ingest, publish(2)]);
    expect(problems.map((p) => p.line)).toEqual([2, 3]);
    expect(problems[1]?.message).toMatch(/^not an audit entry \(source: /);
  });

  it('treats a missing log as empty', async () => {
    expect(await readAudit(join(dir, 'none.jsonl'))).toEqual({ entries: [], problems: [] });
  });
});
