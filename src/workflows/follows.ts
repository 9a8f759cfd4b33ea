/**
 * Which story each chat channel follows: moderators set it with `/follow`, and commands in that channel then answer
 * from that story unless told otherwise. Kept in a small JSON file written atomically (a temporary file renamed
 * over the old one), so a crash never leaves half a file; a file that cannot be read is reported, set aside and
 * ignored, never fatal.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { type CommandSpec, STORY_OPTION } from '../answers/index.ts';

/** `/follow`: its entry in the command catalogue. A moderator's setting for one channel, so chat front doors only. */
export const spec = {
  name: 'follow',
  summary: 'make this channel follow a story (commands here answer from it); without a story, stop following',
  description: 'Make this channel follow a story, so commands here answer from it (moderators)',
  options: [{ ...STORY_OPTION, description: 'The story to follow (title or id); leave empty to stop following' }],
  examples: ['/follow story:russia-belarus-drills', '/follow'],
  moderatorOnly: true,
  visibility: 'private',
  doors: ['discord'],
} as const satisfies CommandSpec;

const fileSchema = z.object({
  version: z.literal(1),
  channels: z.record(z.string().min(1).max(64), z.string().min(1).max(100)),
});

/** What went wrong reading the file, for the log. */
export interface FollowsProblem {
  readonly path: string;
  readonly message: string;
}

/** The channels' followed stories, backed by one file. */
export class FollowStore {
  private constructor(
    private readonly path: string,
    private readonly channels: Map<string, string>,
    /** Set when the file on disk could not be used at start (it was moved aside). */
    readonly problem: FollowsProblem | null,
  ) {}

  /**
   * Opens the store at `path`. A missing file is an empty store; an unreadable or malformed one is moved aside to
   * `<path>.corrupt-<time>` (kept for a person to look at) and the store starts empty, with {@link problem} set.
   */
  static async open(path: string): Promise<FollowStore> {
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new FollowStore(path, new Map(), null);
      return new FollowStore(path, new Map(), { path, message: `cannot read followed stories: ${String(error)}` });
    }
    try {
      const parsed = fileSchema.parse(JSON.parse(text));
      return new FollowStore(path, new Map(Object.entries(parsed.channels)), null);
    } catch {
      const aside = `${path}.corrupt-${Date.now()}`;
      await rename(path, aside).catch(() => undefined);
      return new FollowStore(path, new Map(), {
        path,
        message: `the followed-stories file was not valid JSON of the expected shape; moved aside to ${aside}`,
      });
    }
  }

  /** The story id a channel follows, if any. */
  get(channel: string): string | undefined {
    return this.channels.get(channel);
  }

  /** The channels that follow a story (for announcements). */
  channelsFollowing(story: string): string[] {
    return [...this.channels].filter(([, s]) => s === story).map(([c]) => c);
  }

  /** Makes a channel follow a story, or (with null) stop following; written to disk before it returns. */
  async set(channel: string, story: string | null): Promise<void> {
    const next = new Map(this.channels);
    if (story === null) next.delete(channel);
    else next.set(channel, story);
    await this.write(next);
    this.channels.clear();
    for (const [c, s] of next) this.channels.set(c, s);
  }

  private async write(channels: ReadonlyMap<string, string>): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    const body = { version: 1, channels: Object.fromEntries([...channels].sort(([a], [b]) => (a < b ? -1 : 1))) };
    await writeFile(tmp, `${JSON.stringify(body, null, 2)}\n`, { mode: 0o600 });
    await rename(tmp, this.path);
  }
}
