/**
 * The newsroom's audit trail: an append-only JSON-lines file recording who published which briefing, who added
 * which article, and when. Lines are only ever appended, each with a single `write` on a file opened with
 * `O_APPEND`, so concurrent writers never interleave inside a line; a crash can at worst leave the last line
 * torn, which the reader skips.
 */
import { mkdir, open, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import type { Answer } from '../answers/index.ts';

/** Who did something: a Discord user, or the local account for CLI actions. */
export interface AuditActor {
  readonly id: string;
  readonly name: string;
}

/** A briefing posted publicly (from Discord's Publish button or `briefing post`). */
export interface PublishAuditEntry {
  readonly kind: 'publish';
  /** ISO 8601 time of the action. */
  readonly at: string;
  readonly actor: AuditActor;
  /** Where it went: a channel id, or a redacted webhook address. */
  readonly destination: string;
  readonly guild: string | null;
  /** Id of the posted message, when the platform returned one. */
  readonly message: string | null;
  readonly command: string;
  readonly options: Readonly<Record<string, string | number | boolean | null>>;
  readonly title: string;
  /** Ids of the articles the briefing cites. */
  readonly articles: readonly string[];
}

/** An article added to the knowledge folder. */
export interface IngestAuditEntry {
  readonly kind: 'ingest';
  readonly at: string;
  readonly actor: AuditActor;
  readonly guild: string | null;
  readonly article: string;
  readonly file: string;
  readonly title: string | null;
  readonly url: string | null;
  readonly contentHash: string;
  /** How it arrived: a Discord attachment or form, a local file, a web address, a feed. */
  readonly source: 'attachment' | 'modal' | 'cli' | 'url' | 'feed';
  /** True when it replaced an earlier version of itself (same URL, new text). */
  readonly replaced?: boolean;
}

/** A channel set to follow a story, or to stop following one (`story` null). */
export interface FollowAuditEntry {
  readonly kind: 'follow';
  readonly at: string;
  readonly actor: AuditActor;
  readonly guild: string | null;
  readonly channel: string;
  readonly story: string | null;
}

/** One line of the audit log. */
export type AuditEntry = PublishAuditEntry | IngestAuditEntry | FollowAuditEntry;

/** A line the reader could not use (not the torn last line, which is skipped silently). */
export interface AuditProblem {
  /** 1-based line number. */
  readonly line: number;
  readonly message: string;
}

const actor = z.object({ id: z.string(), name: z.string() });
const scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const entrySchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('publish'),
    at: z.iso.datetime(),
    actor,
    destination: z.string(),
    guild: z.string().nullable(),
    message: z.string().nullable(),
    command: z.string(),
    options: z.record(z.string(), scalar),
    title: z.string(),
    articles: z.array(z.string()),
  }),
  z.object({
    kind: z.literal('ingest'),
    at: z.iso.datetime(),
    actor,
    guild: z.string().nullable(),
    article: z.string(),
    file: z.string(),
    title: z.string().nullable(),
    url: z.string().nullable(),
    contentHash: z.string(),
    source: z.enum(['attachment', 'modal', 'cli', 'url', 'feed']),
    replaced: z.boolean().optional(),
  }),
  z.object({
    kind: z.literal('follow'),
    at: z.iso.datetime(),
    actor,
    guild: z.string().nullable(),
    channel: z.string(),
    story: z.string().nullable(),
  }),
]);

/** The options an answer was given, as a publish entry records them (absent ones left out). */
export function auditOptions(answer: Answer): PublishAuditEntry['options'] {
  const out: Record<string, string | number | boolean | null> = {};
  for (const [key, value] of Object.entries(answer.query)) if (value !== undefined) out[key] = value;
  return out;
}

/** Where and by whom an answer was published, as a chat front door knows it. */
export interface Publication {
  readonly actor: AuditActor;
  readonly destination: string;
  readonly guild: string | null;
  readonly message: string | null;
}

/** The audit entry of an answer published now: what it said (command, options, title, cited articles) and where. */
export function publishEntry(answer: Answer, where: Publication): PublishAuditEntry {
  return {
    kind: 'publish',
    at: new Date().toISOString(),
    ...where,
    command: answer.command,
    options: auditOptions(answer),
    title: answer.title,
    articles: [...new Set(answer.citations.map((c) => c.article))],
  };
}

/**
 * Appends one entry as one line. The line is written with one `write` call on an `O_APPEND` descriptor, so two
 * processes appending at once each land whole. If the file ends in a torn line (a writer crashed mid-line), a
 * newline is prepended so the new entry does not fuse with it. Creates the folder and file (mode 600) as needed.
 */
export async function appendAudit(path: string, entry: AuditEntry): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const handle = await open(path, 'a', 0o600);
  try {
    const { size } = await handle.stat();
    let torn = false;
    if (size > 0) {
      // 'a' opens write-only; a second read-only descriptor checks the last byte.
      const reader = await open(path, 'r');
      try {
        const last = Buffer.alloc(1);
        await reader.read(last, 0, 1, size - 1);
        torn = last[0] !== 0x0a;
      } finally {
        await reader.close();
      }
    }
    const line = Buffer.from(`${torn ? '\n' : ''}${JSON.stringify(entry)}\n`, 'utf8');
    let written = 0;
    // One write nearly always takes the whole line; the loop only covers a short write (e.g. a full disk).
    while (written < line.length) {
      const { bytesWritten } = await handle.write(line, written, line.length - written);
      written += bytesWritten;
    }
  } finally {
    await handle.close();
  }
}

/**
 * Reads every entry of an audit log, oldest first. A missing file is an empty log. A final line without its
 * newline that does not parse is a torn write and is skipped; any other unreadable line is reported and skipped.
 */
export async function readAudit(path: string): Promise<{ entries: AuditEntry[]; problems: AuditProblem[] }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { entries: [], problems: [] };
    throw error;
  }
  const lines = text.split('\n');
  const complete = text.endsWith('\n');
  const entries: AuditEntry[] = [];
  const problems: AuditProblem[] = [];
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const isLast = i === lines.length - 1;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch {
      if (!(isLast && !complete)) problems.push({ line: i + 1, message: 'not valid JSON' });
      return;
    }
    const parsed = entrySchema.safeParse(json);
    if (parsed.success) {
      entries.push(parsed.data);
    } else {
      const issue = parsed.error.issues[0];
      const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
      problems.push({ line: i + 1, message: `not an audit entry (${where}${issue?.message ?? 'invalid'})` });
    }
  });
  return { entries, problems };
}
