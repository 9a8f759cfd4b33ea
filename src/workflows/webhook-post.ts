/**
 * Posts JSON to a Discord or Slack incoming webhook with bounded retries. A webhook URL carries its own secret
 * (whoever has it can post), so this module never prints one: errors and progress name the host only.
 */

/** The two webhook dialects `briefing post` speaks. */
export type WebhookFormat = 'discord' | 'slack';

/** Options for {@link postWebhook}. */
export interface PostWebhookOptions {
  /** Total attempts, the first included. Default 4. */
  readonly maxAttempts?: number;
  /**
   * Longest wait before a retry, in milliseconds. A server asking for more (a long rate limit) fails the post at
   * once rather than holding a cron job for minutes. Default 60,000.
   */
  readonly maxRetryWaitMs?: number;
  /** Wait before the first retry when the server names none; doubles at each retry. Default 500. */
  readonly baseDelayMs?: number;
  /** Per-request time limit in milliseconds. Default 15,000. */
  readonly timeoutMs?: number;
  /** Injected for tests; default the global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Injected for tests; default a real timer. */
  readonly sleep?: (ms: number) => Promise<void>;
  /** Told about each retry, e.g. to log "429, retrying in 2 s". */
  readonly onRetry?: (retry: RetryNotice) => void;
}

/** What {@link PostWebhookOptions.onRetry} is told. */
export interface RetryNotice {
  /** The attempt that just failed, from 1. */
  readonly attempt: number;
  /** HTTP status of the failed attempt, or null for a network error. */
  readonly status: number | null;
  readonly waitMs: number;
  readonly reason: string;
}

/** A successful post. */
export interface PostResult {
  readonly status: number;
  readonly attempts: number;
}

/** A post that failed for good. The message names the host, never the full URL. */
export class WebhookError extends Error {
  override readonly name = 'WebhookError';
  constructor(
    message: string,
    /** Last HTTP status, or null when no response came. */
    readonly status: number | null,
    readonly attempts: number,
  ) {
    super(message);
  }
}

const DEFAULTS = { maxAttempts: 4, maxRetryWaitMs: 60_000, baseDelayMs: 500, timeoutMs: 15_000 } as const;

/** Longest piece of a server's error body quoted in a message. */
const MAX_QUOTED_BODY = 200;

