/**
 * A per-user cooldown: a user may run one command every `seconds`. Memory stays bounded because expired entries
 * are dropped whenever the table grows past {@link PRUNE_AT}.
 */

/** Table size above which expired entries are pruned on the next use. */
const PRUNE_AT = 1000;

/** Tracks when each user last ran a command. */
export class Cooldown {
  readonly #ms: number;
  readonly #now: () => number;
  readonly #last = new Map<string, number>();

  /**
   * @param seconds - minimum time between two commands of one user; 0 disables the cooldown.
   * @param now - clock in milliseconds, injectable for tests. Default `Date.now`.
   */
  constructor(seconds: number, now: () => number = Date.now) {
    if (!Number.isFinite(seconds) || seconds < 0) throw new RangeError(`cooldown seconds must be ≥ 0, got ${seconds}`);
    this.#ms = seconds * 1000;
    this.#now = now;
  }

  /**
   * Records a use by `userId` if allowed. Returns 0 when the user may go ahead, otherwise the milliseconds left to
   * wait (the use is then not recorded, so a flood does not extend the wait).
   */
  take(userId: string): number {
    if (this.#ms === 0) return 0;
    const now = this.#now();
    const last = this.#last.get(userId);
    if (last !== undefined && now - last < this.#ms) return this.#ms - (now - last);
    if (this.#last.size >= PRUNE_AT) this.#prune(now);
    this.#last.set(userId, now);
    return 0;
  }

  /** Number of users currently tracked (for tests and metrics). */
  get size(): number {
    return this.#last.size;
  }

  #prune(now: number): void {
    for (const [user, at] of this.#last) if (now - at >= this.#ms) this.#last.delete(user);
  }
}
