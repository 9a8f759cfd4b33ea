/**
 * The two small files behind feeds: the feed list (`FEEDS`: which feeds, with their filters; edited by hand or by
 * moderators' `/feeds add|remove`) and the poll state (validators, backoff, the items already seen). Both are JSON,
 * written atomically. A file that cannot be read is reported and ignored, never fatal; before such a file is
 * overwritten it is kept beside itself (`.corrupt-<time>`), so nobody's hand edits are lost.
 */
import { readFile, rename } from 'node:fs/promises';
import { z } from 'zod';
import { normaliseUrl, writeFileAtomic } from '../../knowledge/index.ts';

/** One feed of the list. */
export interface FeedEntry {
  /** The feed's address, as given. */
  readonly url: string;
  /** Keywords of which an item must contain one (empty: every item). */
  readonly include: readonly string[];
  /** Keywords of which an item must contain none. */
  readonly exclude: readonly string[];
  readonly addedBy?: string | undefined;
  /** ISO time. */
  readonly addedAt?: string | undefined;
}

/** What the poller remembers of one item. */
export interface SeenItem {
  /** The article it became (or duplicates), or null when it was filtered out or refused. */
  readonly article: string | null;
  /** The item's version when it was handled: a new version is fetched again (an edited article). */
  readonly version: string | null;
  /** Why it was not added, for `/feeds list` and the logs. */
  readonly note?: string | undefined;
  /** Set for a transient failure (timeout, server error): tried again on later polls, up to a few times. */
  readonly attempts?: number | undefined;
}

/** The poll state of one feed. */
export interface FeedState {
  readonly title: string | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  /** Failed polls in a row; the wait before the next poll doubles with each. */
  readonly failures: number;
  /** Epoch milliseconds before which the feed is not polled again (backoff). */
  readonly nextPollAt: number;
  readonly lastPollAt: number | null;
  readonly lastError: string | null;
  /** Items by GUID. */
  readonly seen: Readonly<Record<string, SeenItem>>;
}

const keywords = z.array(z.string().trim().min(1).max(100)).max(50).default([]);
const entrySchema = z.object({
  url: z.url({ protocol: /^https?$/, message: 'must be an http(s) URL' }),
  include: keywords,
  exclude: keywords,
  addedBy: z.string().optional(),
  addedAt: z.string().optional(),
});
const listSchema = z.object({ feeds: z.array(z.unknown()) });

const seenSchema = z.object({
  article: z.string().nullable(),
  version: z.string().nullable(),
  note: z.string().optional(),
  attempts: z.number().int().min(0).optional(),
});
const stateSchema = z.object({
  feeds: z.record(
    z.string(),
    z.object({
      title: z.string().nullable(),
      etag: z.string().nullable(),
      lastModified: z.string().nullable(),
      failures: z.number().int().min(0),
      nextPollAt: z.number(),
      lastPollAt: z.number().nullable(),
      lastError: z.string().nullable(),
      seen: z.record(z.string(), seenSchema),
    }),
  ),
});

/** A fresh state for a feed never polled. */
export function freshState(): FeedState {
  return {
    title: null,
    etag: null,
    lastModified: null,
    failures: 0,
    nextPollAt: 0,
    lastPollAt: null,
    lastError: null,
    seen: {},
  };
}

/** Reads a JSON file: its value, or null with a problem when it is unreadable (a missing file is no problem). */
async function readJson(path: string): Promise<{ json: unknown; problem: string | null }> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as { code?: unknown }).code === 'ENOENT') return { json: null, problem: null };
    return { json: null, problem: `${path} cannot be read (${(error as { code?: string }).code ?? String(error)})` };
  }
  try {
    return { json: JSON.parse(text), problem: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { json: null, problem: `${path} is not valid JSON (${reason.slice(0, 100)}); it is ignored` };
  }
}

function issueText(error: z.ZodError): string {
  const issue = error.issues[0];
  const where = issue && issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${issue?.message ?? 'invalid'}`;
}

/** One JSON file that may be corrupt: remembers so, and keeps the corrupt copy before writing over it. */
class JsonFile {
  #corrupt = false;
  constructor(readonly path: string) {}

  async read<T>(parse: (json: unknown) => { value: T; problems: string[] }, empty: T) {
    const { json, problem } = await readJson(this.path);
    if (problem !== null) {
      this.#corrupt = true;
      return { value: empty, problems: [problem] };
    }
    if (json === null) return { value: empty, problems: [] };
    const parsed = parse(json);
    this.#corrupt = parsed.problems.length > 0;
    return parsed;
  }

  async write(value: unknown): Promise<void> {
    if (this.#corrupt) {
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      await rename(this.path, `${this.path}.corrupt-${stamp}`).catch(() => undefined);
      this.#corrupt = false;
    }
    await writeFileAtomic(this.path, new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`));
  }
}

/** The two files of the feeds, read and written whole. */
export class FeedStore {
  readonly #list: JsonFile;
  readonly #state: JsonFile;

  constructor(listFile: string, stateFile: string) {
    this.#list = new JsonFile(listFile);
    this.#state = new JsonFile(stateFile);
  }

  /** The feed list file's path. */
  get listFile(): string {
    return this.#list.path;
  }

  /** The feeds listed; entries that do not validate are skipped and reported in `problems`. */
  readList(): Promise<{ value: FeedEntry[]; problems: string[] }> {
    return this.#list.read((json) => {
      const top = listSchema.safeParse(json);
      if (!top.success) {
        return {
          value: [],
          problems: [`${this.#list.path} is not a feed list (${issueText(top.error)}); it is ignored`],
        };
      }
      const value: FeedEntry[] = [];
      const problems: string[] = [];
      const seen = new Set<string>();
      top.data.feeds.forEach((raw, i) => {
        const entry = entrySchema.safeParse(raw);
        if (!entry.success) {
          problems.push(`${this.#list.path}: feed ${i + 1} is skipped (${issueText(entry.error)})`);
        } else if (!seen.has(normaliseUrl(entry.data.url))) {
          seen.add(normaliseUrl(entry.data.url));
          value.push(entry.data);
        }
      });
      return { value, problems };
    }, []);
  }

  /** Replaces the feed list. */
  writeList(feeds: readonly FeedEntry[]): Promise<void> {
    return this.#list.write({ feeds });
  }

  /** The poll state by feed URL; an unreadable state file is reported and starts over. */
  readState(): Promise<{ value: Record<string, FeedState>; problems: string[] }> {
    return this.#state.read((json) => {
      const parsed = stateSchema.safeParse(json);
      if (parsed.success) return { value: parsed.data.feeds as Record<string, FeedState>, problems: [] };
      return {
        value: {},
        problems: [`${this.#state.path} is not a poll state (${issueText(parsed.error)}); it is ignored`],
      };
    }, {});
  }

  /** Replaces the poll state. */
  writeState(feeds: Readonly<Record<string, FeedState>>): Promise<void> {
    return this.#state.write({ feeds });
  }
}
