/**
 * Moderators' previews waiting for a decision: a chat front door shows a briefing privately with Publish and Cancel,
 * keeps what it showed here under a random nonce, and publishes exactly that on Publish, even if the knowledge was
 * reloaded in between. Shared by the chat front doors; each stores what it needs to post (Discord pages, Slack
 * blocks). Previews die with the process; a button on an old one finds nothing and says so.
 */
import { randomBytes } from 'node:crypto';

/** How long a preview can be published: just under a Discord interaction token's 15-minute life (Slack's 30). */
export const PREVIEW_TTL_MS = 14 * 60 * 1000;

/** Previews kept at once; the oldest go first, so a flood of previews cannot grow memory without bound. */
const MAX_PREVIEWS = 200;

/** What every preview records: who asked for it, so only they can decide. */
export interface PreviewBase {
  /** The moderator who asked for the preview (a platform user id). */
  readonly user: string;
}

/** Previews by nonce, each live for {@link PREVIEW_TTL_MS}. */
export class PreviewStore<P extends PreviewBase> {
  private readonly previews = new Map<string, P & { readonly expires: number }>();
  constructor(private readonly now: () => number = Date.now) {}

  /** Stores a preview and returns its nonce. */
  put(preview: P): string {
    this.sweep();
    while (this.previews.size >= MAX_PREVIEWS) {
      const oldest = this.previews.keys().next().value;
      if (oldest === undefined) break;
      this.previews.delete(oldest);
    }
    const nonce = randomBytes(10).toString('hex');
    this.previews.set(nonce, { ...preview, expires: this.now() + PREVIEW_TTL_MS });
    return nonce;
  }

  /** The live preview for a nonce, or undefined when unknown or expired. */
  get(nonce: string): P | undefined {
    this.sweep();
    return this.previews.get(nonce);
  }

  /** Removes a preview (published or cancelled), so a second click cannot post it twice. */
  delete(nonce: string): boolean {
    return this.previews.delete(nonce);
  }

  private sweep(): void {
    const now = this.now();
    for (const [nonce, p] of this.previews) if (p.expires <= now) this.previews.delete(nonce);
  }
}