/** The URL with its secret part hidden: scheme and host only, e.g. `https://discord.com/…`. */
export function redactWebhookUrl(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}/…`;
  } catch {
    return '(malformed URL)';
  }
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Checks that `url` can be posted to: an absolute https URL, or http on the loopback interface (for local
 * receivers and tests). Throws a {@link WebhookError} that never quotes the URL.
 */
export function checkWebhookUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new WebhookError('the webhook URL is not a valid URL', null, 0);
  }
  const secure = parsed.protocol === 'https:';
  const local = parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
  if (!secure && !local) {
    throw new WebhookError(
      `the webhook URL must use https (got ${parsed.protocol.replace(':', '')}); plain http is accepted only on 127.0.0.1`,
      null,
      0,
    );
  }
  if (parsed.username !== '' || parsed.password !== '') {
    throw new WebhookError('the webhook URL must not carry a user name or password', null, 0);
  }
  return parsed;
}

/** The dialect a URL most likely speaks: Slack for `hooks.slack.com`, Discord otherwise. */
export function inferWebhookFormat(url: string): WebhookFormat {
  try {
    return new URL(url).hostname === 'hooks.slack.com' ? 'slack' : 'discord';
  } catch {
    return 'discord';
  }
}

/**
 * How long a server asked us to wait, in milliseconds, or null when it did not say. Discord puts a float
 * `retry_after` (seconds) in its JSON body and a rounded `Retry-After` header; the body is more precise, so it
 * wins. `Retry-After` may also be an HTTP date.
 */
export function retryAfterMs(headers: Headers, body: string, now: number = Date.now()): number | null {
  try {
    const json: unknown = JSON.parse(body);
    if (json !== null && typeof json === 'object' && 'retry_after' in json) {
      const seconds = Number((json as { retry_after: unknown }).retry_after);
      if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    }
  } catch {
    // not JSON: Slack and most servers answer in plain text
  }
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return null;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, date - now);
}

/** Whether a status is worth retrying: rate limits and server errors. Other 4xx mean the request itself is wrong. */
function retryable(status: number): boolean {
  return status === 429 || status >= 500;
}

/** A short, secret-free quote of an error body (Discord sends JSON with a `message`, Slack plain words). */
function quoteBody(body: string): string {
  let text = body.trim();
  try {
    const json: unknown = JSON.parse(text);
    if (json !== null && typeof json === 'object' && 'message' in json) {
      text = String((json as { message: unknown }).message);
    }
  } catch {
    // plain text body
  }
  text = text.replace(/https?:\/\/\S+/g, '[url]').replace(/\s+/g, ' ');
  if (text === '') return '';
  return `: ${text.length > MAX_QUOTED_BODY ? `${text.slice(0, MAX_QUOTED_BODY)}…` : text}`;
}

function networkReason(error: unknown): string {
  if (error instanceof Error) {
    const cause = (error as { cause?: unknown }).cause;
    const code = cause !== null && typeof cause === 'object' && 'code' in cause ? String(cause.code) : null;
    if (error.name === 'TimeoutError') return 'timed out';
    return code ?? error.message;
  }
  return String(error);
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * POSTs `payload` as JSON to `url`, retrying on 429 and 5xx (honouring the server's requested wait) and on
 * connection errors, up to {@link PostWebhookOptions.maxAttempts} attempts. A request that timed out is not
 * retried, since the message may already have been delivered and a newsroom would rather see an error than a
 * duplicate briefing. Resolves on any 2xx; throws a {@link WebhookError} otherwise.
 */
export async function postWebhook(
  url: string,
  payload: unknown,
  options: PostWebhookOptions = {},
): Promise<PostResult> {
  const target = checkWebhookUrl(url);
  const where = redactWebhookUrl(url);
  const maxAttempts = Math.max(1, options.maxAttempts ?? DEFAULTS.maxAttempts);
  const maxWait = options.maxRetryWaitMs ?? DEFAULTS.maxRetryWaitMs;
  const baseDelay = options.baseDelayMs ?? DEFAULTS.baseDelayMs;
  const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
  const doFetch = options.fetch ?? fetch;
  const sleep = options.sleep ?? realSleep;
  const body = JSON.stringify(payload);

  let last = { status: null as number | null, reason: 'no attempt made' };
  let attempts = 0;
  for (let attempt = 1; attempt <= maxAttempts; attempt++) {
    attempts = attempt;
    let wait: number | null = null;
    try {
      const response = await doFetch(target, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        redirect: 'error',
        signal: AbortSignal.timeout(timeoutMs),
      });
      const text = await response.text();
      if (response.ok) return { status: response.status, attempts: attempt };
      last = { status: response.status, reason: `HTTP ${response.status}${quoteBody(text)}` };
      if (!retryable(response.status)) break;
      wait = retryAfterMs(response.headers, text);
    } catch (error) {
      const reason = networkReason(error);
      last = { status: null, reason };
      if (reason === 'timed out') break;
    }
    if (attempt === maxAttempts) break;
    const delay = wait ?? baseDelay * 2 ** (attempt - 1);
    if (delay > maxWait) {
      throw new WebhookError(
        `posting to ${where} failed: ${last.reason}; the server asked to wait ${Math.ceil(delay / 1000)} s, ` +
          `longer than the ${Math.ceil(maxWait / 1000)} s allowed`,
        last.status,
        attempt,
      );
    }
    options.onRetry?.({ attempt, status: last.status, waitMs: delay, reason: last.reason });
    await sleep(delay);
  }
  throw new WebhookError(`posting to ${where} failed: ${last.reason}`, last.status, attempts);
}
